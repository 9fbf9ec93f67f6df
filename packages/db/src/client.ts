import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.js';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/partner_portal';

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
 * Prisma on the pg driver. Given a pool, Prisma shares it with the few hot read paths that run
 * their SQL on the pool directly.
 */
export function createDatabase(source: string | Pool = DEFAULT_DATABASE_URL, options: DatabaseOptions = {}): Database {
  const adapter = typeof source === 'string' ? new PrismaPg({ connectionString: source, max: options.poolSize ?? 10 }) : new PrismaPg(source);
  return new PrismaClient({ adapter });
}
