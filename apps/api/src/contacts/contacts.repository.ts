import { Inject, Injectable } from '@nestjs/common';
import { type Database, Prisma } from '@partner-portal/db';
import type { Page, PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
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

export function toContactView(row: ContactView): ContactView {
  const { id, email, firstName, lastName, phone, company, status, version, createdAt, updatedAt } = row;
  return { id, email, firstName, lastName, phone, company, status, version, createdAt, updatedAt };
}

export const CONTACT_SORTS = ['email', 'createdAt', 'lastName'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export interface ContactFilter {
  q?: string;
  listId?: string;
  status?: ContactStatusValue;
}

/** Where every read of an account's contacts goes through. */
@Injectable()
export class ContactsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  filterWhere(accountId: string, filter: ContactFilter): Prisma.ContactWhereInput {
    const where: Prisma.ContactWhereInput = { accountId };
    if (filter.status) where.status = filter.status;
    if (filter.listId) where.lists = { some: { listId: filter.listId } };
    if (filter.q) {
      const q = filter.q;
      where.OR = [
        { emailKey: { contains: q.toLowerCase() } },
        { firstName: { contains: q, mode: 'insensitive' } },
        { lastName: { contains: q, mode: 'insensitive' } },
      ];
    }
    return where;
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

  async findWithLists(accountId: string, id: string) {
    const row = await this.db.contact.findFirst({
      where: { accountId, id },
      select: { ...CONTACT_FIELDS, lists: { select: { list: { select: { id: true, name: true } } }, orderBy: { list: { name: 'asc' } } } },
    });
    if (!row) return null;
    const { lists, ...contact } = row;
    return { ...contact, lists: lists.map((member) => member.list) };
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
