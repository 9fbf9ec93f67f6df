// Test and benchmark databases: a fresh, migrated PostgreSQL database per run (or a copy of one per
// test file), dropped afterwards with the run's Redis keys, so two runs at once never collide.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEFAULT_DATABASE_URL } from './client.js';
import { createRedisClient, deleteEach, scanKeys, type RedisEndpoint } from './redis-connection.js';

const PRISMA_CLI = fileURLToPath(new URL('../bin/prisma.mjs', import.meta.url));

export function testRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenanceDb<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(
  runId: string = testRunId(),
  baseUrl: string = process.env.TEST_DATABASE_URL ?? DEFAULT_DATABASE_URL,
  prefix = 'pp_test',
): Promise<string> {
  const name = `${prefix}_${runId}`;
  await onMaintenanceDb(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(baseUrl, name);
  const migrate = spawnSync(process.execPath, [PRISMA_CLI, 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    await dropTestDatabase(url);
    throw new Error(`Migrating the test database failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  return url;
}

/**
 * A copy of a migrated database, in tens of milliseconds instead of a migration's seconds: one per
 * test file. The template must have no open connection while it is copied.
 */
export async function copyTestDatabase(templateUrl: string, name: string): Promise<string> {
  await onMaintenanceDb(templateUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${databaseName(templateUrl)}"`));
  return withDatabase(templateUrl, name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  await onMaintenanceDb(url, (client) => client.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`));
}

/** Drops every database whose name starts with `prefix`: what a run left behind when a test process died. */
export async function dropTestDatabasesStartingWith(baseUrl: string, prefix: string): Promise<void> {
  await onMaintenanceDb(baseUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

/** Deletes every Redis key of a run: plain keys under `prefix`, and queue keys, which carry it as a hash tag ({prefix}:email:...). */
export async function deleteRedisKeys(endpoint: string | RedisEndpoint, prefix: string): Promise<void> {
  const redis = createRedisClient(typeof endpoint === 'string' ? { url: endpoint } : endpoint, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    for (const pattern of [`${prefix}*`, `{${prefix}*`]) await deleteEach(redis, await scanKeys(redis, pattern));
  } finally {
    redis.disconnect();
  }
}
export * from './own-services.js';
export * from './listening-process.js';
