// npm run pages:sanitize: every landing page stored before the current HTML policy cleaned to it
// (sanitize-stored-pages.ts). DATABASE_URL names the database as the owner of its tables, as for
// `npm run db -- migrate deploy`; `npm start` runs this after migrating.
import pg from 'pg';
import { DEFAULT_DATABASE_URL } from '@partner-portal/db';
import { sanitizeStoredLandingPages } from './sanitize-stored-pages.js';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL });
try {
  await client.connect();
  const { checked, changed } = await sanitizeStoredLandingPages(client);
  console.log(`Landing pages: ${checked} checked against the current HTML policy, ${changed} cleaned.`);
} catch (error) {
  console.error(`Could not clean the stored landing pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
}
