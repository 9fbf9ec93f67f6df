import type { Database, Prisma } from '@partner-portal/db';
import type { AuditAction, AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { updateVersioned, type VersionedDelegate } from '../common/versioned-store.js';
import { versionConflict } from '../common/versioning.js';

type Client = Prisma.TransactionClient;

/** What a Prisma model delegate offers that an account's one-row record needs. */
export interface SingletonDelegate<Row> extends VersionedDelegate<Row> {
  createManyAndReturn(args: { data: { accountId: string }[]; skipDuplicates: boolean }): Promise<Row[]>;
}

export interface SingletonKind<Row, Fields extends object> {
  delegate(client: Client): SingletonDelegate<Row>;
  /** What an account has before its first write. */
  defaults: Fields;
  notFound: [code: string, what: string];
  audit: { action: AuditAction; targetType: string };
}

/**
 * A record an account has exactly one of (settings, business profile), keyed by accountId. Before the
 * first write it reads as the defaults at version 0; the first write, with If-Match "0", inserts the
 * row (INSERT ... ON CONFLICT DO NOTHING) and every later write is a versioned UPDATE.
 */
export class SingletonRecords<Row extends { version: number }, Fields extends object> {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditRepository,
    private readonly kind: SingletonKind<Row, Fields>,
  ) {}

  async get(accountId: string): Promise<Row | (Fields & { accountId: string; version: 0; updatedAt: null })> {
    return (await this.kind.delegate(this.db).findFirst({ where: { accountId } })) ?? this.unwritten(accountId);
  }

  put(accountId: string, actorUserId: string, version: number, fields: Fields): Promise<Row> {
    return this.db.$transaction(async (tx) => {
      const row = version === 0 ? await this.insertFirst(tx, accountId, fields) : await this.update(tx, accountId, version, fields);
      await this.audit.record(
        { accountId, actorUserId, action: this.kind.audit.action, targetType: this.kind.audit.targetType, targetId: accountId, data: { version: row.version } },
        tx,
      );
      return row;
    });
  }

  private unwritten(accountId: string) {
    return { accountId, ...this.kind.defaults, version: 0 as const, updatedAt: null };
  }

  private async insertFirst(tx: Client, accountId: string, fields: Fields): Promise<Row> {
    const delegate = this.kind.delegate(tx);
    const [created] = await delegate.createManyAndReturn({ data: [{ ...fields, accountId }], skipDuplicates: true });
    if (created) return created;
    // Someone wrote first: the caller's version 0 is stale.
    throw versionConflict(await delegate.findFirst({ where: { accountId } }));
  }

  private async update(tx: Client, accountId: string, version: number, fields: Fields): Promise<Row> {
    try {
      return await updateVersioned(this.kind.delegate(tx), { where: { accountId }, version, notFound: this.kind.notFound }, fields);
    } catch (error) {
      // No row yet: the only current version is 0, the defaults.
      if (error instanceof AppError && error.code === this.kind.notFound[0]) throw versionConflict(this.unwritten(accountId));
      throw error;
    }
  }
}
