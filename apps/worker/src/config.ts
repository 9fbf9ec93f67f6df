import { randomBytes } from 'node:crypto';
import { CAMPAIGN_BATCH_SIZE, EMAIL_JOB_OPTIONS } from '@partner-portal/jobs';
import { DATABASE_POOLERS, type DatabasePooler, redactPassword, type RedisEndpoint } from '@partner-portal/db';
import type { LevelWithSilent } from 'pino';
import { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface WorkerConfig {
  redisUrl: string;
  /** A Redis Cluster's nodes, used instead of redisUrl when not empty. */
  redisClusterNodes: string[];
  /** The deployment's Redis key prefix; BullMQ keys use it as a hash tag (`queuePrefix`, `{pp}:email:…`). */
  redisPrefix: string;
  smtpUrl: string;
  databaseUrl: string;
  /** `transaction` when databaseUrl is a pooler in transaction mode (PgBouncer): no named prepared statements. */
  databasePooler: DatabasePooler;
  /** 0 picks a free port. */
  healthPort: number;
  concurrency: number;
  logLevel: LevelWithSilent;
  /** Base of the links in emails, without a trailing slash. */
  portalUrl: string;
  /** The From header of every email. */
  mailFrom: string;
  /** Attempts of a campaign batch or test send. */
  emailAttempts: number;
  /** The first retry delay; each further retry waits twice as long (up to emailBackoffMaxMs for invitations). */
  emailBackoffMs: number;
  /** The longest wait between two attempts of an invitation email. */
  emailBackoffMaxMs: number;
  /** How long after it was queued an invitation email is still retried after transient failures. */
  emailRetryHorizonMs: number;
  /** Derives each invitation email's token from its outbox id (invitationToken). */
  invitationLinkSecret: string;
  /** No INVITATION_LINK_SECRET was given: links of emails retried after a restart change. */
  invitationLinkSecretGenerated: boolean;
  relayIntervalMs: number;
  /** An outbox row relayed this long ago and still not completed is relayed again. */
  relayRetryAfterMs: number;
  expirySweepIntervalMs: number;
  /** How often SCHEDULED campaigns that are due are started. */
  campaignSchedulerIntervalMs: number;
  /** Recipients per campaign.batch job. */
  campaignBatchSize: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function urlWithScheme(...schemes: string[]) {
  const hasScheme = (value: string) => {
    try {
      return schemes.includes(new URL(value).protocol.slice(0, -1));
    } catch {
      return false;
    }
  };
  return z.string().refine(hasScheme, `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`);
}

function integer(min: number, max: number) {
  return z
    .string()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, `must be an integer between ${min} and ${max}`)
    .transform(Number);
}

// "Name <address>" or a bare address.
const MAIL_FROM_PATTERN = /^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/;

const envSchema = z.object({
  REDIS_URL: urlWithScheme('redis', 'rediss').default('redis://127.0.0.1:6379'),
  REDIS_CLUSTER_NODES: z
    .string()
    .transform((value) => value.split(',').map((node) => node.trim()).filter(Boolean))
    .pipe(z.array(urlWithScheme('redis', 'rediss')).min(1, 'must name at least one node'))
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, 'must contain only letters, digits, ":", "_" and "-"')
    .default('pp'),
  SMTP_URL: urlWithScheme('smtp', 'smtps').default('smtp://127.0.0.1:1025'),
  DATABASE_URL: urlWithScheme('postgres', 'postgresql').default('postgresql://postgres@127.0.0.1:5432/partner_portal'),
  DATABASE_POOLER: z.enum(DATABASE_POOLERS, { error: `must be one of ${DATABASE_POOLERS.join(', ')}` }).default('none'),
  WORKER_HEALTH_PORT: integer(0, 65535).default(3001),
  WORKER_CONCURRENCY: integer(1, 100).default(5),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PORTAL_URL: urlWithScheme('http', 'https').default('http://127.0.0.1:3000'),
  MAIL_FROM: z.string().regex(MAIL_FROM_PATTERN, 'must be an email address, optionally as "Name <address>"').default('Partner Portal <no-reply@partner-portal.local>'),
  EMAIL_ATTEMPTS: integer(1, 20).default(EMAIL_JOB_OPTIONS.attempts),
  EMAIL_BACKOFF_MS: integer(0, 3_600_000).default(EMAIL_JOB_OPTIONS.backoff.delay),
  EMAIL_BACKOFF_MAX_MS: integer(1, 3_600_000).default(300_000),
  EMAIL_RETRY_HORIZON_MS: integer(1, 30 * 24 * 3_600_000).default(48 * 3_600_000),
  INVITATION_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  NODE_ENV: z.string().optional(),
  RELAY_INTERVAL_MS: integer(10, 3_600_000).default(1000),
  RELAY_RETRY_AFTER_MS: integer(100, 86_400_000).default(30_000),
  EXPIRY_SWEEP_INTERVAL_MS: integer(1000, 86_400_000).default(60_000),
  CAMPAIGN_SCHEDULER_INTERVAL_MS: integer(100, 3_600_000).default(5000),
  CAMPAIGN_BATCH_SIZE: integer(1, 1000).default(CAMPAIGN_BATCH_SIZE),
});

