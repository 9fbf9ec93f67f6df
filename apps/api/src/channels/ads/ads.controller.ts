import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Patch, Post, Query, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../../access/account-context.js';
import { RequirePermission } from '../../access/route-access.decorator.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/paging.js';
import type { AuthenticatedUser } from '../../common/request-context.js';
import { IfMatch } from '../../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../../openapi/responses.js';
import { ScheduleDto } from '../publishable/publishable.dto.js';
import { AD_CHANNELS, type AdChannelSpec } from './ad-channels.js';
import { AdsService } from './ads.service.js';
import { AdDto } from './dto/ad-responses.dto.js';
import { CreateAdDto, UpdateAdDto } from './dto/ads.dto.js';

const AdId = () => IdParam('adId', 'AD_NOT_FOUND', 'ad on this channel');
const NOT_SENT = 'Recorded in Partner Portal only: no ad network is contacted.';
const NOT_FOUND = 'AD_NOT_FOUND: no such ad on this channel';
const BAD_MOVE = 'INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in';

/** The routes of one ad channel, under ads/<channel>, guarded by that channel's actions. */
function adsControllerFor(spec: AdChannelSpec): Type<unknown> {
  @ApiTags('ads')
  @Controller(`accounts/:accountId/ads/${spec.path}`)
  class AdsController {
    constructor(@Inject(AdsService) private readonly ads: AdsService) {}

    private get records() {
      return this.ads.channel(spec.channel);
    }

    @RequirePermission(spec.view)
    @Get()
    @ApiOperation({ summary: `${spec.label}, paged; filter by q (name), state` })
    @ApiPageResponse(AdDto)
    list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
      return this.records.page(context.account.id, query);
    }

    @RequirePermission(spec.view)
    @Get(':adId')
    @ApiOperation({ summary: `One of the ${spec.label}, with its ETag` })
    @ApiOkResponse({ type: AdDto })
    @ApiErrors({ 404: NOT_FOUND })
    get(@CurrentAccount() context: AccountContext, @AdId() adId: string) {
      return this.records.get(context.account.id, adId);
    }

    @RequirePermission(spec.manage)
    @Post()
    @ApiOperation({ summary: `Draft one of the ${spec.label}` })
    @ApiCreatedResponse({ type: AdDto, description: 'The draft' })
    create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateAdDto) {
      return this.records.create(context.account.id, caller.userId, { name: body.name, headline: body.headline, budgetCents: body.budgetCents });
    }

    @RequirePermission(spec.manage)
    @Patch(':adId')
    @ApiOperation({ summary: `Edit one of the ${spec.label} in any state (If-Match)` })
    @ApiOkResponse({ type: AdDto })
    @ApiErrors({ 404: NOT_FOUND })
    update(
      @CurrentAccount() context: AccountContext,
      @CurrentUser() caller: AuthenticatedUser,
      @AdId() adId: string,
      @IfMatch() version: number,
      @Body() body: UpdateAdDto,
    ) {
      return this.records.update({ accountId: context.account.id, id: adId, version }, caller.userId, () => ({ ...body }));
    }

    @RequirePermission(spec.manage)
    @Post(':adId/schedule')
    @HttpCode(HttpStatus.OK)
    @ApiOperation({ summary: 'Schedule the ad (If-Match)', description: NOT_SENT })
    @ApiOkResponse({ type: AdDto })
    @ApiErrors({ 400: 'SCHEDULE_IN_PAST, SCHEDULE_TOO_FAR: scheduledAt must be in the future, within a year', 404: NOT_FOUND, 409: BAD_MOVE })
    schedule(
      @CurrentAccount() context: AccountContext,
      @CurrentUser() caller: AuthenticatedUser,
      @AdId() adId: string,
      @IfMatch() version: number,
      @Body() body: ScheduleDto,
    ) {
      return this.records.transition({ accountId: context.account.id, id: adId, version }, caller.userId, 'SCHEDULED', new Date(body.scheduledAt));
    }

    @RequirePermission(spec.manage)
    @Post(':adId/publish')
    @HttpCode(HttpStatus.OK)
    @ApiOperation({ summary: "Mark the ad published in Partner Portal's records (If-Match)", description: NOT_SENT })
    @ApiOkResponse({ type: AdDto })
    @ApiErrors({ 404: NOT_FOUND, 409: BAD_MOVE })
    publish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @AdId() adId: string, @IfMatch() version: number) {
      return this.records.transition({ accountId: context.account.id, id: adId, version }, caller.userId, 'PUBLISHED');
    }

    @RequirePermission(spec.manage)
    @Post(':adId/unpublish')
    @HttpCode(HttpStatus.OK)
    @ApiOperation({ summary: "Mark the ad unpublished in Partner Portal's records (If-Match)", description: NOT_SENT })
    @ApiOkResponse({ type: AdDto })
    @ApiErrors({ 404: NOT_FOUND, 409: BAD_MOVE })
    unpublish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @AdId() adId: string, @IfMatch() version: number) {
      return this.records.transition({ accountId: context.account.id, id: adId, version }, caller.userId, 'UNPUBLISHED');
    }

    @RequirePermission(spec.manage)
    @Delete(':adId')
    @HttpCode(HttpStatus.NO_CONTENT)
    @ApiOperation({ summary: 'Delete the ad (If-Match)' })
    @ApiNoContentResponse()
    @ApiErrors({ 404: NOT_FOUND })
    remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @AdId() adId: string, @IfMatch() version: number) {
      return this.records.remove({ accountId: context.account.id, id: adId, version }, caller.userId);
    }
  }
  // Distinct names keep OpenAPI operation ids and the route inventory apart.
  Object.defineProperty(AdsController, 'name', { value: spec.controllerName });
  return AdsController;
}

export const AD_CONTROLLERS = AD_CHANNELS.map(adsControllerFor);
