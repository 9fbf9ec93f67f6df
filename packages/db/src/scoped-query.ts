import pg from 'pg';

/**
 * What a statement runs under: the four settings row-level security reads, and whether the
 * transaction may write.
 */
export interface StatementScope {
  values: readonly string[];
  readOnly?: boolean;
}

/** What opens the transaction the scoped statement is the first of (BEGIN, SET TRANSACTION ...), sent ahead of the scope. */
export type TransactionStart = readonly string[];

/** Sets the scope for the rest of the transaction; row-level security reads it (helper functions of migration row_level_security). */
export const SET_SCOPE_SQL = `SELECT
    set_config('app.account_id', $1, true),
    set_config('app.user_id', $2, true),
    set_config('app.path', $3, true),
    set_config('app.token_hash', $4, true)`;

/** Going read-only is allowed at any point of a transaction, so it can ride with the scope. */
const SET_READ_ONLY_SCOPE_SQL = `${SET_SCOPE_SQL}, set_config('transaction_read_only', 'on', true)`;

/** pg's Query as it is driven by the client; @types/pg declares only its public face. */
interface QueryInternals {
  name?: string;
  prepare(connection: ProtocolConnection): void;
  requiresPreparation(): boolean;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: ProtocolConnection): void;
}

interface ProtocolConnection {
  /** Statements prepared by name on this connection, by name: pg's own record, which it consults before parsing. */
  parsedStatements: Record<string, string>;
  parse(message: { text: string; name: string }): void;
  bind(message: { portal: string; statement: string; values: readonly string[] }): void;
  execute(message: { portal: string; rows: number }): void;
}

const PgQuery = pg.Query as unknown as new (config: pg.QueryConfig, values?: unknown[]) => pg.Query & QueryInternals;

/**
 * One statement with the tenant scope set before it, in one round trip and one transaction: the
 * scope's set_config(..., true) and the statement go out as one pipeline ended by a single Sync, and
 * PostgreSQL runs the messages up to a Sync as one implicit transaction. So the settings end with the
 * statement, as SET LOCAL's do, without BEGIN and COMMIT of their own. The scope statement's row and
 * completion are consumed here; what the caller sees is the statement's own result.
 */
class ScopedQuery extends PgQuery {
  /** Completions still to come before the statement's own: the transaction start's and the scope's. */
  private ahead: number;

  constructor(
    private readonly scope: StatementScope,
    config: pg.QueryConfig,
    private readonly transactionStart: TransactionStart = [],
  ) {
    super(config);
    this.ahead = transactionStart.length + 1;
  }

  override requiresPreparation(): boolean {
    return true;
  }

  /**
   * The scope statement is prepared by name on a connection that prepares the statement by name too
   * (not behind a transaction pooler, where createPool drops every name): parsed once per connection.
   */
  override prepare(connection: ProtocolConnection): void {
    for (const text of this.transactionStart) {
      connection.parse({ text, name: '' });
      connection.bind({ portal: '', statement: '', values: [] });
      connection.execute({ portal: '', rows: 0 });
    }
    const text = this.scope.readOnly ? SET_READ_ONLY_SCOPE_SQL : SET_SCOPE_SQL;
    const name = this.name ? (this.scope.readOnly ? 'tenant-scope-read-only' : 'tenant-scope') : '';
    if (!name || connection.parsedStatements[name] === undefined) {
      connection.parse({ text, name });
      if (name) connection.parsedStatements[name] = text;
    }
    connection.bind({ portal: '', statement: name, values: this.scope.values });
    connection.execute({ portal: '', rows: 0 });
    super.prepare(connection);
  }

  override handleDataRow(message: unknown): void {
    if (this.ahead === 0) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: ProtocolConnection): void {
    if (this.ahead > 0) {
      this.ahead -= 1;
      return;
    }
    super.handleCommandComplete(message, connection);
  }
}

/**
 * Sends one statement under `scope` on a connection already taken from the pool; after
 * `transactionStart` when it is a transaction's first statement: BEGIN executed ahead of the Sync
 * turns the pipeline's implicit transaction into the explicit one, which the scope then lasts for.
 */
export function submitInScope<Row extends pg.QueryResultRow>(
  client: pg.ClientBase,
  scope: StatementScope,
  config: pg.QueryConfig,
  transactionStart?: TransactionStart,
): Promise<pg.QueryResult<Row>> {
  return new Promise((resolve, reject) => {
    const submit = client.query as unknown as (query: ScopedQuery, callback: (error: Error | null, result: pg.QueryResult<Row>) => void) => void;
    submit.call(client, new ScopedQuery(scope, config, transactionStart), (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Runs one statement under `scope` on a connection of `pool`, as pool.query runs one unscoped. An
 * error PostgreSQL answered leaves the connection usable; any other (the connection broke) drops it.
 */
export async function queryInScope<Row extends pg.QueryResultRow>(
  pool: pg.Pool,
  scope: StatementScope,
  config: pg.QueryConfig,
): Promise<pg.QueryResult<Row>> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    return await submitInScope<Row>(client, scope, config);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}
