import { Inject, Injectable } from '@nestjs/common';
import { type Database, Prisma } from '@partner-portal/db';
import { containsPattern, type Page, type PageRequest } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';

export const CLIENT_SORT_FIELDS = ['name', 'createdAt', 'billingMode', 'ownerEmail'] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];

export interface ClientFilter {
  q?: string;
  billingMode?: 'SINGLE_BILL' | 'DIRECT';
  ownerStatus?: 'ACTIVE' | 'PENDING' | 'NONE';
}

export interface ClientRow {
  id: string;
  name: string;
  billingMode: 'SINGLE_BILL' | 'DIRECT';
  createdAt: Date;
  owner: { email: string; status: 'ACTIVE' | 'PENDING' } | null;
  people: number;
}

/** Columns of the `clients` step of the query below. */
const SORT_COLUMNS: Record<ClientSortField, Prisma.Sql> = {
  name: Prisma.raw('sort_name'),
  createdAt: Prisma.raw('created_at'),
  billingMode: Prisma.raw('billing_mode'),
  ownerEmail: Prisma.raw('owner_email'),
};

interface Row {
  id: string;
  name: string;
  billing_mode: 'SINGLE_BILL' | 'DIRECT';
  created_at: Date;
  owner_email: string | null;
  owner_status: 'ACTIVE' | 'PENDING' | 'NONE';
  people: number;
  total: number;
}

/** The Accounts tab: one query for a page of a partner's clients and their total. */
@Injectable()
export class ClientsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(partnerId: string, request: PageRequest<ClientSortField, ClientFilter>): Promise<Page<ClientRow>> {
    const { filter, sort } = request;
    const conditions = [Prisma.sql`c.partner_id = ${partnerId}::uuid`];
    if (filter.q) conditions.push(Prisma.sql`c.name ILIKE ${containsPattern(filter.q)}`);
    if (filter.billingMode) conditions.push(Prisma.sql`c.billing_mode = ${filter.billingMode}::"BillingMode"`);
    const ownerCondition = filter.ownerStatus ? Prisma.sql`WHERE owner_status = ${filter.ownerStatus}` : Prisma.empty;
    const direction = sort.descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;

    const rows = await this.db.$queryRaw<Row[]>`
      WITH clients AS (
        SELECT c.id, c.name, lower(c.name) AS sort_name, c.billing_mode::text AS billing_mode, c.created_at,
               COALESCE(owner.email, pending.email) AS owner_email,
               CASE WHEN owner.email IS NOT NULL THEN 'ACTIVE' WHEN pending.email IS NOT NULL THEN 'PENDING' ELSE 'NONE' END AS owner_status
        FROM account c
        LEFT JOIN LATERAL (
          SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.account_id = c.id AND m.role = 'ACCOUNT_OWNER'
        ) owner ON true
        LEFT JOIN LATERAL (
          SELECT i.email FROM invitation i
          WHERE i.account_id = c.id AND i.role = 'ACCOUNT_OWNER' AND i.state = 'PENDING'
          LIMIT 1
        ) pending ON true
        WHERE ${Prisma.join(conditions, ' AND ')}
      ),
      page AS (
        SELECT clients.*, count(*) OVER () AS total FROM clients ${ownerCondition}
        ORDER BY ${SORT_COLUMNS[sort.field]} ${direction}, id
        LIMIT ${request.limit} OFFSET ${request.offset}
      )
      SELECT page.*,
             ((SELECT count(*) FROM membership m WHERE m.account_id = page.id)
              + (SELECT count(*) FROM invitation i WHERE i.account_id = page.id AND i.state = 'PENDING'))::int AS people
      FROM page
      ORDER BY ${SORT_COLUMNS[sort.field]} ${direction}, id`;

    const total = rows.length > 0 ? Number(rows[0]!.total) : request.offset === 0 ? 0 : await this.count(partnerId, filter);
    return {
      total,
      data: rows.map((row) => ({
        id: row.id,
        name: row.name,
        billingMode: row.billing_mode,
        createdAt: row.created_at,
        owner: row.owner_email && row.owner_status !== 'NONE' ? { email: row.owner_email, status: row.owner_status } : null,
        people: row.people,
      })),
    };
  }

  /** Only needed when a page past the end comes back empty. */
  private async count(partnerId: string, filter: ClientFilter): Promise<number> {
    const page = await this.page(partnerId, { limit: 1, offset: 0, sort: { field: 'name', descending: false }, filter });
    return page.total;
  }
}
