// Creates a fresh, migrated PostgreSQL database for one test or benchmark run and drops it afterwards,
// so two runs at once never collide.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEFAULT_DATABASE_URL } from './client.js';

const PRISMA_CLI = fileURLToPath(new URL('../bin/prisma.mjs', import.meta.url));

export function testRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenanceDb(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
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
  await onMaintenanceDb(baseUrl, `CREATE DATABASE "${name}"`);
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

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await onMaintenanceDb(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
