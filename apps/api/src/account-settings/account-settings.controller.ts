import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { PageQueryDto } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { AccountSettingsService } from './account-settings.service.js';
import { AccountSettingsDto, BusinessProfileDto } from './dto/account-settings-response.dto.js';
import { PutAccountSettingsDto, PutBusinessProfileDto } from './dto/account-settings.dto.js';
import { CATALOGUE, CreatePurchaseDto } from './dto/purchases.dto.js';
import { CatalogueEntryDto, PurchaseDto, PurchaseMadeDto } from './dto/purchases-response.dto.js';
import { TrialDto } from './dto/trials-response.dto.js';
import { StartTrialDto } from './dto/trials.dto.js';
import { PurchasesService } from './purchases.service.js';
import { TrialsService } from './trials.service.js';

const FIRST_WRITE = 'The first write sends If-Match "0" (the version of the defaults); later writes the ETag last read.';

@ApiTags('account')
@Controller('accounts/:accountId')
export class AccountSettingsController {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly purchases: PurchasesService,
    private readonly trials: TrialsService,
  ) {}

  @RequirePermission('account.settings.manage')
  @Get('settings')
  @ApiOperation({ summary: "The account's settings (the defaults at version 0 until first saved)" })
  @ApiOkResponse({ type: AccountSettingsDto })
  getSettings(@CurrentAccount() context: AccountContext) {
    return this.settings.getSettings(context.account.id);
  }

  @RequirePermission('account.settings.manage')
  @Put('settings')
  @ApiOperation({ summary: 'Replace the account settings (If-Match)', description: FIRST_WRITE })
  @ApiOkResponse({ type: AccountSettingsDto, description: 'Saved, at its new version' })
  @ApiErrors({ 400: 'INVALID_TIME_ZONE: not an IANA time zone; INVALID_LOCALE: not a BCP 47 language tag' })
  putSettings(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @IfMatch() version: number, @Body() body: PutAccountSettingsDto) {
    return this.settings.putSettings(context.account.id, caller.userId, version, body);
  }

  @RequirePermission('business-profile.update')
  @Get('business-profile')
  @ApiOperation({ summary: "The account's business profile (empty at version 0 until first saved)" })
  @ApiOkResponse({ type: BusinessProfileDto })
  getBusinessProfile(@CurrentAccount() context: AccountContext) {
    return this.settings.getBusinessProfile(context.account.id);
  }

  @RequirePermission('business-profile.update')
  @Put('business-profile')
  @ApiOperation({ summary: 'Replace the business profile (If-Match)', description: FIRST_WRITE })
  @ApiOkResponse({ type: BusinessProfileDto, description: 'Saved, at its new version' })
  putBusinessProfile(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @IfMatch() version: number, @Body() body: PutBusinessProfileDto) {
    return this.settings.putBusinessProfile(context.account.id, caller.userId, version, body);
  }

  @RequirePermission('purchases.make')
  @Get('purchases/catalogue')
  @ApiOperation({ summary: 'What can be bought, with unit prices in cents (USD)' })
  @ApiPageResponse(CatalogueEntryDto, 'The whole catalogue, and how many items it has')
  catalogue() {
    return { data: Object.entries(CATALOGUE).map(([item, entry]) => ({ item, ...entry })), total: Object.keys(CATALOGUE).length };
  }

  @RequirePermission('purchases.make')
  @Get('purchases')
  @ApiOperation({ summary: 'Purchases made by this account, paged, including those billed to its partner' })
  @ApiPageResponse(PurchaseDto)
  listPurchases(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.purchases.list(context.account.id, query);
  }

  @RequirePermission('purchases.make')
  @Post('purchases')
  @ApiOperation({ summary: "Buy stock images or Plus campaigns: a charge on this account's bill, or on the partner's Single Bill for a Single Bill client" })
  @ApiCreatedResponse({ type: PurchaseMadeDto, description: 'The charge, and whose bill it is on' })
  purchase(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreatePurchaseDto) {
    return this.purchases.purchase(context, caller.userId, body);
  }

  @RequirePermission('trials.start')
  @Get('trials')
  @ApiOperation({ summary: "The account's trials, paged" })
  @ApiPageResponse(TrialDto)
  listTrials(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.trials.list(context.account.id, query);
  }

  @RequirePermission('trials.start')
  @Post('trials')
  @ApiOperation({ summary: 'Start a 30-day trial of a product (once per product)' })
  @ApiCreatedResponse({ type: TrialDto, description: 'The trial, with endsAt' })
  @ApiErrors({ 409: 'TRIAL_ALREADY_STARTED: this account has already had a trial of this product' })
  startTrial(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: StartTrialDto) {
    return this.trials.start(context.account.id, caller.userId, body.product);
  }
}
