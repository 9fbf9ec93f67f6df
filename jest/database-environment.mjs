// The Jest environment of every test file that touches PostgreSQL or Redis: the file gets its own
// copy of the run's migrated database and its own Redis key prefix, so test files can run in
// parallel workers and never see each other's rows, queues or throttles.
//   DATABASE_URL      the copy, as the owner of the tables (fixtures, checks of what was written)
//   APP_DATABASE_URL  the same database as the application's role, under row-level security
//   REDIS_URL, REDIS_PREFIX
import { randomBytes } from 'node:crypto';
import { TestEnvironment } from 'jest-environment-node';
import { appDatabaseUrl } from '@partner-portal/db';
import { copyTestDatabase, deleteRedisKeys, dropTestDatabase } from '@partner-portal/db/testing';
import { REDIS_URL, runResources } from './run-resources.mjs';

export default class DatabaseEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    const { templateUrl, databasePrefix, redisPrefix } = runResources();
    const fileId = `w${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(3).toString('hex')}`;
    this.databaseUrl = await copyTestDatabase(templateUrl, `${databasePrefix}_${fileId}`);
    this.redisPrefix = `${redisPrefix}-${fileId}`;
    const variables = {
      DATABASE_URL: this.databaseUrl,
      APP_DATABASE_URL: appDatabaseUrl(this.databaseUrl),
      REDIS_URL,
      REDIS_PREFIX: this.redisPrefix,
    };
    // The worker runs one file at a time: its own environment too, for anything read outside the sandbox.
    Object.assign(process.env, variables);
    Object.assign(this.global.process.env, variables);
  }

  async teardown() {
    if (this.databaseUrl) await dropTestDatabase(this.databaseUrl);
    if (this.redisPrefix) await deleteRedisKeys(REDIS_URL, this.redisPrefix);
    await super.teardown();
  }
}
