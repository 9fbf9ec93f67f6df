import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/partner_portal';

export type Database = PrismaClient;

export interface DatabaseOptions {
  /** Connections this process may hold; PostgreSQL's own limit is shared by every process. */
  poolSize?: number;
}

export function createDatabase(url: string = DEFAULT_DATABASE_URL, options: DatabaseOptions = {}): Database {
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter });
}
