import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import type { Page } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import { PLAN_PRICES_CENTS, type PlanName } from './plans.js';

const RECENT_CHARGES = 20;

export interface SingleBillLine {
  clientId: string;
  clientName: string;
  plan: PlanName;
  monthlyPriceCents: number;
}

@Injectable()
export class BillingRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async summary(accountId: string) {
    const [account, charges] = await Promise.all([
      this.db.account.findUniqueOrThrow({ where: { id: accountId }, select: { plan: true, kind: true, billingMode: true } }),
      this.db.charge.findMany({
        where: { accountId },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: RECENT_CHARGES,
        select: { id: true, kind: true, description: true, amountCents: true, currency: true, createdAt: true },
      }),
    ]);
    return {
      plan: account.plan,
      monthlyPriceCents: PLAN_PRICES_CENTS[account.plan],
      currency: 'USD',
      paidBy: account.billingMode === 'SINGLE_BILL' ? 'PARTNER' : 'ACCOUNT',
      recentCharges: charges,
      singleBill: account.kind === 'PARTNER' ? await this.singleBillTotals(accountId) : null,
    };
  }

  /** The partner's consolidated bill: one line per Single Bill client. */
  async singleBillLines(partnerId: string, limit: number, offset: number): Promise<Page<SingleBillLine>> {
    const where = { partnerId, billingMode: 'SINGLE_BILL' as const };
    const [total, clients] = await Promise.all([
      this.db.account.count({ where }),
      this.db.account.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: limit, skip: offset, select: { id: true, name: true, plan: true } }),
    ]);
    return {
      total,
      data: clients.map((client) => ({ clientId: client.id, clientName: client.name, plan: client.plan, monthlyPriceCents: PLAN_PRICES_CENTS[client.plan] })),
    };
  }

  private async singleBillTotals(partnerId: string) {
    const rows = await this.db.$queryRaw<{ plan: PlanName; clients: number }[]>`
      SELECT plan::text AS plan, count(*)::int AS clients FROM account
      WHERE partner_id = ${partnerId}::uuid AND billing_mode = 'SINGLE_BILL'
      GROUP BY plan`;
    return {
      clients: rows.reduce((sum, row) => sum + row.clients, 0),
      monthlyTotalCents: rows.reduce((sum, row) => sum + row.clients * PLAN_PRICES_CENTS[row.plan], 0),
    };
  }
}

