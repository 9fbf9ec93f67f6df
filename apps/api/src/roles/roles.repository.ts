import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { Page, PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';

export const ROLE_SORTS = ['name', 'createdAt'] as const;
export type RoleSort = (typeof ROLE_SORTS)[number];
export interface RoleFilter {
  q?: string;
}

type Client = Pick<Database, 'customRole'>;

/** Who holds a role: its members, and the pending invitations that would give it. */
const WITH_HOLDERS = {
  id: true,
  name: true,
  actions: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { members: true, invitations: { where: { state: 'PENDING' } } } },
} as const satisfies Prisma.CustomRoleSelect;

export interface RoleView {
  id: string;
  name: string;
  actions: string[];
  version: number;
  /** Members holding the role plus pending invitations that would give it. */
  holders: number;
  createdAt: Date;
  updatedAt: Date;
}

const toView = ({ _count, ...role }: Prisma.CustomRoleGetPayload<{ select: typeof WITH_HOLDERS }>): RoleView => ({
  id: role.id,
  name: role.name,
  actions: role.actions,
  version: role.version,
  holders: _count.members + _count.invitations,
  createdAt: role.createdAt,
  updatedAt: role.updatedAt,
});

@Injectable()
export class RolesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(accountId: string, request: PageRequest<RoleSort, RoleFilter>): Promise<Page<RoleView>> {
    const where: Prisma.CustomRoleWhereInput = { accountId, ...(request.filter.q ? { name: { contains: request.filter.q, mode: 'insensitive' } } : {}) };
    const [total, rows] = await Promise.all([
      this.db.customRole.count({ where }),
      this.db.customRole.findMany({
        where,
        orderBy: [{ [request.sort.field]: request.sort.descending ? 'desc' : 'asc' }, { id: 'asc' }],
        take: request.limit,
        skip: request.offset,
        select: WITH_HOLDERS,
      }),
    ]);
    return { total, data: rows.map(toView) };
  }

  async find(accountId: string, id: string, client: Client = this.db): Promise<RoleView | null> {
    const row = await client.customRole.findFirst({ where: { accountId, id }, select: WITH_HOLDERS });
    return row ? toView(row) : null;
  }

  count(accountId: string, client: Client = this.db): Promise<number> {
    return client.customRole.count({ where: { accountId } });
  }
}
