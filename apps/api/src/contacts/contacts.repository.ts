import { Inject, Injectable } from '@nestjs/common';
import { type Database, type Pool, Prisma, readInScope, writeInScope } from '@partner-portal/db';
import { containsPattern, type Page, type PageRequest } from '../common/paging.js';
import { assignments, type ColumnOf, versionedEditStatement } from '../common/versioned-statement.js';
import { DATABASE, PG_POOL } from '../database/database.module.js';
import type { ContactStatusValue } from './dto/contact.dto.js';

export type Tx = Prisma.TransactionClient;

/** What a contact looks like to callers: never its account id or internal email key. */
export const CONTACT_FIELDS = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  phone: true,
  company: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ContactSelect;

export type ContactView = Prisma.ContactGetPayload<{ select: typeof CONTACT_FIELDS }>;

export const CONTACT_SORTS = ['email', 'createdAt', 'lastName'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export interface ContactFilter {
  q?: string;
  listId?: string;
  status?: ContactStatusValue;
}

/** CONTACT_FIELDS as the hot reads below select them on the pool. */
const CONTACT_COLUMNS = Prisma.sql`
  c.id, c.email, c.first_name AS "firstName", c.last_name AS "lastName", c.phone, c.company, c.status::text AS status,
  c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

/** The fields an edit may change, the email with its key. */
export type ContactChanges = Partial<Pick<Prisma.ContactUncheckedCreateInput, 'email' | 'emailKey' | 'firstName' | 'lastName' | 'phone' | 'company' | 'status'>>;

const FIELD_COLUMNS: ColumnOf<keyof ContactChanges> = {
  email: { column: 'email' },
  emailKey: { column: 'email_key' },
  firstName: { column: 'first_name' },
  lastName: { column: 'last_name' },
  phone: { column: 'phone' },
  company: { column: 'company' },
  status: { column: 'status', cast: '"ContactStatus"' },
};

type PageSort = PageRequest<ContactSort, unknown>['sort'];

function contactOrder({ field, descending }: PageSort): Prisma.Sql {
  const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  if (field === 'email') return Prisma.sql`c.email_key ${direction}`;
  if (field === 'lastName') return Prisma.sql`c.last_name ${direction} NULLS LAST, c.first_name ${direction} NULLS LAST, c.id ASC`;
  return Prisma.sql`c.created_at ${direction}, c.id ASC`;
}

/** One statement for a page of an account's contacts matching `filter`, and their total. */
export function contactsPageQuery(accountId: string, filter: ContactFilter, request: Pick<PageRequest<ContactSort, unknown>, 'limit' | 'offset' | 'sort'>): Prisma.Sql {
  const conditions = [Prisma.sql`c.account_id = ${accountId}::uuid`];
  if (filter.status) conditions.push(Prisma.sql`c.status = ${filter.status}::"ContactStatus"`);
  if (filter.listId) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM list_member lm WHERE lm.account_id = c.account_id AND lm.contact_id = c.id AND lm.list_id = ${filter.listId}::uuid)`);
  }
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(Prisma.sql`(c.email_key LIKE ${containsPattern(filter.q.toLowerCase())} OR c.first_name ILIKE ${pattern} OR c.last_name ILIKE ${pattern})`);
  }
  return Prisma.sql`
    SELECT ${CONTACT_COLUMNS}, count(*) OVER () AS total
    FROM contact c
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${contactOrder(request.sort)}
    LIMIT ${request.limit} OFFSET ${request.offset}`;
}

