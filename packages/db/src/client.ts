import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.js';
import { statementName } from './statement-names.js';
import { scopedPool, withTenantScope } from './tenancy.js';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/partner_portal';

/** The role the API and the worker connect as: row-level security applies to it (migration row_level_security). */
export const APP_DATABASE_ROLE = 'partner_portal_app';

const TRANSACTION_MAX_WAIT_MS = 15_000;
/** A connection not made (or not free) within this long fails, instead of holding the request while PostgreSQL is unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;

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
  /** The URL is a transaction pooler (PgBouncer's pool_mode = transaction): no statement is prepared by name. */
  transactionPooler?: boolean;
}

/** What DATABASE_POOLER may say of DATABASE_URL: PostgreSQL itself, or a pooler in transaction mode. */
export const DATABASE_POOLERS = ['none', 'transaction'] as const;
export type DatabasePooler = (typeof DATABASE_POOLERS)[number];

export function createPool(url: string = DEFAULT_DATABASE_URL, options: PoolOptions = {}): Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // Without a listener, a broken idle connection would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  if (options.transactionPooler) pool.on('connect', sendUnnamed);
  releaseLostConnections(pool);
  return pool;
}

/**
 * Behind a transaction pooler, one connection's consecutive transactions may run on different server
 * connections, and PgBouncer before 1.21 does not carry prepared statements between them: a statement
 * prepared by name on one is unknown on the next, or already taken there by another client
 * ("prepared statement ... already exists"). So every statement goes unnamed, parsed each time.
 */
function sendUnnamed(client: pg.PoolClient): void {
  const query = client.query;
  client.query = function (this: pg.PoolClient, config: unknown, ...rest: unknown[]) {
    let unnamed = config;
    if (config && typeof config === 'object' && (config as { name?: unknown }).name) {
      // A query object (the scoped query of scoped-query.ts) is submitted as it is: its name goes before it is sent.
      if (typeof (config as { submit?: unknown }).submit === 'function') (config as { name?: string }).name = undefined;
      else unnamed = { ...config, name: undefined };
    }
    return (query as (...a: unknown[]) => unknown).call(this, unnamed, ...rest);
  } as typeof client.query;
}

/** How long a checked-out connection whose server went away may stay out before the pool takes it back. */
const LOST_CONNECTION_GRACE_MS = 1_000;
/** What pg says of a connection whose server is gone (PostgreSQL stopped or restarted, a network cut). */
const CONNECTION_LOST = /Connection terminated|not queryable|terminating connection|ECONNRESET|EPIPE|Client was closed/i;

/**
 * Prisma's pg adapter never gives back a connection whose COMMIT failed because the server went away
 * (seen when PostgreSQL stops under load): it would stay checked out for good, and the pool would shrink
 * with every outage until nothing is left and shutdown waits forever. So a checked-out connection that
 * fails a query that way is released as broken (the pool then drops it) once a grace period has passed,
 * unless its user released it first; a second release is ignored.
 */
function releaseLostConnections(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<pg.PoolClient> | void;
  pool.connect = ((callback?: unknown) => (callback ? connect(callback) : (connect() as Promise<pg.PoolClient>).then(releasedWhenLost))) as typeof pool.connect;
}

function releasedWhenLost(client: pg.PoolClient): pg.PoolClient {
  const { query, release } = client;
  let released = false;
  let timer: NodeJS.Timeout | undefined;
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    client.query = query;
    client.release = release;
    release(error);
  };
  client.query = function (this: pg.PoolClient, ...args: unknown[]) {
    const result = (query as (...a: unknown[]) => unknown).apply(client, args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (timer || !CONNECTION_LOST.test(error instanceof Error ? error.message : String(error))) return;
        timer = setTimeout(() => releaseOnce(error instanceof Error ? error : true), LOST_CONNECTION_GRACE_MS);
        timer.unref();
      });
    }
    return result;
  } as typeof client.query;
  client.release = releaseOnce;
  return client;
}

/**
 * Prisma on the pg driver, with the tenant scope (tenancy.ts): operations made inside a tenant scope
 * run with that scope set for row-level security. Given a pool, Prisma shares it with the few hot read
 * paths that run their SQL on the pool directly.
 */
export function createDatabase(source: string | Pool = DEFAULT_DATABASE_URL, options: DatabaseOptions = {}): Database {
  const ownPool = typeof source === 'string';
  const pool = ownPool ? new pg.Pool({ connectionString: source, max: options.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }) : source;
  const adapter = new PrismaPg(scopedPool(pool), { disposeExternalPool: ownPool, statementNameGenerator: (query) => statementName(query.sql) ?? '' });
  // An interactive transaction waits for a connection as a plain query would when the pool is busy,
  // instead of failing after Prisma's default 2 s.
  return withTenantScope(new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } }));
}
