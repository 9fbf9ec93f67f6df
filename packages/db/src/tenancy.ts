import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { Prisma, PrismaClient } from './generated/prisma/client.js';

/**
 * The few operations that cross accounts on purpose. Each one is named in the scope it runs in, and
 * each has its own row-level security policy (see the row_level_security migration and README.md).
 */
export const CROSS_ACCOUNT_PATHS = [
  /** A partner's Accounts tab and the clients it creates: rows of the accounts it manages. */
  'partner-clients',
  /** The signed-in person's own memberships and the accounts they lead to (GET /api/me). */
  'my-accounts',
  /** Published landing pages, read by their public address. */
  'public-pages',
  /** An account's newsletter archive, found by its public address while it is on. */
  'public-archive',
  /** The invitation whose token hash the scope carries (the public invitation page and acceptance). */
  'invitation-by-token',
  /** The worker's outbox relay: undelivered outbox rows of every account. */
  'outbox-relay',
  /** The worker's scheduler: SCHEDULED campaigns of every account. */
  'due-campaigns',
  /** The worker's expiry sweep: PENDING invitations of every account. */
  'due-invitation-expiries',
] as const;

export type CrossAccountPath = (typeof CROSS_ACCOUNT_PATHS)[number];

/** What the database lets the current request or job see: one account, and at most one named path. */
export interface TenantScope {
  accountId?: string;
  userId?: string;
  path?: CrossAccountPath;
  /** For the invitation-by-token path: the SHA-256 of the token. */
  tokenHash?: string;
}

const storage = new AsyncLocalStorage<TenantScope>();

/**
 * Prisma's queries are lazy: they start when awaited, so `work` is awaited inside the scope, never by
 * a caller already outside it.
 */
function runIn<T>(scope: TenantScope, work: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(scope, async () => await work());
}

export const tenancy = {
  /** Runs `work` in its own scope; every query it makes, however deep, sees only that scope's rows. */
  run<T>(scope: TenantScope, work: () => T | PromiseLike<T>): Promise<T> {
    return runIn({ ...scope }, work);
  },

  /** Opens an empty scope around a callback chain (an HTTP request), for `enter` to narrow. */
  open(next: () => void): void {
    storage.run({}, next);
  },

  /** Narrows the scope opened by `open` or `run` for the rest of it (the API's guards, as they learn who and where). */
  enter(partial: TenantScope): void {
    const scope = storage.getStore();
    if (!scope) throw new Error('tenancy.enter() outside tenancy.run(): the request has no tenant scope');
    Object.assign(scope, partial);
  },

  /** Runs `work` in the current scope widened by one named cross-account path. */
  crossing<T>(path: CrossAccountPath, work: () => T | PromiseLike<T>, extra: Pick<TenantScope, 'tokenHash'> = {}): Promise<T> {
    return runIn({ ...storage.getStore(), ...extra, path }, work);
  },

  current(): Readonly<TenantScope> | undefined {
    return storage.getStore();
  },
};

const isEmpty = (scope: TenantScope | undefined): scope is undefined =>
  !scope || (scope.accountId === undefined && scope.userId === undefined && scope.path === undefined);

/** Sets the scope for the rest of the transaction; row-level security reads it (helper functions of migration row_level_security). */
const SET_SCOPE_SQL = `SELECT
    set_config('app.account_id', $1, true),
    set_config('app.user_id', $2, true),
    set_config('app.path', $3, true),
    set_config('app.token_hash', $4, true)`;

const scopeValues = (scope: TenantScope) => [scope.accountId ?? '', scope.userId ?? '', scope.path ?? '', scope.tokenHash ?? ''];

function setScope(client: PrismaClient, scope: TenantScope) {
  return client.$executeRawUnsafe(SET_SCOPE_SQL, ...scopeValues(scope));
}

/**
 * One read-only statement on the pool itself, under the current scope as every Prisma query is: for
 * the hot read paths, where Prisma's transaction around the statement measured several milliseconds
 * (bench:clients). Outside any scope the statement runs as it is.
 */
export async function readInScope<Row extends pg.QueryResultRow>(pool: pg.Pool, sql: { text: string; values: unknown[] }): Promise<Row[]> {
  const scope = storage.getStore();
  if (isEmpty(scope)) return (await pool.query<Row>(sql.text, sql.values)).rows;
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(SET_SCOPE_SQL, scopeValues(scope));
    const { rows } = await client.query<Row>(sql.text, sql.values);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    // A connection that cannot even roll back is not given back to the pool.
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => (broken = rollbackFailed));
    throw error;
  } finally {
    client.release(broken);
  }
}

type TransactionWork<T> = (tx: Prisma.TransactionClient) => Promise<T>;

/**
 * The one place the tenant scope reaches PostgreSQL: every query, and every interactive transaction,
 * starts with SET LOCAL of the scope's account, user and path, so row-level security sees exactly
 * what the request may see. Outside any scope (migrations, seeds, tests' fixtures) queries run as
 * they are, which for the application's role means they see no tenant row at all.
 */
export function withTenantScope(base: PrismaClient): PrismaClient {
  const extended = base.$extends({
    name: 'tenant-scope',
    query: {
      async $allOperations({ args, query }) {
        const scope = storage.getStore();
        if (isEmpty(scope)) return query(args);
        const [, result] = await base.$transaction([setScope(base, scope), query(args) as never]);
        return result;
      },
    },
  });

  function scopedTransaction(work: unknown, options?: unknown): Promise<unknown> {
    const scope = storage.getStore();
    if (Array.isArray(work)) {
      if (!isEmpty(scope)) throw new Error('Use an interactive transaction ($transaction(async (tx) => ...)) inside a tenant scope');
      return base.$transaction(work, options as never);
    }
    if (isEmpty(scope)) return base.$transaction(work as TransactionWork<unknown>, options as never);
    return base.$transaction(async (tx) => {
      await setScope(tx as unknown as PrismaClient, scope);
      return (work as TransactionWork<unknown>)(tx);
    }, options as never);
  }

  return new Proxy(extended, {
    get(target, property, receiver) {
      if (property === '$transaction') return scopedTransaction;
      return Reflect.get(target, property, receiver);
    },
  }) as unknown as PrismaClient;
}
