import { createDatabase, createPool, type Database, type DatabasePooler, redactPassword } from '@partner-portal/db';
import type { Logger } from 'pino';
import { StartupError } from './errors.js';

export interface DatabaseConnection {
  readonly db: Database;
  /** Resolves when PostgreSQL answers on the pool under `db`, without Prisma's first-query costs. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Resolves once PostgreSQL answers a query; otherwise fails with one line naming DATABASE_URL. */
export async function connectDatabase(url: string, poolSize: number, timeoutMs: number, logger: Logger, pooler: DatabasePooler = 'none'): Promise<DatabaseConnection> {
  const pool = createPool(url, {
    poolSize,
    transactionPooler: pooler === 'transaction',
    onIdleError: (err) => logger.warn({ err }, 'lost an idle PostgreSQL connection; it will be replaced'),
  });

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`did not answer within ${timeoutMs / 1000} s`), timeoutMs);
  });
  const ping = async () => {
    await pool.query('SELECT 1');
  };
  const answered = ping().then(
    () => undefined,
    (error: unknown) => `cannot be used: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
  );
  const problem = await Promise.race([answered, timedOut]);
  clearTimeout(timer);
  if (problem) {
    void pool.end().catch(() => {});
    throw new StartupError(`PostgreSQL at ${redactPassword(url)} (DATABASE_URL) ${problem}`);
  }
  logger.info({ database: redactPassword(url) }, 'connected to PostgreSQL');

  const db = createDatabase(pool);
  return {
    db,
    ping,
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}
