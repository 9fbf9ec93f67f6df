// Names shared by the global set-up, the per-file environment and the global tear-down: every
// database and Redis key of one `npm test` run starts with its run id, so runs never collide and a
// run cleans up after itself even when a test process died.
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function runResources() {
  const { PPTEST_RUN_ID: runId, PPTEST_TEMPLATE_DATABASE_URL: templateUrl } = process.env;
  if (!runId || !templateUrl) {
    throw new Error('No test database template: run the tests through Jest with the root jest.config.mjs (`npm test`)');
  }
  return { runId, templateUrl, databasePrefix: `pp_test_${runId}`, redisPrefix: `pptest-${runId}` };
}
