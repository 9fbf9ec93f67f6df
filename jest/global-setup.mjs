// Once per run: one migrated database that every test file's own database is copied from.
import { createTestDatabase, testRunId } from '@partner-portal/db/testing';

export default async function createTemplateDatabase() {
  const runId = testRunId();
  // Set here, read by jest/database-environment.mjs in every worker (workers start after this).
  process.env.PPTEST_TEMPLATE_DATABASE_URL = await createTestDatabase(runId);
  process.env.PPTEST_RUN_ID = runId;
}
