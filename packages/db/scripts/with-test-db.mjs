#!/usr/bin/env node
// Runs a command against its own test database and Redis key prefix, then cleans both up:
//   node packages/db/scripts/with-test-db.mjs node --test dist/
import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { appDatabaseUrl } from '../dist/client.js';
import { createTestDatabase, dropTestDatabase, testRunId } from '../dist/testing.js';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-test-db.mjs <command> [args...]');
  process.exit(2);
}

const runId = testRunId();
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisPrefix = `pptest-${runId}`;
const databaseUrl = await createTestDatabase(runId);

const child = spawn(command, args, {
  stdio: 'inherit',
  // DATABASE_URL is the owner's (fixtures, seeds); APP_DATABASE_URL is what the API and the worker connect as.
  env: { ...process.env, DATABASE_URL: databaseUrl, APP_DATABASE_URL: appDatabaseUrl(databaseUrl), REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix },
});
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const exitCode = await new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

await dropTestDatabase(databaseUrl).catch((error) => console.error(`Could not drop the test database: ${error.message}`));
await deleteRedisKeys(redisUrl, redisPrefix).catch((error) => console.error(`Could not clean Redis: ${error.message}`));
process.exit(exitCode);

async function deleteRedisKeys(url, prefix) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    // Queue keys carry the prefix in a Redis Cluster hash tag: {prefix}:email:...
    for (const pattern of [`${prefix}*`, `{${prefix}*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
