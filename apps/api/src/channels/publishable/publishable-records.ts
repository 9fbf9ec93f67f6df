import { HttpStatus } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { AuditAction, AuditRepository } from '../../audit/audit.repository.js';
import { AppError } from '../../common/app-error.js';
import { notFound } from '../../common/id-param.js';
import { invalidFilter, type Page, type PageQueryDto, parsePageQuery } from '../../common/paging.js';
import { assertTransition, PUBLISH_STATES, type PublishState, stateTimestamps } from '../../common/publish-state.js';
import { deleteVersioned, updateVersioned, type VersionedDelegate } from '../../common/versioned-store.js';
import { versionConflict } from '../../common/versioning.js';

type Client = Prisma.TransactionClient;

/** What every publishable record (social post, ad, store) has in common. */
export interface PublishableRow {
  id: string;
  accountId: string;
  state: PublishState;
  version: number;
}

/** What a Prisma model delegate offers that a publishable record needs. */
export interface PublishableDelegate<Row> extends VersionedDelegate<Row> {
  findMany(args: { where: object; orderBy: object[]; take: number; skip: number }): Promise<Row[]>;
  count(args: { where: object }): Promise<number>;
  create(args: { data: object }): Promise<Row>;
}

/** One record type, described once: its table, its codes and its audit vocabulary. */
export interface PublishableKind<Row> {
  delegate(client: Client): PublishableDelegate<Row>;
  /** Narrows every read and write, such as an ad's channel. */
  scope?: Record<string, unknown>;
  notFound: [code: string, what: string];
  /** Audit actions are `<prefix>.created`, `.updated`, `.scheduled`, `.published`, `.unpublished`, `.deleted`. */
  audit: { prefix: string; targetType: string };
  /** Whether the record has a scheduledAt column (stores do not). */
  schedulable: boolean;
  sortable: readonly string[];
  /** The text column `filter.q` searches. */
  searchField: string;
  /** Other filters by exact value, each with the values it accepts. */
  enumFilters?: Record<string, readonly string[]>;
}

export interface RecordRef {
  accountId: string;
  id: string;
  /** The version the caller read (If-Match). */
  version: number;
}

/** The furthest ahead anything may be scheduled. */
const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * The shared life of a versioned DRAFT/SCHEDULED/PUBLISHED/UNPUBLISHED record: paged lists, versioned
 * edits, state moves and deletes, each audited in the transaction of its change. A state is a fact in
 * Partner Portal's own records: no outside network is reachable, and nothing here pretends to call one.
 */
