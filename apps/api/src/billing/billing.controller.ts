import { Controller, Get, HttpStatus, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { AppError } from '../common/app-error.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { BillingRepository } from './billing.repository.js';
import { BillingSummaryDto, SingleBillLineDto } from './dto/billing.dto.js';

@ApiTags('billing')
@Controller('accounts')
export class BillingController {
  constructor(private readonly billing: BillingRepository) {}

  @RequirePermission('billing.manage')
  @Get(':accountId/billing')
  @ApiOperation({ summary: "The account's plan and recent charges; for a partner, the totals of its Single Bill" })
  @ApiOkResponse({ type: BillingSummaryDto })
  summary(@CurrentAccount() context: AccountContext) {
    return this.billing.summary(context.account.id);
  }

  @RequirePermission('billing.manage')
  @Get(':partnerId/billing/single-bill')
  @ApiOperation({ summary: "A page of the partner's Single Bill: one line per Single Bill client" })
  @ApiPageResponse(SingleBillLineDto)
  @ApiErrors({ 404: 'NOT_A_PARTNER_ACCOUNT: only partner accounts have a Single Bill' })
  singleBill(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    if (context.account.kind !== 'PARTNER') {
      throw new AppError(HttpStatus.NOT_FOUND, 'NOT_A_PARTNER_ACCOUNT', 'Only partner accounts have a Single Bill.');
    }
    const { limit, offset } = parsePageQuery(query, { sortable: ['clientName'], defaultSort: 'clientName' });
    return this.billing.singleBillLines(context.account.id, limit, offset);
  }
}
