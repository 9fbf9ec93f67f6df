import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, type Pool, Prisma, readInScope, writeInScope } from '@partner-portal/db';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import { containsPattern, type Page, type PageRequest } from '../common/paging.js';
import { assignments, type ColumnOf, versionedEditStatement } from '../common/versioned-statement.js';
import { DATABASE, PG_POOL } from '../database/database.module.js';

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

/** The fields an edit may change, as PATCH sends them. */
export type CampaignFields = Partial<Pick<Prisma.CampaignUncheckedCreateInput, 'name' | 'subject' | 'fromName' | 'fromEmail' | 'bodyHtml' | 'bodyText'>>;

const FIELD_COLUMNS: ColumnOf<keyof CampaignFields> = {
  name: { column: 'name' },
  subject: { column: 'subject' },
  fromName: { column: 'from_name' },
  fromEmail: { column: 'from_email' },
  bodyHtml: { column: 'body_html' },
  bodyText: { column: 'body_text' },
};

/** The columns of SUMMARY, as the hot reads below select them on the pool. */
const SUMMARY_COLUMNS = Prisma.sql`
  c.id, c.name, c.subject, c.from_name AS "fromName", c.from_email AS "fromEmail", c.status::text AS status,
  c.scheduled_at AS "scheduledAt", c.send_started_at AS "sendStartedAt", c.sent_at AS "sentAt",
  c.recipient_count AS "recipientCount", c.sent_count AS "sentCount", c.failed_count AS "failedCount",
  c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

const CAMPAIGN_COLUMNS = Prisma.sql`${SUMMARY_COLUMNS},
  c.account_id AS "accountId", c.body_html AS "bodyHtml", c.body_text AS "bodyText",
  c.created_by_id AS "createdById", c.sent_by_id AS "sentById", c.archive_slug AS "archiveSlug",
  array(SELECT cl.list_id::text FROM campaign_list cl WHERE cl.account_id = c.account_id AND cl.campaign_id = c.id ORDER BY cl.list_id) AS "listIds"`;

const SORT_COLUMNS: Record<CampaignSort, Prisma.Sql> = {
  createdAt: Prisma.raw('c.created_at'),
  name: Prisma.raw('c.name'),
  scheduledAt: Prisma.raw('c.scheduled_at'),
};

/** One statement for a page of an account's campaigns and their total, as campaigns.page returns it. */
export function campaignsPageQuery(accountId: string, { limit, offset, sort, filter }: PageRequest<CampaignSort, CampaignFilter>): Prisma.Sql {
  const conditions = [Prisma.sql`c.account_id = ${accountId}::uuid`];
  if (filter.status) conditions.push(Prisma.sql`c.status = ${filter.status}::"CampaignStatus"`);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(Prisma.sql`(c.name ILIKE ${pattern} OR c.subject ILIKE ${pattern})`);
  }
  const direction = sort.descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const nulls = sort.field === 'scheduledAt' ? Prisma.sql`NULLS LAST` : Prisma.empty;
  return Prisma.sql`
    SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total
    FROM campaign c
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${SORT_COLUMNS[sort.field]} ${direction} ${nulls}, c.id ASC
    LIMIT ${limit} OFFSET ${offset}`;
}

/** A campaign as CAMPAIGN_COLUMNS select it. */
type SelectedRow = Omit<CampaignRow, 'lists'> & { listIds: string[] };

const withLists = ({ listIds, ...campaign }: SelectedRow): CampaignRow => ({ ...campaign, lists: listIds.map((listId) => ({ listId })) });

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
  constructor(
    @Inject(DATABASE) readonly db: Database,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  /** A hot read: one statement on the pool, under the request's scope, instead of a count and a findMany through Prisma. */
  async page(accountId: string, request: PageRequest<CampaignSort, CampaignFilter>): Promise<Page<unknown>> {
    const rows = await readInScope<{ total: string }>(this.pool, campaignsPageQuery(accountId, request));
    if (rows.length === 0 && request.offset > 0) return { data: [], total: (await this.page(accountId, { ...request, limit: 1, offset: 0 })).total };
    return { total: rows.length > 0 ? Number(rows[0]!.total) : 0, data: rows.map(({ total: _total, ...campaign }) => campaign) };
  }

  /** The campaign and its lists' ids in one statement: outside a transaction on the pool (a hot read), inside it on the transaction. */
  async find(accountId: string, id: string, tx?: Tx): Promise<CampaignRow | null> {
    const query = Prisma.sql`SELECT ${CAMPAIGN_COLUMNS} FROM campaign c WHERE c.account_id = ${accountId}::uuid AND c.id = ${id}::uuid`;
    const [row] = tx ? await tx.$queryRaw<SelectedRow[]>(query) : await readInScope<SelectedRow>(this.pool, query);
    return row ? withLists(row) : null;
  }

  /**
   * Writes `fields` and the edit's audit row (naming the fields `sent`) in one statement on the pool, if
   * the campaign is still at `version`, not being sent, and a draft unless `mayEditPublished`; null if
   * it was not written.
   */
  async editAt(
    accountId: string,
    id: string,
    version: number,
    fields: CampaignFields,
    { actorUserId, mayEditPublished, sent }: { actorUserId: string; mayEditPublished: boolean; sent: readonly string[] },
  ): Promise<CampaignRow | null> {
    const statement = versionedEditStatement({
      table: 'campaign',
      accountId,
      id,
      version,
      set: assignments(FIELD_COLUMNS, fields),
      allowedWhen: Prisma.sql`c.status <> 'SENDING' AND (c.status = 'DRAFT' OR ${mayEditPublished}::boolean)`,
      audit: {
        actorUserId,
        action: 'campaign.updated',
        targetType: 'campaign',
        data: Prisma.sql`jsonb_build_object('status', c.status, 'fields', ${JSON.stringify(sent)}::jsonb)`,
      },
      returning: CAMPAIGN_COLUMNS,
    });
    const [row] = await writeInScope<SelectedRow>(this.pool, statement);
    return row ? withLists(row) : null;
  }

  async get(accountId: string, id: string, tx?: Tx): Promise<CampaignRow> {
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