export class PublishableRecords<Row extends PublishableRow> {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditRepository,
    private readonly kind: PublishableKind<Row>,
  ) {}

  async page(accountId: string, query: PageQueryDto): Promise<Page<Row>> {
    const { limit, offset, sort, filter } = parsePageQuery(query, {
      sortable: this.kind.sortable,
      defaultSort: 'createdAt',
      filters: ['q', 'state', ...Object.keys(this.kind.enumFilters ?? {})],
      parseFilter: (raw) => this.parseFilter(raw),
    });
    const where = { ...filter, ...this.scoped(accountId) };
    const delegate = this.kind.delegate(this.db);
    const direction = sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      delegate.count({ where }),
      delegate.findMany({ where, orderBy: [{ [sort.field]: direction }, { id: direction }], take: limit, skip: offset }),
    ]);
    return { data, total };
  }

  async get(accountId: string, id: string): Promise<Row> {
    const row = await this.kind.delegate(this.db).findFirst({ where: this.scoped(accountId, id) });
    if (!row) throw notFound(...this.kind.notFound);
    return row;
  }

  create(accountId: string, actorUserId: string, data: object): Promise<Row> {
    return this.db.$transaction(async (tx) => {
      const row = await this.kind.delegate(tx).create({ data: { ...data, ...this.scoped(accountId) } });
      await this.record(tx, row, actorUserId, 'created', {});
      return row;
    });
  }

  /**
   * Edits a record the caller read at ref.version. `decide` sees the record as it is and returns the
   * change, or throws to refuse it (a state that needs a further permission, a rule across fields).
   */
  update(ref: RecordRef, actorUserId: string, decide: (current: Row) => object): Promise<Row> {
    return this.db.$transaction(async (tx) => {
      const current = await this.current(tx, ref);
      const change = decide(current);
      const row = await this.write(tx, ref, change);
      await this.record(tx, row, actorUserId, 'updated', { fields: Object.keys(change) });
      return row;
    });
  }

  transition(ref: RecordRef, actorUserId: string, to: Exclude<PublishState, 'DRAFT'>, scheduledAt: Date | null = null): Promise<Row> {
    if (to === 'SCHEDULED') assertSchedulable(scheduledAt);
    return this.db.$transaction(async (tx) => {
      const current = await this.current(tx, ref);
      assertTransition(current.state, to);
      const { scheduledAt: at, ...timestamps } = stateTimestamps(to, scheduledAt);
      const row = await this.write(tx, ref, this.kind.schedulable ? { ...timestamps, scheduledAt: at } : timestamps);
      await this.record(tx, row, actorUserId, to.toLowerCase(), { from: current.state, to, ...(at ? { scheduledAt: at.toISOString() } : {}) });
      return row;
    });
  }

  remove(ref: RecordRef, actorUserId: string): Promise<void> {
    return this.db.$transaction(async (tx) => {
      await deleteVersioned(this.kind.delegate(tx), { where: this.scoped(ref.accountId, ref.id), version: ref.version, notFound: this.kind.notFound });
      await this.audit.record(
        { accountId: ref.accountId, actorUserId, action: `${this.kind.audit.prefix}.deleted`, targetType: this.kind.audit.targetType, targetId: ref.id },
        tx,
      );
    });
  }

  private scoped(accountId: string, id?: string) {
    return { ...this.kind.scope, accountId, ...(id ? { id } : {}) };
  }

  /** The record as it is; 412 at once if the caller read an older version, so no rule is judged on a stale view. */
  private async current(tx: Client, ref: RecordRef): Promise<Row> {
    const current = await this.kind.delegate(tx).findFirst({ where: this.scoped(ref.accountId, ref.id) });
    if (!current) throw notFound(...this.kind.notFound);
    if (current.version !== ref.version) throw versionConflict(current);
    return current;
  }

  /** The write itself is still conditional on the version, so a change made since current() was read is never overwritten. */
  private write(tx: Client, ref: RecordRef, data: object): Promise<Row> {
    return updateVersioned(this.kind.delegate(tx), { where: this.scoped(ref.accountId, ref.id), version: ref.version, notFound: this.kind.notFound }, data);
  }

  private record(tx: Client, row: Row, actorUserId: string, what: string, data: Record<string, Prisma.InputJsonValue>) {
    const action: AuditAction = `${this.kind.audit.prefix}.${what}`;
    return this.audit.record(
      { accountId: row.accountId, actorUserId, action, targetType: this.kind.audit.targetType, targetId: row.id, data: { ...this.kind.scope, ...data } as Prisma.InputJsonValue },
      tx,
    );
  }

  private parseFilter(raw: Record<string, unknown>): Record<string, unknown> {
    const enums: Record<string, readonly string[]> = { state: PUBLISH_STATES, ...this.kind.enumFilters };
    const where: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key === 'q') {
        if (typeof value !== 'string' || value.length > 200) throw invalidFilter('filter.q must be a string of at most 200 characters.');
        if (value.trim()) where[this.kind.searchField] = { contains: value.trim(), mode: 'insensitive' };
      } else {
        if (typeof value !== 'string' || !enums[key].includes(value)) throw invalidFilter(`filter.${key} must be one of ${enums[key].join(', ')}.`);
        where[key] = value;
      }
    }
    return where;
  }
}

function assertSchedulable(scheduledAt: Date | null): asserts scheduledAt is Date {
  const now = Date.now();
  if (!scheduledAt || scheduledAt.getTime() <= now) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'SCHEDULE_IN_PAST', 'scheduledAt must be in the future.');
  }
  if (scheduledAt.getTime() - now > MAX_SCHEDULE_AHEAD_MS) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'SCHEDULE_TOO_FAR', 'scheduledAt must be within a year from now.');
  }
}
