import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { CAMPAIGN_STATUSES, type CampaignFilter } from './campaigns.repository.js';
import { CampaignsService } from './campaigns.service.js';
import { CreateCampaignDto, SendCampaignDto, TestSendDto, UpdateCampaignDto } from './dto/campaign.dto.js';
import { CampaignDto, CampaignSummaryDto, TestSendQueuedDto } from './dto/campaign-responses.dto.js';
import { oneOf, searchTerm } from './filters.js';

const CampaignId = () => IdParam('campaignId', 'CAMPAIGN_NOT_FOUND', 'campaign');

const CAMPAIGN_NOT_FOUND = 'CAMPAIGN_NOT_FOUND: no such campaign in this account';
const UNKNOWN_LIST = 'UNKNOWN_LIST: a list is not one of this account (or one the caller cannot see); details.unknown names them';
const LIST_NOT_SENDABLE = 'LIST_NOT_SENDABLE: a member restricted to chosen lists holds one of the lists below SEND';
const EDIT_ERRORS = {
  400: UNKNOWN_LIST,
  403: LIST_NOT_SENDABLE,
  404: CAMPAIGN_NOT_FOUND,
  409: 'CAMPAIGN_SENDING: it is being sent; CAMPAIGN_ALREADY_SENT: the lists of a sent campaign cannot change',
};

@ApiTags('campaigns')
@Controller('accounts/:accountId')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  // Listing and opening campaigns is part of creating and editing drafts, which every role that works
  // on campaigns (Campaign Creator, Account Manager, Account Owner; Partner Manager in clients) holds.
  @RequirePermission('campaigns.create')
  @Get('campaigns')
  @ApiOperation({ summary: 'Campaigns, without their bodies; filter {"status","q"}, sort createdAt, name or scheduledAt' })
  @ApiPageResponse(CampaignSummaryDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    const request = parsePageQuery(query, {
      sortable: ['createdAt', 'name', 'scheduledAt'] as const,
      defaultSort: 'createdAt',
      filters: ['status', 'q'],
      parseFilter: (raw): CampaignFilter => ({
        ...oneOf(raw.status, CAMPAIGN_STATUSES, 'status'),
        ...searchTerm(raw.q),
      }),
    });
    return this.campaigns.list(context, request);
  }

  @RequirePermission('campaigns.create')
  @Get('campaigns/:campaignId')
  @ApiOperation({ summary: 'One campaign with its body, list ids and counts; the ETag is its version' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiErrors({ 404: CAMPAIGN_NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @CampaignId() campaignId: string) {
    return this.campaigns.get(context, campaignId);
  }

  @RequirePermission('campaigns.create')
  @Post('campaigns')
  @ApiOperation({ summary: 'Create a draft campaign' })
  @ApiCreatedResponse({ type: CampaignDto, description: 'The draft' })
  @ApiErrors({ 400: UNKNOWN_LIST, 403: LIST_NOT_SENDABLE })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateCampaignDto) {
    return this.campaigns.create(context, caller.userId, body);
  }

  @RequirePermission('campaigns.create')
  @Patch('campaigns/:campaignId')
  @ApiOperation({ summary: 'Edit a campaign (If-Match); a scheduled or sent one also needs campaigns.edit-published' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiErrors({ ...EDIT_ERRORS, 403: `${LIST_NOT_SENDABLE}; FORBIDDEN also when the campaign is scheduled or sent and the role lacks campaigns.edit-published` })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @CampaignId() campaignId: string,
    @IfMatch() version: number,
    @Body() body: UpdateCampaignDto,
  ) {
    return this.campaigns.update(context, caller.userId, campaignId, version, body);
  }

  @RequirePermission('campaigns.edit-published')
  @Patch('campaigns/:campaignId/published')
  @ApiOperation({ summary: 'Edit a scheduled or sent campaign (If-Match): the same edit, with campaigns.edit-published checked before anything is read' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiErrors(EDIT_ERRORS)
  updatePublished(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @CampaignId() campaignId: string,
    @IfMatch() version: number,
    @Body() body: UpdateCampaignDto,
  ) {
    return this.campaigns.update(context, caller.userId, campaignId, version, body);
  }

  @RequirePermission('campaigns.delete')
  @Delete('campaigns/:campaignId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a campaign (If-Match); not while it is being sent' })
  @ApiNoContentResponse()
  @ApiErrors({ 404: CAMPAIGN_NOT_FOUND, 409: 'CAMPAIGN_SENDING: it is being sent' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @CampaignId() campaignId: string, @IfMatch() version: number) {
    return this.campaigns.remove(context, caller.userId, campaignId, version);
  }

  @RequirePermission('campaigns.test-send')
  @Post('campaigns/:campaignId/test-send')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send the campaign to one to five addresses, with "[Test]" before its subject' })
  @ApiAcceptedResponse({ type: TestSendQueuedDto, description: 'Queued for the worker' })
  @ApiErrors({ 400: 'INVALID_TEST_RECIPIENTS: to must hold one to five email addresses', 404: CAMPAIGN_NOT_FOUND })
  testSend(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @CampaignId() campaignId: string, @Body() body: TestSendDto) {
    return this.campaigns.testSend(context, caller.userId, campaignId, body);
  }

  @RequirePermission('campaigns.send')
  @Post('campaigns/:campaignId/send')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Send now, or schedule with scheduledAt (If-Match); needs at least one list' })
  @ApiOkResponse({ type: CampaignDto, description: 'The campaign, SENDING (its recipients fixed) or SCHEDULED' })
  @ApiErrors({
    400: `INVALID_SCHEDULED_AT: not in the future or more than a year ahead; NO_LISTS: the campaign has no list to go to; ${UNKNOWN_LIST}`,
    403: LIST_NOT_SENDABLE,
    404: CAMPAIGN_NOT_FOUND,
    409: 'INVALID_STATE_TRANSITION: only drafts and scheduled campaigns are sent',
  })
  send(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @CampaignId() campaignId: string,
    @IfMatch() version: number,
    @Body() body: SendCampaignDto,
  ) {
    return this.campaigns.send(context, caller.userId, campaignId, version, body);
  }

  @RequirePermission('campaigns.send')
  @Post('campaigns/:campaignId/unschedule')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Take a scheduled campaign back to draft (If-Match)' })
  @ApiOkResponse({ type: CampaignDto, description: 'The campaign, a draft again' })
  @ApiErrors({ 404: CAMPAIGN_NOT_FOUND, 409: 'INVALID_STATE_TRANSITION: the campaign is not scheduled' })
  unschedule(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @CampaignId() campaignId: string, @IfMatch() version: number) {
    return this.campaigns.unschedule(context, caller.userId, campaignId, version);
  }
}
