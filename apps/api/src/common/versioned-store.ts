import { notFound } from './id-param.js';
import { versionConflict } from './versioning.js';

/** What a Prisma model delegate offers that a versioned write needs. */
export interface VersionedDelegate<Row> {
  updateManyAndReturn(args: { where: object; data: object }): Promise<Row[]>;
  deleteMany(args: { where: object }): Promise<{ count: number }>;
  findFirst(args: { where: object }): Promise<Row | null>;
}

export interface RecordRef {
  /** Usually { accountId, id }; an account's singleton record is keyed by { accountId } alone. */
  where: Record<string, unknown>;
  /** The version the caller read (If-Match). */
  version: number;
  /** Error code and noun for a record that is not there, such as CONTACT_NOT_FOUND and "contact". */
  notFound: [code: string, what: string];
}

/**
 * Writes only if the record is still at the version the caller read, in one UPDATE ... WHERE
 * version = $n; otherwise answers 404 if it is gone and 412 with the current record if it moved on.
 */
export async function updateVersioned<Row>(delegate: VersionedDelegate<Row>, ref: RecordRef, data: object): Promise<Row> {
  const [updated] = await delegate.updateManyAndReturn({
    where: { ...ref.where, version: ref.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated) return updated;
  throw await staleOrMissing(delegate, ref);
}

/** Deletes only if the record is still at the version the caller read, like updateVersioned. */
export async function deleteVersioned<Row>(delegate: VersionedDelegate<Row>, ref: RecordRef): Promise<void> {
  const { count } = await delegate.deleteMany({ where: { ...ref.where, version: ref.version } });
  if (count === 0) throw await staleOrMissing(delegate, ref);
}

async function staleOrMissing<Row>(delegate: VersionedDelegate<Row>, ref: RecordRef) {
  const current = await delegate.findFirst({ where: ref.where });
  return current ? versionConflict(current) : notFound(...ref.notFound);
}
