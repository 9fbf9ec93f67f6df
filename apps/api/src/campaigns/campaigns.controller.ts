import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { CAMPAIGN_STATUSES, type CampaignFilter } from './campaigns.repository.js';
import { CampaignsService } from './campaigns.service.js';
import { CreateCampaignDto, SendCampaignDto, TestSendDto, UpdateCampaignDto } from './dto/campaign.dto.js';
import { oneOf, searchTerm } from './filters.js';

const CampaignId = () => IdParam('campaignId', 'CAMPAIGN_NOT_FOUND', 'campaign');

@ApiTags('campaigns')
@Controller('accounts/:accountId')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  // Listing and opening campaigns is part of creating and editing drafts, which every role that works
  // on campaigns (Campaign Creator, Account Manager, Account Owner; Partner Manager in clients) holds.
  @RequirePermission('campaigns.create')
  @Get('campaigns')
  @ApiOperation({ summary: 'Campaigns, without their bodies; filter {"status","q"}, sort createdAt, name or scheduledAt' })
  @ApiOkResponse({ description: '{ data, total }' })
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
  get(@CurrentAccount() context: AccountContext, @CampaignId() campaignId: string) {
    return this.campaigns.get(context, campaignId);
  }

  @RequirePermission('campaigns.create')
  @Post('campaigns')
  @ApiOperation({ summary: 'Create a draft campaign' })
  @ApiCreatedResponse({ description: 'The draft; 400 UNKNOWN_LIST when a list is not one of this account' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateCampaignDto) {
    return this.campaigns.create(context, caller.userId, body);
  }

  @RequirePermission('campaigns.create')
  @Patch('campaigns/:campaignId')
  @ApiOperation({ summary: 'Edit a campaign (If-Match); a scheduled or sent one also needs campaigns.edit-published' })
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  @ApiConflictResponse({ description: 'CAMPAIGN_SENDING, CAMPAIGN_ALREADY_SENT' })
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
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  @ApiConflictResponse({ description: 'CAMPAIGN_SENDING, CAMPAIGN_ALREADY_SENT' })
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
  @ApiConflictResponse({ description: 'CAMPAIGN_SENDING' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @CampaignId() campaignId: string, @IfMatch() version: number) {
    return this.campaigns.remove(context, caller.userId, campaignId, version);
  }

  @RequirePermission('campaigns.test-send')
  @Post('campaigns/:campaignId/test-send')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send the campaign to one to five addresses, with "[Test]" before its subject' })
  @ApiAcceptedResponse({ description: 'Queued for the worker' })
  testSend(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @CampaignId() campaignId: string, @Body() body: TestSendDto) {
    return this.campaigns.testSend(context, caller.userId, campaignId, body);
  }

  @RequirePermission('campaigns.send')
  @Post('campaigns/:campaignId/send')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Send now, or schedule with scheduledAt (If-Match); needs at least one list' })
  @ApiOkResponse({ description: 'The campaign, SENDING (its recipients fixed) or SCHEDULED' })
  @ApiConflictResponse({ description: 'INVALID_STATE_TRANSITION: only drafts and scheduled campaigns are sent' })
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
  @ApiConflictResponse({ description: 'INVALID_STATE_TRANSITION' })
  unschedule(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @CampaignId() campaignId: string, @IfMatch() version: number) {
    return this.campaigns.unschedule(context, caller.userId, campaignId, version);
  }
}