/** Where every read of an account's contacts goes through. */
@Injectable()
export class ContactsRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  /** A hot read: one statement on the pool, under the request's scope, instead of a count and a findMany through Prisma. */
  async pageMatching(
    accountId: string,
    filter: ContactFilter,
    request: Pick<PageRequest<ContactSort, unknown>, 'limit' | 'offset' | 'sort'>,
  ): Promise<Page<ContactView>> {
    const rows = await readInScope<ContactView & { total: string }>(this.pool, contactsPageQuery(accountId, filter, request));
    if (rows.length === 0 && request.offset > 0) return { data: [], total: (await this.pageMatching(accountId, filter, { ...request, limit: 1, offset: 0 })).total };
    return { total: rows.length > 0 ? Number(rows[0]!.total) : 0, data: rows.map(({ total: _total, ...contact }) => contact) };
  }

  async page(where: Prisma.ContactWhereInput, request: Pick<PageRequest<ContactSort, unknown>, 'limit' | 'offset' | 'sort'>): Promise<Page<ContactView>> {
    const direction = request.sort.descending ? 'desc' : 'asc';
    const orderBy: Prisma.ContactOrderByWithRelationInput[] =
      request.sort.field === 'email'
        ? [{ emailKey: direction }]
        : request.sort.field === 'lastName'
          ? [{ lastName: { sort: direction, nulls: 'last' } }, { firstName: { sort: direction, nulls: 'last' } }, { id: 'asc' }]
          : [{ createdAt: direction }, { id: 'asc' }];
    const [total, data] = await Promise.all([
      this.db.contact.count({ where }),
      this.db.contact.findMany({ where, orderBy, take: request.limit, skip: request.offset, select: CONTACT_FIELDS }),
    ]);
    return { total, data };
  }

  count(where: Prisma.ContactWhereInput): Promise<number> {
    return this.db.contact.count({ where });
  }

  /** A hot read: the contact and the lists it is on (those the caller sees), in one statement on the pool. */
  async findWithLists(accountId: string, id: string): Promise<(ContactView & { lists: { id: string; name: string }[] }) | null> {
    const [row] = await readInScope<ContactView & { lists: { id: string; name: string }[] }>(
      this.pool,
      Prisma.sql`
        SELECT ${CONTACT_COLUMNS},
               COALESCE((SELECT json_agg(json_build_object('id', l.id, 'name', l.name) ORDER BY l.name, l.id)
                         FROM list_member lm JOIN contact_list l ON l.account_id = lm.account_id AND l.id = lm.list_id
                         WHERE lm.account_id = c.account_id AND lm.contact_id = c.id), '[]'::json) AS lists
        FROM contact c
        WHERE c.account_id = ${accountId}::uuid AND c.id = ${id}::uuid`,
    );
    return row ?? null;
  }

  /**
   * Writes `changes` and the edit's audit row (naming the fields `sent`) in one statement on the pool,
   * if the contact is still at `version`; null if it was not written.
   */
  async editAt(accountId: string, id: string, version: number, changes: ContactChanges, { actorUserId, sent }: { actorUserId: string; sent: readonly string[] }) {
    const statement = versionedEditStatement({
      table: 'contact',
      accountId,
      id,
      version,
      set: assignments(FIELD_COLUMNS, changes),
      audit: { actorUserId, action: 'contact.updated', targetType: 'contact', data: Prisma.sql`${JSON.stringify({ fields: sent })}::jsonb` },
      returning: CONTACT_COLUMNS,
    });
    const [row] = await writeInScope<ContactView>(this.pool, statement);
    return row ?? null;
  }

  findByEmailKey(accountId: string, emailKey: string, client: Tx | Database = this.db) {
    return client.contact.findUnique({ where: { accountId_emailKey: { accountId, emailKey } }, select: { id: true } });
  }

  /** The ids among `ids` that are not contacts of the account; the others are locked until the transaction ends. */
  async lockMissing(tx: Tx, accountId: string, ids: string[]): Promise<string[]> {
    const found = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM contact WHERE account_id = ${accountId}::uuid AND id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) FOR SHARE`;
    const present = new Set(found.map((row) => row.id));
    return ids.filter((id) => !present.has(id));
  }

  /** One batch of the export, in id order after `afterId`. */
  exportBatch(accountId: string, listId: string | undefined, afterId: string | undefined, size: number) {
    return this.db.contact.findMany({
      where: { accountId, ...(listId ? { lists: { some: { listId } } } : {}), ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: 'asc' },
      take: size,
      select: { id: true, email: true, firstName: true, lastName: true, phone: true, company: true, status: true, createdAt: true },
    });
  }
}
