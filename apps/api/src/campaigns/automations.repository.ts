import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import { notFound } from '../common/id-param.js';
import type { Page, PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import type { AutomationTrigger } from './dto/automation.dto.js';

export type Automation = Prisma.AutomationGetPayload<object>;

export const AUTOMATION_NOT_FOUND = ['AUTOMATION_NOT_FOUND', 'automation'] as const satisfies [string, string];
export const AUTOMATION_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED'] as const;
export type AutomationStatus = (typeof AUTOMATION_STATUSES)[number];

export type AutomationSort = 'createdAt' | 'name';
export interface AutomationFilter {
  status?: AutomationStatus;
  trigger?: AutomationTrigger;
  q?: string;
}

export function automationView({ accountId: _accountId, ...automation }: Automation) {
  return automation;
}

@Injectable()
export class AutomationsRepository {
  constructor(@Inject(DATABASE) readonly db: Database) {}

  async page(accountId: string, { limit, offset, sort, filter }: PageRequest<AutomationSort, AutomationFilter>): Promise<Page<unknown>> {
    const where: Prisma.AutomationWhereInput = {
      accountId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.trigger ? { trigger: filter.trigger } : {}),
      ...(filter.q ? { name: { contains: filter.q, mode: 'insensitive' } } : {}),
    };
    const [total, rows] = await Promise.all([
      this.db.automation.count({ where }),
      this.db.automation.findMany({ where, orderBy: [{ [sort.field]: sort.descending ? 'desc' : 'asc' }, { id: 'asc' }], take: limit, skip: offset }),
    ]);
    return { data: rows.map(automationView), total };
  }

  async find(accountId: string, id: string): Promise<Automation | null> {
    return this.db.automation.findFirst({ where: { accountId, id } });
  }

  async get(accountId: string, id: string): Promise<Automation> {
    const automation = await this.find(accountId, id);
    if (!automation) throw notFound(...AUTOMATION_NOT_FOUND);
    return automation;
  }

  async listExists(accountId: string, listId: string): Promise<boolean> {
    return (await this.db.contactList.count({ where: { accountId, id: listId } })) > 0;
  }
}
