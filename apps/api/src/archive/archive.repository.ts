import { Inject, Injectable } from '@nestjs/common';
import { type Database, type Prisma, tenancy } from '@partner-portal/db';
import { DATABASE } from '../database/database.module.js';

export interface ArchiveSettings {
  accountId: string;
  slug: string;
  enabled: boolean;
  listByDefault: boolean;
}

/** What a campaign's archive listing looks like to the public pages: sent, addressed, and listed. */
export function listedCampaigns(archive: Pick<ArchiveSettings, 'accountId' | 'listByDefault'>): Prisma.CampaignWhereInput {
  return {
    accountId: archive.accountId,
    status: 'SENT',
    sentAt: { not: null },
    archiveSlug: { not: null },
    OR: [
      { archiveListing: { is: { listed: true } } },
      // By default only campaigns none of whose lists is restricted to chosen members.
      ...(archive.listByDefault ? [{ archiveListing: { is: null }, lists: { none: { list: { access: { some: {} } } } } }] : []),
    ],
  };
}

const LISTED_FIELDS = { id: true, subject: true, sentAt: true, archiveSlug: true, sentById: true } as const;
export type ListedCampaign = Prisma.CampaignGetPayload<{ select: typeof LISTED_FIELDS }>;

/** Every read and write of the newsletter archive. */
@Injectable()
export class ArchiveRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  settings(accountId: string) {
    return this.db.newsletterArchive.findUnique({ where: { accountId } });
  }

  /** The one read across accounts (path public-archive): an archive that is on, by its address. */
  findPublic(slug: string): Promise<ArchiveSettings | null> {
    return tenancy.crossing('public-archive', () =>
      this.db.newsletterArchive.findFirst({ where: { slug, enabled: true }, select: { accountId: true, slug: true, enabled: true, listByDefault: true } }),
    );
  }

  authors(accountId: string) {
    return this.db.archiveAuthor.findMany({ where: { accountId }, orderBy: { name: 'asc' } });
  }

  author(accountId: string, by: { slug: string } | { userId: string }) {
    return this.db.archiveAuthor.findFirst({ where: { accountId, ...by } });
  }

  async listedPage(where: Prisma.CampaignWhereInput, page: { skip: number; take: number }): Promise<{ total: number; rows: ListedCampaign[] }> {
    const [total, rows] = await Promise.all([
      this.db.campaign.count({ where }),
      this.db.campaign.findMany({ where, select: LISTED_FIELDS, orderBy: [{ sentAt: 'desc' }, { id: 'asc' }], skip: page.skip, take: page.take }),
    ]);
    return { total, rows };
  }

  recentWithBodies(where: Prisma.CampaignWhereInput, take: number) {
    return this.db.campaign.findMany({ where, select: { ...LISTED_FIELDS, bodyHtml: true }, orderBy: [{ sentAt: 'desc' }, { id: 'asc' }], take });
  }

  listedCampaign(where: Prisma.CampaignWhereInput) {
    return this.db.campaign.findFirst({ where, select: { ...LISTED_FIELDS, bodyHtml: true } });
  }

  /** Per author, how many of their campaigns are listed now. */
  async listedCountsByAuthor(where: Prisma.CampaignWhereInput): Promise<Map<string, number>> {
    const groups = await this.db.campaign.groupBy({ by: ['sentById'], where, _count: { _all: true } });
    return new Map(groups.filter((group) => group.sentById).map((group) => [group.sentById!, group._count._all]));
  }
}
