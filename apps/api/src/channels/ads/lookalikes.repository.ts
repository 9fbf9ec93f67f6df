import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { Page } from '../../common/paging.js';
import { deleteVersioned } from '../../common/versioned-store.js';
import { DATABASE } from '../../database/database.module.js';

type Client = Prisma.TransactionClient;
type Lookalike = Awaited<ReturnType<Database['lookalikeAudience']['findFirstOrThrow']>>;

export const LOOKALIKE_NOT_FOUND: [string, string] = ['LOOKALIKE_NOT_FOUND', 'lookalike audience'];
export const LOOKALIKE_SORTABLE = ['createdAt', 'name', 'sourceSize', 'country'] as const;
export type LookalikeSort = (typeof LOOKALIKE_SORTABLE)[number];

@Injectable()
export class LookalikesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(accountId: string, request: { limit: number; offset: number; sort: { field: LookalikeSort; descending: boolean } }): Promise<Page<Lookalike>> {
    const where = { accountId };
    const direction = request.sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.lookalikeAudience.count({ where }),
      this.db.lookalikeAudience.findMany({ where, orderBy: [{ [request.sort.field]: direction }, { id: direction }], take: request.limit, skip: request.offset }),
    ]);
    return { data, total };
  }

  find(accountId: string, id: string): Promise<Lookalike | null> {
    return this.db.lookalikeAudience.findFirst({ where: { accountId, id } });
  }

  /** The list's member count, or null when the account has no such list. */
  async listSize(tx: Client, accountId: string, listId: string): Promise<number | null> {
    const list = await tx.contactList.findFirst({ where: { accountId, id: listId }, select: { _count: { select: { members: true } } } });
    return list ? list._count.members : null;
  }

  create(tx: Client, data: { accountId: string; name: string; sourceListId: string; sourceSize: number; country: string }): Promise<Lookalike> {
    return tx.lookalikeAudience.create({ data });
  }

  remove(tx: Client, ref: { accountId: string; id: string; version: number }): Promise<void> {
    return deleteVersioned(tx.lookalikeAudience, { where: { accountId: ref.accountId, id: ref.id }, version: ref.version, notFound: LOOKALIKE_NOT_FOUND });
  }
}
