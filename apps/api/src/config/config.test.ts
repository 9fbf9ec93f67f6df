import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from '@jest/globals';
import { ConfigError, loadConfig, redisEndpoint } from './config.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

describe('configuration', () => {
  test('defaults follow DESIGN.md §6', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 3000);
    assert.equal(config.DATABASE_URL, 'postgresql://postgres@127.0.0.1:5432/partner_portal');
    assert.equal(config.REDIS_URL, 'redis://127.0.0.1:6379');
    assert.equal(config.PORTAL_URL, 'http://127.0.0.1:3000');
    assert.ok(config.JWT_SECRET.length >= 32, 'a development secret is generated');
    assert.equal(config.TWO_FACTOR_MAX_FAILURES, 5);
    assert.equal(config.TWO_FACTOR_WINDOW_SECONDS, 15 * 60);
    assert.equal(config.DATABASE_POOLER, 'none');
    assert.deepEqual(redisEndpoint(config), { url: 'redis://127.0.0.1:6379', clusterNodes: [] });
  });

  test('REDIS_CLUSTER_NODES names a Redis Cluster instead of one server', () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: ' redis://10.0.0.1:7000 ,redis://10.0.0.2:7000' });
    assert.deepEqual(redisEndpoint(config).clusterNodes, ['redis://10.0.0.1:7000', 'redis://10.0.0.2:7000']);
  });

  test('each bad value is one line naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ DATABASE_URL: 'mysql://localhost/db' }, /^Invalid configuration: DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//],
      [{ DATABASE_URL: '127.0.0.1:5432/db' }, /^Invalid configuration: DATABASE_URL /],
      [{ PORT: 'abc' }, /^Invalid configuration: PORT must be an integer/],
      [{ PORT: '70000' }, /^Invalid configuration: PORT must be an integer between 0 and 65535/],
      [{ REDIS_URL: 'http://x' }, /^Invalid configuration: REDIS_URL /],
      [{ PORTAL_URL: 'not a url' }, /^Invalid configuration: PORTAL_URL /],
      [{ JWT_SECRET: 'short' }, /^Invalid configuration: JWT_SECRET must be at least 32 characters/],
      [{ NODE_ENV: 'production' }, /^Invalid configuration: JWT_SECRET is required when NODE_ENV=production$/],
      [{ PUBLIC_PAGES_URL: 'ftp://pages.example' }, /^Invalid configuration: PUBLIC_PAGES_URL must be a URL/],
      [{ PUBLIC_PAGES_URL: 'https://pages.example/landing' }, /^Invalid configuration: PUBLIC_PAGES_URL must be an origin/],
      [{ PUBLIC_PAGES_URL: 'http://127.0.0.1:3000' }, /^Invalid configuration: PUBLIC_PAGES_URL must be another address than PORTAL_URL/],
      [{ TWO_FACTOR_MAX_FAILURES: '0' }, /^Invalid configuration: TWO_FACTOR_MAX_FAILURES must be an integer between 1 and 1000/],
      [{ TWO_FACTOR_WINDOW_SECONDS: '86401' }, /^Invalid configuration: TWO_FACTOR_WINDOW_SECONDS must be an integer between 1 and 86400/],
      [{ PRESENCE_TTL_SECONDS: '1' }, /^Invalid configuration: PRESENCE_TTL_SECONDS must be an integer between 2 and 600/],
      [{ PRESENCE_TTL_SECONDS: '10', PRESENCE_HEARTBEAT_SECONDS: '10' }, /^Invalid configuration: PRESENCE_HEARTBEAT_SECONDS must be less than PRESENCE_TTL_SECONDS/],
      [{ DATABASE_POOLER: 'session' }, /^Invalid configuration: DATABASE_POOLER must be one of none, transaction/],
      [{ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000,10.0.0.2:7000' }, /^Invalid configuration: REDIS_CLUSTER_NODES must be a URL starting with redis:\/\//],
      [{ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000', REDIS_URL: 'redis://10.0.0.1:6379' }, /^Invalid configuration: REDIS_URL and REDIS_CLUSTER_NODES are both set/],
    ];
    for (const [env, expected] of cases) {
      assert.throws(() => loadConfig(env), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, expected);
        assert.equal(error.message.includes('\n'), false);
        return true;
      });
    }
  });

  for (const [variable, value] of [['DATABASE_URL', 'localhost:5432/partner_portal'], ['PORT', 'eighty']] as const) {
    test(`the API process exits with one line naming ${variable} when it is bad`, () => {
      const result = spawnSync(process.execPath, [MAIN], {
        env: { PATH: process.env.PATH, [variable]: value },
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert.equal(result.status, 1);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, new RegExp(`^Invalid configuration: ${variable} `));
      assert.equal(result.stdout, '');
    });
  }
});
