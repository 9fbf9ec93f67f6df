import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { appDatabaseUrl, createRedisClient, DEFAULT_DATABASE_URL, deleteEach, scanKeys, type RedisEndpoint } from '@partner-portal/db';
import { startListening } from '@partner-portal/db/testing';
import { queuePrefix } from '@partner-portal/jobs';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { loadConfig, type WorkerConfig } from './config.js';
import type { RetryPolicy } from './delivery-retry.js';

export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
/** Set by jest/database-environment.mjs to the test file's own migrated database; the owner's, for fixtures. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
/** The same database as the application's role, under row-level security: what workers and APIs connect as. */
export const TEST_APP_DATABASE_URL = process.env.APP_DATABASE_URL || appDatabaseUrl(TEST_DATABASE_URL);

/** The configuration of a worker in tests: test Redis and database (as the app), a free health port, fast loops. */
export function testConfig(env: Record<string, string> = {}): WorkerConfig {
  return {
    ...loadConfig({
      REDIS_URL: TEST_REDIS_URL,
      DATABASE_URL: TEST_APP_DATABASE_URL,
      RELAY_INTERVAL_MS: '100',
      EMAIL_BACKOFF_MS: '50',
      ...env,
    }),
    healthPort: 0,
  };
}

/** Retries in tens of milliseconds, for a minute. */
export const TEST_RETRY_POLICY: RetryPolicy = { baseDelayMs: 50, maxDelayMs: 200, horizonMs: 60_000 };

/** A Redis prefix (REDIS_PREFIX) no other test run shares. */
export function uniquePrefix(): string {
  return `pp-test-${randomUUID().slice(0, 8)}`;
}

/** Every key under a Redis prefix: BullMQ's, under `{prefix}:`, and any others, under `prefix:`; on a Cluster, across its masters. */
export async function keysUnder(prefix: string, endpoint: RedisEndpoint = { url: TEST_REDIS_URL }): Promise<string[]> {
  const redis = createRedisClient(endpoint);
  try {
    const found: string[] = [];
    for (const pattern of [`${prefix}:*`, `${queuePrefix(prefix)}:*`]) found.push(...(await scanKeys(redis, pattern)));
    return [...new Set(found)];
  } finally {
    await redis.quit();
  }
}

export async function deleteKeys(prefix: string, endpoint: RedisEndpoint = { url: TEST_REDIS_URL }): Promise<void> {
  const keys = await keysUnder(prefix, endpoint);
  if (keys.length === 0) return;
  const redis = createRedisClient(endpoint);
  try {
    await deleteEach(redis, keys);
  } finally {
    await redis.quit();
  }
}

export async function countKeys(prefix: string): Promise<number> {
  return (await keysUnder(prefix)).length;
}

/**
 * Everything stored under a prefix, as text: strings, hashes, lists, sets, sorted sets and streams.
 * For checking that a secret never reached Redis.
 */
export async function redisText(prefix: string): Promise<string> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const parts: unknown[] = [];
    for (const key of await keysUnder(prefix)) {
      const type = await redis.type(key);
      if (type === 'string') parts.push(await redis.get(key));
      else if (type === 'hash') parts.push(await redis.hgetall(key));
      else if (type === 'list') parts.push(await redis.lrange(key, 0, -1));
      else if (type === 'set') parts.push(await redis.smembers(key));
      else if (type === 'zset') parts.push(await redis.zrange(key, 0, -1));
      else if (type === 'stream') parts.push(await redis.xrange(key, '-', '+'));
      else parts.push(`<${type} ${key}>`);
    }
    return JSON.stringify(parts);
  } finally {
    await redis.quit();
  }
}

/** Polls until `condition` holds; fails after `timeoutMs`, naming `what`. */
export async function waitUntil(
  what: string,
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 20_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await sleep(intervalMs);
  }
}

/** A port that was free a moment ago. */
export { sparePort as freePort } from '@partner-portal/db/testing';

export interface LogEntry {
  level: string;
  msg: string;
  [key: string]: unknown;
}

/** A logger that keeps its JSON lines for assertions. */
export function memoryLogger(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = pino(
    { level: 'debug', formatters: { level: (label) => ({ level: label }) } },
    { write: (line: string) => void entries.push(JSON.parse(line) as LogEntry) },
  );
  return { logger, entries };
}

export function deferred<T = void>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const API_MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));

export interface ApiProcess {
  /** `http://127.0.0.1:<port>/api` */
  readonly base: string;
  output(): string;
  /** SIGTERM, resolved once it has exited. */
  stop(): Promise<void>;
}

/**
 * The real API process (apps/api/dist/main.js) on a spare port, the run's database (as the app) and
 * Redis under `prefix`, listening and healthy; `env` adds to or overrides its configuration.
 */
export async function startApiProcess(prefix: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const api = await startListening(API_MAIN, {
    env: (port) => ({
      PATH: process.env.PATH,
      PORT: String(port),
      DATABASE_URL: TEST_APP_DATABASE_URL,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      PORTAL_DIST: '/nonexistent',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...env,
    }),
  });
  const base = `http://127.0.0.1:${api.port}/api`;
  const stop = async () => {
    if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
    await api.exited;
  };
  try {
    await waitUntil('the API is healthy', async () => (await fetch(`${base}/health`).catch(() => null))?.ok === true, { timeoutMs: 30_000, intervalMs: 200 });
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${api.output()}`);
  }
  return { base, output: api.output, stop };
}
