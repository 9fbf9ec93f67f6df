import { createDatabase, DEFAULT_DATABASE_URL } from './client.js';
import { seedDemoData } from './seed.js';

const db = createDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, { poolSize: 2 });
try {
  await seedDemoData(db);
  console.log('Demo data is in place.');
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
