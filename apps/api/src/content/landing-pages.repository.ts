import { Inject, Injectable } from '@nestjs/common';
import { type Database, type Prisma, type PublishState, tenancy } from '@partner-portal/db';
import type { Page, PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';

type Tx = Prisma.TransactionClient;
export type LandingPageRow = Prisma.LandingPageModel;
export type LandingPageSummary = Omit<LandingPageRow, 'bodyHtml'>;

export const LANDING_PAGE_SORTS = ['createdAt', 'updatedAt', 'title'] as const;
export type LandingPageSort = (typeof LANDING_PAGE_SORTS)[number];
export interface LandingPageFilter {
  q?: string;
  state?: PublishState;
}

@Injectable()
export class LandingPagesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Summaries without their HTML: a page of them stays small however large the pages are. */
  async page(accountId: string, request: PageRequest<LandingPageSort, LandingPageFilter>): Promise<Page<LandingPageSummary>> {
    const { q, state } = request.filter;
    const where: Prisma.LandingPageWhereInput = {
      accountId,
      ...(state ? { state } : {}),
      ...(q ? { OR: [{ title: { contains: q, mode: 'insensitive' } }, { slug: { contains: q, mode: 'insensitive' } }] } : {}),
    };
    const direction = request.sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.landingPage.count({ where }),
      this.db.landingPage.findMany({
        where,
        omit: { bodyHtml: true },
        orderBy: [{ [request.sort.field]: direction }, { id: direction }],
        take: request.limit,
        skip: request.offset,
      }),
    ]);
    return { data, total };
  }

  find(accountId: string, id: string, tx: Tx = this.db): Promise<LandingPageRow | null> {
    return tx.landingPage.findFirst({ where: { accountId, id } });
  }

  /** The one read of pages across accounts (path public-pages): published ones only. */
  findPublished(slug: string): Promise<Pick<LandingPageRow, 'title' | 'bodyHtml' | 'htmlPolicy'> | null> {
    return tenancy.crossing('public-pages', () =>
      this.db.landingPage.findFirst({ where: { slug, state: 'PUBLISHED' }, select: { title: true, bodyHtml: true, htmlPolicy: true } }),
    );
  }

  create(tx: Tx, data: Prisma.LandingPageUncheckedCreateInput): Promise<LandingPageRow> {
    return tx.landingPage.create({ data });
  }
}
