import { Inject, Injectable } from '@nestjs/common';
import { type Database, Prisma } from '@partner-portal/db';
import type { Page, PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import type { Tx } from './contacts.repository.js';

const LIST_FIELDS = {
  id: true,
  name: true,
  description: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { members: true } },
} as const satisfies Prisma.ContactListSelect;

type ListRow = Prisma.ContactListGetPayload<{ select: typeof LIST_FIELDS }>;

export interface ListView {
  id: string;
  name: string;
  description: string | null;
  memberCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const toView = ({ _count, ...list }: ListRow): ListView => ({ ...list, memberCount: _count.members });

export const LIST_SORTS = ['name', 'createdAt'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** Lists as lists.view shows them: names, descriptions and member counts, never the members. */
@Injectable()
export class ListsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(accountId: string, request: PageRequest<ListSort, { q?: string }>): Promise<Page<ListView>> {
    const where: Prisma.ContactListWhereInput = { accountId, ...(request.filter.q ? { name: { contains: request.filter.q, mode: 'insensitive' } } : {}) };
    const direction = request.sort.descending ? 'desc' : 'asc';
    const [total, rows] = await Promise.all([
      this.db.contactList.count({ where }),
      this.db.contactList.findMany({
        where,
        orderBy: [{ [request.sort.field]: direction }, { id: 'asc' }],
        take: request.limit,
        skip: request.offset,
        select: LIST_FIELDS,
      }),
    ]);
    return { total, data: rows.map(toView) };
  }

  async find(accountId: string, id: string, client: Tx | Database = this.db): Promise<ListView | null> {
    const row = await client.contactList.findFirst({ where: { accountId, id }, select: LIST_FIELDS });
    return row ? toView(row) : null;
  }

  exists(accountId: string, id: string): Promise<boolean> {
    return this.db.contactList.count({ where: { accountId, id } }).then((n) => n > 0);
  }

  /** The ids among `ids` that are not lists of the account; the others are locked until the transaction ends. */
  async lockMissing(tx: Tx, accountId: string, ids: string[]): Promise<string[]> {
    const found = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM contact_list WHERE account_id = ${accountId}::uuid AND id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) FOR SHARE`;
    const present = new Set(found.map((row) => row.id));
    return ids.filter((id) => !present.has(id));
  }

  /**
   * The ids among `ids` that are not lists the caller sees, without locking: row-level security applies
   * the UPDATE policy to FOR SHARE too, which a member restricted to chosen lists passes only at MANAGE.
   */
  async missing(tx: Tx, accountId: string, ids: string[]): Promise<string[]> {
    const found = await tx.contactList.findMany({ where: { accountId, id: { in: ids } }, select: { id: true } });
    const present = new Set(found.map((row) => row.id));
    return ids.filter((id) => !present.has(id));
  }

  /** Locks the campaigns that use the list, so none is scheduled while the list is being deleted. */
  async lockCampaignsUsing(tx: Tx, accountId: string, listId: string): Promise<{ id: string; status: string }[]> {
    return tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT c.id, c.status::text AS status
      FROM campaign c JOIN campaign_list cl ON cl.account_id = c.account_id AND cl.campaign_id = c.id
      WHERE cl.account_id = ${accountId}::uuid AND cl.list_id = ${listId}::uuid
      FOR UPDATE OF c`;
  }

  unlinkFromCampaigns(tx: Tx, accountId: string, listId: string) {
    return tx.campaignList.deleteMany({ where: { accountId, listId } });
  }

  addMembers(tx: Tx, accountId: string, listId: string, contactIds: string[]) {
    return tx.listMember.createMany({ data: contactIds.map((contactId) => ({ accountId, listId, contactId })), skipDuplicates: true });
  }

  addToLists(tx: Tx, accountId: string, contactId: string, listIds: string[]) {
    return tx.listMember.createMany({ data: listIds.map((listId) => ({ accountId, listId, contactId })), skipDuplicates: true });
  }

  countMembers(tx: Tx, accountId: string, listId: string) {
    return tx.listMember.count({ where: { accountId, listId } });
  }

  removeMember(tx: Tx, accountId: string, listId: string, contactId: string) {
    return tx.listMember.deleteMany({ where: { accountId, listId, contactId } });
  }
}