/** Variables whose value an error line never repeats. */
const SECRETS = new Set(['INVITATION_LINK_SECRET']);

/** Unset and empty variables take their defaults; every problem found is reported on one line. */
export function loadConfig(env: NodeJS.ProcessEnv): WorkerConfig {
  const input = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
  );
  const result = envSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const got = SECRETS.has(name) ? `${String(input[name]).length} characters` : JSON.stringify(String(input[name]).split(',').map(redactPassword).join(','));
      return `${name} ${issue.message} (got ${got})`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const parsed = result.data;
  if (parsed.REDIS_CLUSTER_NODES && input.REDIS_URL !== undefined) {
    throw new ConfigError('Invalid configuration: REDIS_URL and REDIS_CLUSTER_NODES are both set: set REDIS_URL for one Redis server, REDIS_CLUSTER_NODES for a Redis Cluster');
  }
  if (parsed.NODE_ENV === 'production' && !parsed.INVITATION_LINK_SECRET) {
    throw new ConfigError('Invalid configuration: INVITATION_LINK_SECRET is required when NODE_ENV=production');
  }
  return {
    redisUrl: parsed.REDIS_URL,
    redisClusterNodes: parsed.REDIS_CLUSTER_NODES ?? [],
    redisPrefix: parsed.REDIS_PREFIX,
    smtpUrl: parsed.SMTP_URL,
    databaseUrl: parsed.DATABASE_URL,
    databasePooler: parsed.DATABASE_POOLER,
    healthPort: parsed.WORKER_HEALTH_PORT,
    concurrency: parsed.WORKER_CONCURRENCY,
    logLevel: parsed.LOG_LEVEL,
    portalUrl: parsed.PORTAL_URL.replace(/\/+$/, ''),
    mailFrom: parsed.MAIL_FROM,
    emailAttempts: parsed.EMAIL_ATTEMPTS,
    emailBackoffMs: parsed.EMAIL_BACKOFF_MS,
    emailBackoffMaxMs: parsed.EMAIL_BACKOFF_MAX_MS,
    emailRetryHorizonMs: parsed.EMAIL_RETRY_HORIZON_MS,
    invitationLinkSecret: parsed.INVITATION_LINK_SECRET ?? randomBytes(32).toString('hex'),
    invitationLinkSecretGenerated: !parsed.INVITATION_LINK_SECRET,
    relayIntervalMs: parsed.RELAY_INTERVAL_MS,
    relayRetryAfterMs: parsed.RELAY_RETRY_AFTER_MS,
    expirySweepIntervalMs: parsed.EXPIRY_SWEEP_INTERVAL_MS,
    campaignSchedulerIntervalMs: parsed.CAMPAIGN_SCHEDULER_INTERVAL_MS,
    campaignBatchSize: parsed.CAMPAIGN_BATCH_SIZE,
  };
}

/** The one Redis server, or the Redis Cluster when REDIS_CLUSTER_NODES is set. */
export function redisEndpoint(config: Pick<WorkerConfig, 'redisUrl' | 'redisClusterNodes'>): RedisEndpoint {
  return { url: config.redisUrl, clusterNodes: config.redisClusterNodes };
}

