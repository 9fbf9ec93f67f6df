import { Prisma } from '@partner-portal/db';
import { type AuditAction, auditRowsOfChange } from '../audit/audit.repository.js';

/** How an editable field is written: its column and, for an enum, the type its value is cast to. */
export type ColumnOf<Field extends string> = Record<Field, { column: string; cast?: string }>;

/** `column = value` for every field present in `changes`, in the order of `columns`. */
export function assignments<Field extends string>(columns: ColumnOf<Field>, changes: Partial<Record<Field, unknown>>): Prisma.Sql[] {
  return (Object.keys(columns) as Field[])
    .filter((field) => changes[field] !== undefined)
    .map((field) => {
      const { column, cast } = columns[field];
      return Prisma.sql`${Prisma.raw(column)} = ${changes[field]}${cast ? Prisma.raw(`::${cast}`) : Prisma.empty}`;
    });
}

export interface VersionedEdit {
  /** A table keyed by (account_id, id) with version and updated_at columns. */
  table: string;
  accountId: string;
  id: string;
  /** The version the caller read (If-Match). */
  version: number;
  set: Prisma.Sql[];
  /** What else the row must be for the edit to apply, over the row as `c`. */
  allowedWhen?: Prisma.Sql;
  audit: { actorUserId: string; action: AuditAction; targetType: string; data: Prisma.Sql };
  /** What the statement answers with, over the edited row as `c`. */
  returning: Prisma.Sql;
}

/**
 * A versioned edit and its audit row as one statement (so one round trip and one implicit
 * transaction): the UPDATE applies only while the row is at the caller's version and allowed, and
 * answers with the edited row; no row means the caller must look at the record to say why.
 */
export function versionedEditStatement(edit: VersionedEdit): Prisma.Sql {
  const set = [...edit.set, Prisma.sql`version = c.version + 1`, Prisma.sql`updated_at = now()`];
  return Prisma.sql`
    WITH changed AS (
      UPDATE ${Prisma.raw(edit.table)} c SET ${Prisma.join(set)}
      WHERE c.account_id = ${edit.accountId}::uuid AND c.id = ${edit.id}::uuid AND c.version = ${edit.version}
        ${edit.allowedWhen ? Prisma.sql`AND ${edit.allowedWhen}` : Prisma.empty}
      RETURNING c.*),
    audit AS (${auditRowsOfChange('changed', edit.audit)})
    SELECT ${edit.returning} FROM changed c`;
}
