// npm run emails:retry-failed: every FAILED invitation email queued again (retry-failed-emails.ts).
// DATABASE_URL names the database as the owner of its tables, as for `npm run db -- migrate deploy`.
import pg from 'pg';
import { DEFAULT_DATABASE_URL } from '@partner-portal/db';
import { retryFailedInvitationEmails } from './retry-failed-emails.js';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL });
try {
  await client.connect();
  const retried = await retryFailedInvitationEmails(client);
  const accounts = new Set(retried.map((row) => row.accountId)).size;
  console.log(`${retried.length} failed invitation email(s) in ${accounts} account(s) queued again; the running worker sends them.`);
} catch (error) {
  console.error(`Could not queue the failed invitation emails again: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
}
