import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { Page, PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import type { SegmentDefinition } from './segment-rules.js';

const SEGMENT_FIELDS = { id: true, name: true, rules: true, version: true, createdAt: true, updatedAt: true } as const satisfies Prisma.SegmentSelect;

export interface SegmentRow {
  id: string;
  name: string;
  definition: SegmentDefinition;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

// The rules column holds { match, rules } exactly as validateDefinition returned it.
const toRow = ({ rules, ...segment }: Prisma.SegmentGetPayload<{ select: typeof SEGMENT_FIELDS }>): SegmentRow => ({
  ...segment,
  definition: rules as unknown as SegmentDefinition,
});

export const SEGMENT_SORTS = ['name', 'createdAt'] as const;
export type SegmentSort = (typeof SEGMENT_SORTS)[number];

@Injectable()
export class SegmentsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(accountId: string, request: PageRequest<SegmentSort, { q?: string }>): Promise<Page<SegmentRow>> {
    const where: Prisma.SegmentWhereInput = { accountId, ...(request.filter.q ? { name: { contains: request.filter.q, mode: 'insensitive' } } : {}) };
    const [total, rows] = await Promise.all([
      this.db.segment.count({ where }),
      this.db.segment.findMany({
        where,
        orderBy: [{ [request.sort.field]: request.sort.descending ? 'desc' : 'asc' }, { id: 'asc' }],
        take: request.limit,
        skip: request.offset,
        select: SEGMENT_FIELDS,
      }),
    ]);
    return { total, data: rows.map(toRow) };
  }

  async find(accountId: string, id: string): Promise<SegmentRow | null> {
    const row = await this.db.segment.findFirst({ where: { accountId, id }, select: SEGMENT_FIELDS });
    return row ? toRow(row) : null;
  }

  static toRow = toRow;
}
