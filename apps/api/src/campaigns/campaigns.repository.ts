import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import type { Page, PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';

export type Tx = Prisma.TransactionClient;
export const CAMPAIGN_NOT_FOUND = ['CAMPAIGN_NOT_FOUND', 'campaign'] as const satisfies [string, string];

export const CAMPAIGN_STATUSES = ['DRAFT', 'SCHEDULED', 'SENDING', 'SENT'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const RECIPIENT_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

export type CampaignSort = 'createdAt' | 'name' | 'scheduledAt';
export interface CampaignFilter {
  status?: CampaignStatus;
  q?: string;
}
export type RecipientSort = 'email' | 'sentAt';
export interface RecipientFilter {
  status?: RecipientStatus;
  q?: string;
}

const SUMMARY = {
  id: true,
  name: true,
  subject: true,
  fromName: true,
  fromEmail: true,
  status: true,
  scheduledAt: true,
  sendStartedAt: true,
  sentAt: true,
  recipientCount: true,
  sentCount: true,
  failedCount: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.CampaignSelect;

export type CampaignRow = Prisma.CampaignGetPayload<{ include: { lists: { select: { listId: true } } } }>;

export const unknownLists = (unknown: readonly string[]) =>
  new AppError(HttpStatus.BAD_REQUEST, 'UNKNOWN_LIST', 'Every list must be a list of this account.', {}, { unknown });

/** A campaign as the API shows it: its fields, its lists' ids and its version (the ETag). */
export function campaignView({ lists, accountId: _accountId, createdById: _createdById, sentById: _sentById, archiveSlug: _archiveSlug, ...campaign }: CampaignRow) {
  return { ...campaign, listIds: lists.map((list) => list.listId) };
}
export type CampaignView = ReturnType<typeof campaignView>;

/** Every read and write of campaigns, their lists and their recipients. */
@Injectable()
export class CampaignsRepository {
  constructor(@Inject(DATABASE) readonly db: Database) {}

  async page(accountId: string, { limit, offset, sort, filter }: PageRequest<CampaignSort, CampaignFilter>): Promise<Page<unknown>> {
    const where: Prisma.CampaignWhereInput = {
      accountId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.q
        ? { OR: [{ name: { contains: filter.q, mode: 'insensitive' } }, { subject: { contains: filter.q, mode: 'insensitive' } }] }
        : {}),
    };
    const direction = sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.campaign.count({ where }),
      this.db.campaign.findMany({
        where,
        select: SUMMARY,
        orderBy: [{ [sort.field]: sort.field === 'scheduledAt' ? { sort: direction, nulls: 'last' } : direction }, { id: 'asc' }],
        take: limit,
        skip: offset,
      }),
    ]);
    return { data, total };
  }

  async find(accountId: string, id: string, tx: Tx = this.db): Promise<CampaignRow | null> {
    return tx.campaign.findFirst({ where: { accountId, id }, include: { lists: { select: { listId: true }, orderBy: { listId: 'asc' } } } });
  }

  async get(accountId: string, id: string, tx: Tx = this.db): Promise<CampaignRow> {
    const campaign = await this.find(accountId, id, tx);
    if (!campaign) throw notFound(...CAMPAIGN_NOT_FOUND);
    return campaign;
  }

  /** Replaces the campaign's lists; every list must belong to the account (400 UNKNOWN_LIST otherwise). */
  async setLists(tx: Tx, accountId: string, campaignId: string, listIds: readonly string[]): Promise<void> {
    const found = await tx.contactList.findMany({ where: { accountId, id: { in: [...listIds] } }, select: { id: true } });
    if (found.length !== new Set(listIds).size) {
      const known = new Set(found.map((list) => list.id));
      throw unknownLists(listIds.filter((id) => !known.has(id)));
    }
    await tx.campaignList.deleteMany({ where: { accountId, campaignId } });
    if (listIds.length > 0) await tx.campaignList.createMany({ data: listIds.map((listId) => ({ accountId, campaignId, listId })) });
  }

  async countLists(tx: Tx, accountId: string, campaignId: string): Promise<number> {
    return tx.campaignList.count({ where: { accountId, campaignId } });
  }

  async recipientsPage(
    accountId: string,
    campaignId: string,
    { limit, offset, sort, filter }: PageRequest<RecipientSort, RecipientFilter>,
  ): Promise<Page<unknown>> {
    const where: Prisma.CampaignRecipientWhereInput = {
      accountId,
      campaignId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.q ? { email: { contains: filter.q, mode: 'insensitive' } } : {}),
    };
    const direction = sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.campaignRecipient.count({ where }),
      this.db.campaignRecipient.findMany({
        where,
        select: { contactId: true, email: true, status: true, error: true, attempts: true, sentAt: true },
        orderBy: [{ [sort.field]: sort.field === 'sentAt' ? { sort: direction, nulls: 'last' } : direction }, { contactId: 'asc' }],
        take: limit,
        skip: offset,
      }),
    ]);
    return { data, total };
  }
}
