import { Inject, Injectable } from '@nestjs/common';
import type { Charge, Database, Prisma } from '@partner-portal/db';
import type { Page } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';

type Client = Prisma.TransactionClient;

export interface NewPurchaseCharge {
  accountId: string;
  forAccountId: string | null;
  purchasedById: string;
  description: string;
  amountCents: number;
}

@Injectable()
export class PurchasesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  create(tx: Client, charge: NewPurchaseCharge): Promise<Charge> {
    return tx.charge.create({ data: { ...charge, kind: 'PURCHASE' } });
  }

  /** What an account bought: on its own bill, or on its partner's Single Bill (forAccountId). */
  async madeBy(accountId: string, limit: number, offset: number, descending: boolean): Promise<Page<Charge>> {
    const where = { kind: 'PURCHASE' as const, OR: [{ accountId, forAccountId: null }, { forAccountId: accountId }] };
    const direction = descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.charge.count({ where }),
      this.db.charge.findMany({ where, orderBy: [{ createdAt: direction }, { id: direction }], take: limit, skip: offset }),
    ]);
    return { data, total };
  }
}
