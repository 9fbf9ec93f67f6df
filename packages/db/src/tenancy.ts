import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { Prisma, PrismaClient } from './generated/prisma/client.js';
import { statementName } from './statement-names.js';
import { queryInScope, type StatementScope, submitInScope } from './scoped-query.js';

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

const scopeValues = (scope: TenantScope) => [scope.accountId ?? '', scope.userId ?? '', scope.path ?? '', scope.tokenHash ?? ''];

/**
 * One read-only statement on the pool itself, under the current scope as every Prisma query is: for
 * the hot read paths that need no ORM. Outside any scope the statement runs as it is.
 */
export function readInScope<Row extends pg.QueryResultRow>(pool: pg.Pool, sql: { text: string; values: unknown[] }): Promise<Row[]> {
  return statementInScope<Row>(pool, sql, true);
}

/**
 * One statement that may write, on the pool under the current scope, as readInScope: a change and the
 * rows that go with it (its audit row, in a CTE) as one statement, so one implicit transaction.
 */
export function writeInScope<Row extends pg.QueryResultRow>(pool: pg.Pool, sql: { text: string; values: unknown[] }): Promise<Row[]> {
  return statementInScope<Row>(pool, sql, false);
}

async function statementInScope<Row extends pg.QueryResultRow>(pool: pg.Pool, sql: { text: string; values: unknown[] }, readOnly: boolean): Promise<Row[]> {
  const scope = storage.getStore();
  if (isEmpty(scope)) return (await pool.query<Row>(sql.text, sql.values)).rows;
  return (await queryInScope<Row>(pool, { values: scopeValues(scope), readOnly }, { text: sql.text, values: sql.values, name: statementName(sql.text) })).rows;
}

/**
 * The scope of the Prisma operation being started, as the pool below Prisma's adapter sees it. Entered
 * only around the start of one operation or transaction by withTenantScope, never around application
 * code, so no statement Prisma sends from another async context can pick it up (see BATCHED).
 */
const operationScope = new AsyncLocalStorage<StatementScope>();

/** What Prisma's adapter sends to open a transaction, before its first statement; no round trip of its own. */
const TRANSACTION_START = /^\s*(BEGIN|SET TRANSACTION)\b/i;

/**
 * The pool as Prisma's pg adapter should see it, for operations started in a scope: a statement sent
 * outside a transaction runs under the scope in its own round trip (queryInScope), and a transaction's
 * BEGIN and scope go out with its first statement, in one round trip. Unscoped, it is the pool itself.
 */
export function scopedPool(pool: pg.Pool): pg.Pool {
  const query = (config: pg.QueryConfig, values?: unknown[]) => {
    const scope = operationScope.getStore();
    return scope ? queryInScope(pool, scope, values ? { ...config, values } : config) : pool.query(config, values);
  };
  const connect = async () => {
    const scope = operationScope.getStore();
    const client = await pool.connect();
    return scope ? scopeFirstStatement(client, scope) : client;
  };
  return new Proxy(pool, {
    get(target, property) {
      if (property === 'query') return query;
      if (property === 'connect') return connect;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The client's first statement carries the scope, and the transaction start Prisma sent before it
 * (answered here at once, as PostgreSQL answers BEGIN) goes out in the same round trip. Given back to
 * the pool before any statement, the client has sent nothing and carries nothing.
 */
function scopeFirstStatement(client: pg.PoolClient, scope: StatementScope): pg.PoolClient {
  const { query, release } = client;
  const transactionStart: string[] = [];
  const restore = () => {
    client.query = query;
    client.release = release;
  };
  client.query = function (this: pg.PoolClient, config: pg.QueryConfig | string, ...rest: unknown[]) {
    if (typeof config === 'string') config = { text: config };
    if (Array.isArray(rest[0])) config = { ...config, values: rest[0] };
    if (TRANSACTION_START.test(config.text) && !config.values?.length) {
      transactionStart.push(config.text);
      return Promise.resolve(startAnswer(config.text));
    }
    restore();
    return submitInScope(client, scope, config, transactionStart);
  } as typeof client.query;
  client.release = (error?: Error | boolean) => {
    restore();
    return release.call(client, error);
  };
  return client;
}

/** What pg answers for a statement that returns no rows, as the transaction start's answer. */
const startAnswer = (text: string): pg.QueryResult => ({ command: text.trim().split(/\s+/)[0]!.toUpperCase(), rowCount: null, oid: 0, rows: [], fields: [] });

type TransactionWork<T> = (tx: Prisma.TransactionClient) => Promise<T>;

/**
 * Prisma batches the findUnique calls of one tick, and the statements of an interactive transaction,
 * and sends them from the async context of the tick's first caller. So no such call is made inside
 * operationScope: findUnique in a scope becomes findFirst when its selector is plain values (which
 * says the same and is not batched), or runs in a transaction of its own; and a transaction's work
 * runs outside operationScope (its statements go over the transaction's connection, scoped at its start).
 */
const BATCHED = { findUnique: 'findFirst', findUniqueOrThrow: 'findFirstOrThrow' } as const;

const isPlainSelector = (where: unknown) =>
  typeof where === 'object' && where !== null && Object.values(where).every((value) => value === null || typeof value !== 'object' || value instanceof Date);

const modelProperty = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);

/**
 * The one place the tenant scope reaches PostgreSQL: every operation inside a scope runs with the
 * scope's account, user and path set transaction-locally (set_config(..., true)), so row-level
 * security sees exactly what the request may see, in the same round trip as the operation's first
 * statement (scoped-query.ts), with no BEGIN or COMMIT of its own. Outside any scope (migrations, seeds, tests'
 * fixtures) queries run as they are, which for the application's role means they see no tenant row.
 */
export function withTenantScope(base: PrismaClient): PrismaClient {
  const extended = base.$extends({
    name: 'tenant-scope',
    query: {
      async $allOperations({ model, operation, args, query }) {
        const scope = storage.getStore();
        if (isEmpty(scope)) return query(args);
        const statementScope = { values: scopeValues(scope) };
        if (!(operation in BATCHED)) return operationScope.run(statementScope, async () => await query(args));
        const delegates = (client: unknown) => (client as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[modelProperty(model!)]!;
        if (isPlainSelector((args as { where?: unknown }).where)) {
          const findFirst = BATCHED[operation as keyof typeof BATCHED];
          return operationScope.run(statementScope, async () => await delegates(base)[findFirst]!(args));
        }
        return inTransaction(statementScope, (tx) => delegates(tx)[operation]!(args));
      },
    },
  });

  /** An interactive transaction whose first statement carries the scope; its work runs outside operationScope. */
  function inTransaction<T>(scope: StatementScope, work: TransactionWork<T>, options?: unknown): Promise<T> {
    return operationScope.run(scope, () => base.$transaction((tx) => operationScope.exit(async () => await work(tx)), options as never));
  }

  function scopedTransaction(work: unknown, options?: unknown): Promise<unknown> {
    const scope = storage.getStore();
    if (Array.isArray(work)) {
      if (!isEmpty(scope)) throw new Error('Use an interactive transaction ($transaction(async (tx) => ...)) inside a tenant scope');
      return base.$transaction(work, options as never);
    }
    if (isEmpty(scope)) return base.$transaction(work as TransactionWork<unknown>, options as never);
    return inTransaction({ values: scopeValues(scope) }, work as TransactionWork<unknown>, options);
  }

  return new Proxy(extended, {
    get(target, property, receiver) {
      if (property === '$transaction') return scopedTransaction;
      return Reflect.get(target, property, receiver);
    },
  }) as unknown as PrismaClient;
}
