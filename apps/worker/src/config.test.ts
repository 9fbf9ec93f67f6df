import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    assert.ok(!error.message.includes('\n'), 'the message is one line');
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const { invitationLinkSecret, ...config } = loadConfig({});
    // Without INVITATION_LINK_SECRET, a secret of this process alone.
    assert.match(invitationLinkSecret, /^[0-9a-f]{64}$/);
    assert.notEqual(loadConfig({}).invitationLinkSecret, invitationLinkSecret);
    assert.deepEqual(config, {
      redisUrl: 'redis://127.0.0.1:6379',
      redisClusterNodes: [],
      redisPrefix: 'pp',
      smtpUrl: 'smtp://127.0.0.1:1025',
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/partner_portal',
      databasePooler: 'none',
      healthPort: 3001,
      concurrency: 5,
      logLevel: 'info',
      portalUrl: 'http://127.0.0.1:3000',
      mailFrom: 'Partner Portal <no-reply@partner-portal.local>',
      emailAttempts: 6,
      emailBackoffMs: 2000,
      emailBackoffMaxMs: 300_000,
      emailRetryHorizonMs: 48 * 3600 * 1000,
      invitationLinkSecretGenerated: true,
      relayIntervalMs: 1000,
      relayRetryAfterMs: 30_000,
      expirySweepIntervalMs: 60_000,
      campaignSchedulerIntervalMs: 5000,
      campaignBatchSize: 100,
    });
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ WORKER_HEALTH_PORT: '', REDIS_URL: '' }).healthPort, 3001);
  });

  it('reads and converts every variable', () => {
    assert.deepEqual(
      loadConfig({
        REDIS_URL: 'rediss://:secret@redis.internal:6380/2',
        REDIS_PREFIX: 'pp:eu-1_a',
        SMTP_URL: 'smtps://user:pass@mail.internal:465',
        DATABASE_URL: 'postgres://app@db.internal/portal',
        DATABASE_POOLER: 'transaction',
        WORKER_HEALTH_PORT: '0',
        WORKER_CONCURRENCY: '100',
        LOG_LEVEL: 'debug',
        PORTAL_URL: 'https://portal.example.com/app/',
        MAIL_FROM: 'invites@example.com',
        EMAIL_ATTEMPTS: '3',
        EMAIL_BACKOFF_MS: '50',
        EMAIL_BACKOFF_MAX_MS: '400',
        EMAIL_RETRY_HORIZON_MS: '60000',
        INVITATION_LINK_SECRET: 'a-link-secret-of-at-least-32-characters',
        NODE_ENV: 'production',
        RELAY_INTERVAL_MS: '100',
        RELAY_RETRY_AFTER_MS: '500',
        EXPIRY_SWEEP_INTERVAL_MS: '5000',
        CAMPAIGN_SCHEDULER_INTERVAL_MS: '250',
        CAMPAIGN_BATCH_SIZE: '10',
      }),
      {
        redisUrl: 'rediss://:secret@redis.internal:6380/2',
        redisClusterNodes: [],
        redisPrefix: 'pp:eu-1_a',
        smtpUrl: 'smtps://user:pass@mail.internal:465',
        databaseUrl: 'postgres://app@db.internal/portal',
        databasePooler: 'transaction',
        healthPort: 0,
        concurrency: 100,
        logLevel: 'debug',
        portalUrl: 'https://portal.example.com/app',
        mailFrom: 'invites@example.com',
        emailAttempts: 3,
        emailBackoffMs: 50,
        emailBackoffMaxMs: 400,
        emailRetryHorizonMs: 60_000,
        invitationLinkSecret: 'a-link-secret-of-at-least-32-characters',
        invitationLinkSecretGenerated: false,
        relayIntervalMs: 100,
        relayRetryAfterMs: 500,
        expirySweepIntervalMs: 5000,
        campaignSchedulerIntervalMs: 250,
        campaignBatchSize: 10,
      },
    );
  });

  it('names REDIS_URL when its scheme is wrong', () => {
    assert.equal(
      configError({ REDIS_URL: 'http://127.0.0.1:6379' }),
      'Invalid configuration: REDIS_URL must be a URL starting with redis:// or rediss:// (got "http://127.0.0.1:6379")',
    );
  });

  it('reads a Redis Cluster from REDIS_CLUSTER_NODES, refusing it beside REDIS_URL', () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000, redis://10.0.0.2:7000' });
    assert.deepEqual(config.redisClusterNodes, ['redis://10.0.0.1:7000', 'redis://10.0.0.2:7000']);
    assert.equal(
      configError({ REDIS_CLUSTER_NODES: 'redis://:secret@10.0.0.1:7000,10.0.0.2:7000' }),
      'Invalid configuration: REDIS_CLUSTER_NODES must be a URL starting with redis:// or rediss:// (got "redis://:***@10.0.0.1:7000,10.0.0.2:7000")',
    );
    assert.match(configError({ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000', REDIS_URL: 'redis://10.0.0.1:6379' }), /^Invalid configuration: REDIS_URL and REDIS_CLUSTER_NODES are both set/);
    assert.match(configError({ DATABASE_POOLER: 'session' }), /^Invalid configuration: DATABASE_POOLER must be one of none, transaction/);
  });

  it('names WORKER_HEALTH_PORT when it is not a number', () => {
    assert.equal(
      configError({ WORKER_HEALTH_PORT: 'abc' }),
      'Invalid configuration: WORKER_HEALTH_PORT must be an integer between 0 and 65535 (got "abc")',
    );
  });

  it('names the variable for every other kind of problem', () => {
    assert.match(configError({ WORKER_HEALTH_PORT: '65536' }), /^Invalid configuration: WORKER_HEALTH_PORT /);
    assert.match(configError({ WORKER_CONCURRENCY: '0' }), /^Invalid configuration: WORKER_CONCURRENCY must be an integer between 1 and 100/);
    assert.match(configError({ WORKER_CONCURRENCY: '2.5' }), /^Invalid configuration: WORKER_CONCURRENCY /);
    assert.match(configError({ REDIS_PREFIX: 'pp {x}' }), /^Invalid configuration: REDIS_PREFIX must contain only/);
    assert.match(configError({ SMTP_URL: 'mail.internal:25' }), /^Invalid configuration: SMTP_URL must be a URL starting with smtp:\/\/ or smtps:\/\//);
    assert.match(configError({ DATABASE_URL: 'mysql://db/x' }), /^Invalid configuration: DATABASE_URL /);
    assert.match(configError({ LOG_LEVEL: 'verbose' }), /^Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    assert.match(configError({ PORTAL_URL: 'ftp://portal.example.com' }), /^Invalid configuration: PORTAL_URL must be a URL starting with http:\/\/ or https:\/\//);
    assert.match(configError({ MAIL_FROM: 'Partner Portal' }), /^Invalid configuration: MAIL_FROM must be an email address/);
    assert.match(configError({ EMAIL_ATTEMPTS: '0' }), /^Invalid configuration: EMAIL_ATTEMPTS must be an integer between 1 and 20/);
    assert.match(configError({ EMAIL_ATTEMPTS: '21' }), /^Invalid configuration: EMAIL_ATTEMPTS /);
    assert.match(configError({ EMAIL_BACKOFF_MS: '-1' }), /^Invalid configuration: EMAIL_BACKOFF_MS /);
    assert.match(configError({ RELAY_INTERVAL_MS: 'soon' }), /^Invalid configuration: RELAY_INTERVAL_MS /);
    assert.match(configError({ RELAY_RETRY_AFTER_MS: '1.5' }), /^Invalid configuration: RELAY_RETRY_AFTER_MS /);
    assert.match(configError({ EXPIRY_SWEEP_INTERVAL_MS: '0' }), /^Invalid configuration: EXPIRY_SWEEP_INTERVAL_MS /);
    assert.match(configError({ CAMPAIGN_BATCH_SIZE: '0' }), /^Invalid configuration: CAMPAIGN_BATCH_SIZE /);
    assert.match(configError({ EMAIL_BACKOFF_MAX_MS: '0' }), /^Invalid configuration: EMAIL_BACKOFF_MAX_MS /);
    assert.match(configError({ EMAIL_RETRY_HORIZON_MS: 'forever' }), /^Invalid configuration: EMAIL_RETRY_HORIZON_MS /);
  });

  it('requires INVITATION_LINK_SECRET in production, and never repeats a short one', () => {
    assert.equal(configError({ NODE_ENV: 'production' }), 'Invalid configuration: INVITATION_LINK_SECRET is required when NODE_ENV=production');
    assert.equal(
      configError({ INVITATION_LINK_SECRET: 'too-short-secret' }),
      'Invalid configuration: INVITATION_LINK_SECRET must be at least 32 characters (got 16 characters)',
    );
  });

  it('reports several problems on the same line', () => {
    const message = configError({ REDIS_URL: 'x', WORKER_HEALTH_PORT: 'y' });
    assert.match(message, /REDIS_URL .*; WORKER_HEALTH_PORT /);
  });

  it('never repeats a password from a bad URL', () => {
    const message = configError({ REDIS_URL: 'http://:s3cret@redis.internal:6379' });
    assert.ok(!message.includes('s3cret'));
    assert.match(message, /\*\*\*/);
  });
});
