// Creates a fresh, migrated PostgreSQL database for one test run and drops it afterwards, so two
// runs at once never collide. Plain Node: used by every workspace's test script.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DEFAULT_URL = 'postgresql://postgres@127.0.0.1:5432/partner_portal';

export function testRunId() {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenanceDb(baseUrl, sql) {
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(runId, baseUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_URL) {
  const name = `pp_test_${runId}`;
  await onMaintenanceDb(baseUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(baseUrl, name);
  const migrate = spawnSync(process.execPath, [path.join(packageDir, 'bin', 'prisma.mjs'), 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    await dropTestDatabase(url);
    throw new Error(`Migrating the test database failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  return url;
}

export async function dropTestDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  await onMaintenanceDb(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
