import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, type Prisma, tenancy } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { isUniqueViolation } from '../common/prisma-errors.js';
import { updateVersioned } from '../common/versioned-store.js';
import { versionConflict } from '../common/versioning.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { slugify } from '../content/slug.js';
import { DATABASE } from '../database/database.module.js';
import { type FeedFormat, renderFeed } from './archive-feeds.js';
import { archivedCampaignHtml, type ArchiveEntry, renderArchivedCampaign, renderArchivePage } from './archive-html.js';
import { ArchiveUrls } from './archive-urls.js';
import { ArchiveRepository, type ArchiveSettings, listedCampaigns, type ListedCampaign } from './archive.repository.js';
import type { ArchiveListingChoice, PutArchiveDto } from './dto/archive.dto.js';

export const PAGE_SIZE = 20;
const FEED_SIZE = 50;

const archiveNotFound = () => new AppError(HttpStatus.NOT_FOUND, 'ARCHIVE_NOT_FOUND', 'There is no newsletter archive at this address.');
const pageNotFound = () => new AppError(HttpStatus.NOT_FOUND, 'ARCHIVE_PAGE_NOT_FOUND', 'There is no such page in this newsletter archive.');
const slugTaken = (slug: string) => new AppError(HttpStatus.CONFLICT, 'ARCHIVE_SLUG_TAKEN', `Another archive is at "${slug}"; choose another address.`);
const ARCHIVE_SETTINGS_NOT_FOUND: [string, string] = ['ARCHIVE_NOT_FOUND', 'archive'];
const campaignNotFound = () => new AppError(HttpStatus.NOT_FOUND, 'CAMPAIGN_NOT_FOUND', 'No such campaign in this account.');

interface ArchiveFields {
  slug: string;
  enabled: boolean;
  listByDefault: boolean;
}

