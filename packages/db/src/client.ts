import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.js';
import { withTenantScope } from './tenancy.js';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/partner_portal';

/** The role the API and the worker connect as: row-level security applies to it (migration row_level_security). */
export const APP_DATABASE_ROLE = 'partner_portal_app';

const TRANSACTION_MAX_WAIT_MS = 15_000;

/**
 * The application's connection to the database an owner URL names: same server and database, as
 * APP_DATABASE_ROLE. Without a password, for servers that trust local connections (development, tests);
 * production sets the application's URL itself.
 */
export function appDatabaseUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_DATABASE_ROLE;
  url.password = '';
  return url.toString();
}

export type Database = PrismaClient;
export type Pool = pg.Pool;

export interface DatabaseOptions {
  /** Connections this process may hold; PostgreSQL's own limit is shared by every process. */
  poolSize?: number;
}

export interface PoolOptions extends DatabaseOptions {
  /** Told when an idle connection breaks (PostgreSQL restarted, say); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

export function createPool(url: string = DEFAULT_DATABASE_URL, options: PoolOptions = {}): Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // Without a listener, a broken idle connection would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

/**
 * Prisma on the pg driver, with the tenant-scope extension (tenancy.ts): queries made inside a
 * tenant scope run with that scope set for row-level security. Given a pool, Prisma shares it with the few hot read paths that run
 * their SQL on the pool directly.
 */
export function createDatabase(source: string | Pool = DEFAULT_DATABASE_URL, options: DatabaseOptions = {}): Database {
  const adapter = typeof source === 'string' ? new PrismaPg({ connectionString: source, max: options.poolSize ?? 10 }) : new PrismaPg(source);
  // Under the tenant scope every query is a short transaction: when the pool is busy it waits for a
  // connection as a plain query would, instead of failing after Prisma's default 2 s.
  return withTenantScope(new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } }));
}
