// Drops the run's template and whatever a crashed test file left behind, and the run's Redis keys.
import { deleteRedisKeys, dropTestDatabasesStartingWith } from '@partner-portal/db/testing';
import { REDIS_URL, runResources } from './run-resources.mjs';

export default async function dropRunResources() {
  const { templateUrl, databasePrefix, redisPrefix } = runResources();
  await dropTestDatabasesStartingWith(templateUrl, databasePrefix);
  await deleteRedisKeys(REDIS_URL, redisPrefix);
  delete process.env.PPTEST_RUN_ID;
  delete process.env.PPTEST_TEMPLATE_DATABASE_URL;
}
