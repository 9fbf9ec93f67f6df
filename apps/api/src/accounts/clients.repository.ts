import { Inject, Injectable } from '@nestjs/common';
import { type Pool, Prisma, readInScope, tenancy } from '@partner-portal/db';
import { containsPattern, type Page, type PageRequest } from '../common/paging.js';
import { PG_POOL } from '../database/database.module.js';

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
  /** count(*): int8, which pg hands over as a string. */
  total: string;
}

const OWNER_COLUMNS = Prisma.sql`
  COALESCE(owner.email, pending.email) AS owner_email,
  CASE WHEN owner.email IS NOT NULL THEN 'ACTIVE' WHEN pending.email IS NOT NULL THEN 'PENDING' ELSE 'NONE' END AS owner_status`;

const ownerJoins = (client: Prisma.Sql) => Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
    WHERE m.account_id = ${client}.id AND m.role = 'ACCOUNT_OWNER'
  ) owner ON true
  LEFT JOIN LATERAL (
    SELECT i.email FROM invitation i
    WHERE i.account_id = ${client}.id AND i.role = 'ACCOUNT_OWNER' AND i.state = 'PENDING'
    LIMIT 1
  ) pending ON true`;

/**
 * One query for a page of a partner's clients and their total. The owner is looked up for the
 * page's rows only, unless the filter or the sort needs it for every candidate.
 */
export function clientsPageQuery(partnerId: string, request: PageRequest<ClientSortField, ClientFilter>): Prisma.Sql {
  const { filter, sort } = request;
  const conditions = [Prisma.sql`c.partner_id = ${partnerId}::uuid`];
  if (filter.q) conditions.push(Prisma.sql`c.name ILIKE ${containsPattern(filter.q)}`);
  if (filter.billingMode) conditions.push(Prisma.sql`c.billing_mode = ${filter.billingMode}::"BillingMode"`);
  const ownerFirst = filter.ownerStatus !== undefined || sort.field === 'ownerEmail';
  const ownerCondition = filter.ownerStatus ? Prisma.sql`WHERE owner_status = ${filter.ownerStatus}` : Prisma.empty;
  const order = Prisma.sql`${SORT_COLUMNS[sort.field]} ${sort.descending ? Prisma.sql`DESC` : Prisma.sql`ASC`}, id`;

  return Prisma.sql`
    WITH candidates AS (
      SELECT c.id, c.name, lower(c.name) AS sort_name, c.billing_mode::text AS billing_mode, c.created_at
             ${ownerFirst ? Prisma.sql`, ${OWNER_COLUMNS}` : Prisma.empty}
      FROM account c ${ownerFirst ? ownerJoins(Prisma.raw('c')) : Prisma.empty}
      WHERE ${Prisma.join(conditions, ' AND ')}
    ),
    page AS (
      SELECT candidates.*, count(*) OVER () AS total FROM candidates ${ownerCondition}
      ORDER BY ${order}
      LIMIT ${request.limit} OFFSET ${request.offset}
    )
    SELECT page.* ${ownerFirst ? Prisma.empty : Prisma.sql`, ${OWNER_COLUMNS}`},
           ((SELECT count(*) FROM membership m WHERE m.account_id = page.id)
            + (SELECT count(*) FROM invitation i WHERE i.account_id = page.id AND i.state = 'PENDING'))::int AS people
    FROM page ${ownerFirst ? Prisma.empty : ownerJoins(Prisma.raw('page'))}
    ORDER BY ${order}`;
}

/**
 * The Accounts tab: the partner's scope widened to its clients' people (path partner-clients). A hot
 * read of a large partner's every client, so it runs on the pool itself rather than through Prisma.
 */
@Injectable()
export class ClientsRepository {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async page(partnerId: string, request: PageRequest<ClientSortField, ClientFilter>): Promise<Page<ClientRow>> {
    const query = clientsPageQuery(partnerId, request);
    const rows = await tenancy.crossing('partner-clients', () => readInScope<Row>(this.pool, query));
    const total = rows.length > 0 ? Number(rows[0]!.total) : request.offset === 0 ? 0 : await this.count(partnerId, request.filter);
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
