// The tenant tables as the catalog lists them, for the tests that must cover every one of them
// (row-level security, distribution keys): a table added later is found without being named.
import type pg from 'pg';
import { APP_DATABASE_ROLE } from './client.js';

export interface TenantTable {
  name: string;
  /** Its object id, as text (an oid may exceed a JavaScript-safe int4). */
  oid: string;
  /** The column naming the row's account: `id` for account itself, account_id everywhere else. */
  accountColumn: string;
  /** That column's number in the table, as pg_index.indkey counts columns. */
  accountColumnNumber: number;
  rowSecurity: boolean;
  policies: number;
  /**
   * Whether the application's role holds any privilege on it. One it cannot reach at all (a directory
   * kept by the owner's triggers, say) needs no policy: it is proved unreachable instead.
   */
  reachable: boolean;
}

/** Every table of schema public with an account_id column, and account itself, by name. */
export async function tenantTables(owner: pg.ClientBase): Promise<TenantTable[]> {
  const { rows } = await owner.query<TenantTable>(
    `SELECT c.relname AS name, c.oid::text AS oid, col.attname AS "accountColumn", col.attnum AS "accountColumnNumber",
            c.relrowsecurity AS "rowSecurity",
            (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
            has_table_privilege($1, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
              OR has_any_column_privilege($1, c.oid, 'SELECT, INSERT, UPDATE, REFERENCES') AS reachable
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute col ON col.attrelid = c.oid AND NOT col.attisdropped
       AND col.attname = CASE WHEN c.relname = 'account' THEN 'id' ELSE 'account_id' END
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     ORDER BY c.relname`,
    [APP_DATABASE_ROLE],
  );
  return rows;
}