/** The newsletter archive: its settings in the portal, and the public pages and feeds it publishes. */
@Injectable()
export class ArchiveService {
  private readonly urls: ArchiveUrls;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly archive: ArchiveRepository,
    private readonly audit: AuditRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.urls = new ArchiveUrls(config);
  }

  // The portal's side.

  async view(context: AccountContext) {
    const accountId = context.account.id;
    const stored = await this.archive.settings(accountId);
    const settings = stored ?? { slug: slugify(context.account.name) || 'newsletter', enabled: false, listByDefault: true, version: 0, updatedAt: null };
    const counts = await this.archive.listedCountsByAuthor(listedCampaigns({ accountId, listByDefault: settings.listByDefault }));
    const authors = (await this.archive.authors(accountId)).map((author) => ({
      userId: author.userId,
      name: author.name,
      slug: author.slug,
      listedCampaigns: counts.get(author.userId) ?? 0,
      pageRemoved: author.pageRemovedAt !== null,
      url: author.pageRemovedAt ? null : this.urls.author(settings.slug, author.slug),
    }));
    return {
      slug: settings.slug,
      enabled: settings.enabled,
      listByDefault: settings.listByDefault,
      version: settings.version,
      updatedAt: settings.updatedAt,
      url: this.urls.account(settings.slug),
      feeds: this.urls.feeds(settings.slug),
      authors,
    };
  }

  async put(context: AccountContext, actorUserId: string, version: number, input: PutArchiveDto) {
    const accountId = context.account.id;
    const fields: ArchiveFields = { slug: input.slug, enabled: input.enabled, listByDefault: input.listByDefault };
    try {
      await this.db.$transaction(async (tx) => {
        const saved = version === 0 ? await this.insertFirst(tx, accountId, fields) : await updateVersioned(tx.newsletterArchive, { where: { accountId }, version, notFound: ARCHIVE_SETTINGS_NOT_FOUND }, fields);
        await this.audit.record({ accountId, actorUserId, action: 'archive.updated', targetType: 'account', targetId: accountId, data: { ...fields, version: saved.version } }, tx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken(input.slug);
      throw error;
    }
    return this.view(context);
  }

  /** Version 0 is the suggestion nobody saved yet: whoever writes it second gets 412, like any stale version. */
  private async insertFirst(tx: Prisma.TransactionClient, accountId: string, fields: ArchiveFields) {
    const [created] = await tx.newsletterArchive.createManyAndReturn({ data: [{ accountId, ...fields }], skipDuplicates: true });
    if (created) return created;
    const current = await tx.newsletterArchive.findUnique({ where: { accountId } });
    // Skipped for another account's row at that address: the slug, not the version, is the conflict.
    if (!current) throw slugTaken(fields.slug);
    throw versionConflict(current);
  }

  /** Takes an author's own page down; their campaigns stay on the account's page. */
  async removeAuthorPage(context: AccountContext, actorUserId: string, userId: string): Promise<void> {
    const accountId = context.account.id;
    const author = await this.archive.author(accountId, { userId });
    if (!author) throw new AppError(HttpStatus.NOT_FOUND, 'AUTHOR_NOT_FOUND', 'This person has sent no campaign of this account.');
    if (author.pageRemovedAt) return;
    await this.db.$transaction(async (tx) => {
      await tx.archiveAuthor.update({ where: { accountId_userId: { accountId, userId } }, data: { pageRemovedAt: new Date() } });
      await this.audit.record({ accountId, actorUserId, action: 'archive.author-page-removed', targetType: 'user', targetId: userId, data: { slug: author.slug } }, tx);
    });
  }

  async campaignListing(context: AccountContext, campaignId: string) {
    const accountId = context.account.id;
    const campaign = await this.db.campaign.findFirst({ where: { accountId, id: campaignId }, select: { id: true, status: true, archiveSlug: true, archiveListing: true } });
    if (!campaign) throw campaignNotFound();
    const settings = await this.archive.settings(accountId);
    const listByDefault = settings?.listByDefault ?? true;
    // Counted in the account's scope alone: whether a list is restricted does not depend on who asks.
    const restricted = await tenancy.run({ accountId }, () => this.db.campaignList.count({ where: { accountId, campaignId, list: { access: { some: {} } } } })) > 0;
    const choice: ArchiveListingChoice = campaign.archiveListing ? (campaign.archiveListing.listed ? 'LISTED' : 'UNLISTED') : 'DEFAULT';
    const listed = campaign.status === 'SENT' && campaign.archiveSlug !== null && (choice === 'LISTED' || (choice === 'DEFAULT' && listByDefault && !restricted));
    return {
      campaignId,
      choice,
      listed,
      restricted,
      archiveEnabled: settings?.enabled ?? false,
      url: listed && settings ? this.urls.campaign(settings.slug, campaign.archiveSlug!) : null,
    };
  }

  async setCampaignListing(context: AccountContext, actorUserId: string, campaignId: string, choice: ArchiveListingChoice) {
    const accountId = context.account.id;
    const campaign = await this.db.campaign.findFirst({ where: { accountId, id: campaignId }, select: { status: true } });
    if (!campaign) throw campaignNotFound();
    if (campaign.status !== 'SENT') throw new AppError(HttpStatus.CONFLICT, 'CAMPAIGN_NOT_SENT', 'Only a sent campaign can be shown in the archive.');
    await this.db.$transaction(async (tx) => {
      if (choice === 'DEFAULT') await tx.archiveListing.deleteMany({ where: { accountId, campaignId } });
      else {
        const listing = { listed: choice === 'LISTED', changedById: actorUserId, changedAt: new Date() };
        await tx.archiveListing.upsert({ where: { accountId_campaignId: { accountId, campaignId } }, create: { accountId, campaignId, ...listing }, update: listing });
      }
      await this.audit.record({ accountId, actorUserId, action: 'archive.campaign-listing-changed', targetType: 'campaign', targetId: campaignId, data: { choice } }, tx);
    });
    return this.campaignListing(context, campaignId);
  }

  /** The campaign as the archive would show it, for the portal's preview; any status. */
  async preview(context: AccountContext, campaignId: string): Promise<string> {
    const campaign = await this.db.campaign.findFirst({ where: { accountId: context.account.id, id: campaignId }, select: { subject: true, bodyHtml: true } });
    if (!campaign) throw campaignNotFound();
    return renderArchivedCampaign({ subject: campaign.subject, html: archivedCampaignHtml(campaign.bodyHtml) });
  }

  // The public side: found by address, then read in that account's scope alone.

  private async publicArchive<T>(slug: string, work: (archive: ArchiveSettings) => Promise<T>): Promise<T> {
    const archive = await this.archive.findPublic(slug);
    if (!archive) throw archiveNotFound();
    return tenancy.run({ accountId: archive.accountId }, () => work(archive));
  }

  accountPage(slug: string, query: { q?: string; page: number }): Promise<string> {
    return this.publicArchive(slug, async (archive) => {
      const q = query.q?.trim() ?? '';
      const where = { ...listedCampaigns(archive), ...(q ? { subject: { contains: q, mode: 'insensitive' as const } } : {}) };
      const { total, rows } = await this.archive.listedPage(where, { skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE });
      const authors = await this.publicAuthors(archive);
      const title = await this.accountName(archive.accountId);
      const counts = await this.archive.listedCountsByAuthor(listedCampaigns(archive));
      return renderArchivePage({
        title: `${title}: newsletter archive`,
        heading: `${title}: newsletter archive`,
        entries: rows.map((row) => this.entry(archive, row, authors)),
        search: { q, action: this.urls.account(slug) },
        pages: this.pages(query.page, total, (page) => this.urls.account(slug, { q, page })),
        feeds: this.urls.feeds(slug),
        authors: [...authors.values()].filter((author) => author.url && counts.get(author.userId)).map((author) => ({ name: author.name, url: author.url! })),
        empty: q ? `No campaign's subject holds "${q}".` : 'No newsletter has been published here yet.',
      });
    });
  }

  authorPage(slug: string, authorSlug: string, query: { page: number }): Promise<string> {
    return this.publicArchive(slug, async (archive) => {
      const author = await this.archive.author(archive.accountId, { slug: authorSlug });
      if (!author || author.pageRemovedAt) throw pageNotFound();
      const where = { ...listedCampaigns(archive), sentById: author.userId };
      const { total, rows } = await this.archive.listedPage(where, { skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE });
      const title = await this.accountName(archive.accountId);
      return renderArchivePage({
        title: `${author.name}: newsletters of ${title}`,
        heading: `Newsletters by ${author.name}`,
        subheading: { text: `All newsletters of ${title}`, url: this.urls.account(slug) },
        entries: rows.map((row) => this.entry(archive, row, new Map())),
        pages: this.pages(query.page, total, (page) => this.urls.author(slug, authorSlug, { page })),
        feeds: this.urls.feeds(slug, authorSlug),
        empty: `${author.name} has no newsletter in this archive.`,
      });
    });
  }

  campaignPage(slug: string, campaignSlug: string): Promise<string> {
    return this.publicArchive(slug, async (archive) => {
      const campaign = await this.archive.listedCampaign({ ...listedCampaigns(archive), archiveSlug: campaignSlug });
      if (!campaign) throw pageNotFound();
      return renderArchivedCampaign({ subject: campaign.subject, html: archivedCampaignHtml(campaign.bodyHtml) });
    });
  }

  feed(slug: string, format: FeedFormat, authorSlug?: string): Promise<string> {
    return this.publicArchive(slug, async (archive) => {
      const author = authorSlug ? await this.archive.author(archive.accountId, { slug: authorSlug }) : null;
      if (authorSlug && (!author || author.pageRemovedAt)) throw pageNotFound();
      const where = { ...listedCampaigns(archive), ...(author ? { sentById: author.userId } : {}) };
      const rows = await this.archive.recentWithBodies(where, FEED_SIZE);
      const authors = await this.publicAuthors(archive);
      const name = await this.accountName(archive.accountId);
      return renderFeed(
        {
          title: author ? `Newsletters by ${author.name} (${name})` : `${name}: newsletter archive`,
          link: author ? this.urls.author(slug, author.slug) : this.urls.account(slug),
          feedLinks: this.urls.feeds(slug, author?.slug),
          items: rows.map((row) => ({
            subject: row.subject,
            url: this.urls.campaign(slug, row.archiveSlug!),
            sentAt: row.sentAt!,
            author: (row.sentById && authors.get(row.sentById)?.name) || null,
            html: archivedCampaignHtml(row.bodyHtml),
          })),
        },
        format,
      );
    });
  }

  private async publicAuthors(archive: ArchiveSettings) {
    const authors = await this.archive.authors(archive.accountId);
    return new Map(authors.map((author) => [author.userId, { userId: author.userId, name: author.name, url: author.pageRemovedAt ? null : this.urls.author(archive.slug, author.slug) }]));
  }

  private entry(archive: ArchiveSettings, row: ListedCampaign, authors: Map<string, { name: string; url: string | null }>): ArchiveEntry {
    const author = row.sentById ? authors.get(row.sentById) : undefined;
    return { subject: row.subject, sentAt: row.sentAt!, url: this.urls.campaign(archive.slug, row.archiveSlug!), author: author ? { name: author.name, url: author.url } : null };
  }

  private pages(current: number, total: number, url: (page: number) => string) {
    const count = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (current > count) throw pageNotFound();
    return { current, count, url };
  }

  private async accountName(accountId: string): Promise<string> {
    const account = await this.db.account.findFirst({ where: { id: accountId }, select: { name: true } });
    return account?.name ?? 'Newsletter archive';
  }
}
