import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRepository } from '../audit/audit.repository.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { ClientsService } from './clients.service.js';
import { ApiPageResponse } from '../openapi/responses.js';
import { AccountViewDto } from './dto/account.dto.js';
import { ClientRowDto, CreatedClientDto } from './dto/client.dto.js';
import { CreateClientDto } from './dto/create-client.dto.js';
import { type AccountContext, CurrentAccount, describeAccount } from '../access/account-context.js';
import { InAccount, RequirePermission } from '../access/route-access.decorator.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import { CLIENT_SORT_FIELDS, type ClientFilter, ClientsRepository } from './clients.repository.js';

const BILLING_MODES = ['SINGLE_BILL', 'DIRECT'] as const;
const OWNER_STATUSES = ['ACTIVE', 'PENDING', 'NONE'] as const;

function parseClientFilter(raw: Record<string, unknown>): ClientFilter {
  const filter: ClientFilter = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'q') {
      if (typeof value !== 'string' || value.length > 200) throw invalidFilter('filter.q must be text of at most 200 characters.');
      if (value.trim()) filter.q = value.trim();
    } else if (key === 'billingMode') {
      if (!BILLING_MODES.includes(value as never)) throw invalidFilter(`filter.billingMode must be one of ${BILLING_MODES.join(', ')}.`);
      filter.billingMode = value as ClientFilter['billingMode'];
    } else {
      if (!OWNER_STATUSES.includes(value as never)) throw invalidFilter(`filter.ownerStatus must be one of ${OWNER_STATUSES.join(', ')}.`);
      filter.ownerStatus = value as ClientFilter['ownerStatus'];
    }
  }
  return filter;
}

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly clients: ClientsRepository,
    private readonly clientsService: ClientsService,
    private readonly audit: AuditRepository,
  ) {}

  @InAccount()
  @Get(':accountId')
  @ApiOperation({ summary: 'One account: its kind, program or billing mode, its managing partner, and what the caller may do there' })
  @ApiOkResponse({ type: AccountViewDto })
  async describe(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser) {
    const { account } = context;
    if (context.effectiveGrant.via === 'PARTNER') {
      await this.audit.record({ accountId: account.id, actorUserId: caller.userId, action: 'partner.entered-client', targetType: 'account', targetId: account.id });
    }
    return {
      ...describeAccount(account),
      grant: context.effectiveGrant,
      actions: context.allowedActions,
      listRestricted: context.listRestricted,
    };
  }

  @RequirePermission('partner.accounts.view')
  @Get(':partnerId/clients')
  @ApiOperation({
    summary: "The Accounts tab: a page of the partner's client accounts",
    description: 'sort: name, createdAt, billingMode, ownerEmail (prefix "-" to reverse). filter: {"q", "billingMode", "ownerStatus": ACTIVE|PENDING|NONE}.',
  })
  @ApiPageResponse(ClientRowDto)
  listClients(@Param('partnerId') partnerId: string, @Query() query: PageQueryDto) {
    const request = parsePageQuery(query, { sortable: CLIENT_SORT_FIELDS, defaultSort: 'name', filters: ['q', 'billingMode', 'ownerStatus'], parseFilter: parseClientFilter });
    return this.clients.page(partnerId, request);
  }

  @RequirePermission('partner.clients.create')
  @Post(':partnerId/clients')
  @ApiOperation({ summary: 'Create a managed client account and invite its owner, in one transaction' })
  @ApiCreatedResponse({ type: CreatedClientDto, description: 'The client row as the Accounts tab shows it, owner pending, with the owner invitation' })
  createClient(@CurrentAccount() partner: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateClientDto) {
    return this.clientsService.create(partner, caller.userId, body);
  }
}
