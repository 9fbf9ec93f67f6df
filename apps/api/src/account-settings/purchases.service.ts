import { Inject, Injectable } from '@nestjs/common';
import type { Charge, Database } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { type PageQueryDto, parsePageQuery } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import { CATALOGUE, type CreatePurchaseDto } from './dto/purchases.dto.js';
import { PurchasesRepository } from './purchases.repository.js';

export type BilledTo = 'ACCOUNT' | 'PARTNER';

/**
 * Purchases become charges. A Single Bill client's purchase is charged on its partner's bill (the
 * partner pays it), naming the client; every other account pays its own.
 */
@Injectable()
export class PurchasesService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly purchases: PurchasesRepository,
    private readonly audit: AuditRepository,
  ) {}

  purchase(context: AccountContext, actorUserId: string, input: CreatePurchaseDto): Promise<{ charge: Charge; billedTo: BilledTo }> {
    const { account } = context;
    const { label, unitPriceCents } = CATALOGUE[input.item];
    const what = `${input.quantity} × ${label}`;
    const partner = account.kind === 'CLIENT' && account.billingMode === 'SINGLE_BILL' ? account.partner : null;
    return this.db.$transaction(async (tx) => {
      const charge = await this.purchases.create(tx, {
        accountId: partner ? partner.id : account.id,
        forAccountId: partner ? account.id : null,
        purchasedById: actorUserId,
        description: partner ? `${what} for ${account.name}` : what,
        amountCents: unitPriceCents * input.quantity,
      });
      const billedTo: BilledTo = partner ? 'PARTNER' : 'ACCOUNT';
      const data = { chargeId: charge.id, item: input.item, quantity: input.quantity, amountCents: charge.amountCents, billedTo };
      await this.audit.record({ accountId: account.id, actorUserId, action: 'purchase.made', targetType: 'charge', targetId: charge.id, data }, tx);
      if (partner) {
        await this.audit.record(
          { accountId: partner.id, actorUserId, action: 'purchase.billed', targetType: 'charge', targetId: charge.id, data: { ...data, forAccountId: account.id } },
          tx,
        );
      }
      return { charge, billedTo };
    });
  }

  async list(accountId: string, query: PageQueryDto) {
    const { limit, offset, sort } = parsePageQuery(query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
    const page = await this.purchases.madeBy(accountId, limit, offset, sort.descending);
    return { ...page, data: page.data.map((charge) => ({ ...charge, billedTo: (charge.accountId === accountId ? 'ACCOUNT' : 'PARTNER') as BilledTo })) };
  }
}
