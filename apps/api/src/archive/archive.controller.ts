import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Put, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { LANDING_PAGE_CSP } from '../content/public-pages.controller.js';
import { ApiErrors } from '../openapi/responses.js';
import { ArchiveService } from './archive.service.js';
import { PutArchiveDto, PutCampaignListingDto } from './dto/archive.dto.js';
import { ArchiveDto, CampaignListingDto } from './dto/archive-response.dto.js';

const CampaignId = () => IdParam('campaignId', 'CAMPAIGN_NOT_FOUND', 'campaign');
const AuthorId = () => IdParam('userId', 'AUTHOR_NOT_FOUND', 'author');

/** The newsletter archive's settings, and which sent campaigns it lists. */
@ApiTags('archive')
@Controller('accounts/:accountId')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @RequirePermission('account.settings.manage')
  @Get('archive')
  @ApiOperation({ summary: "The newsletter archive's settings, public links and authors (version 0 until first saved)" })
  @ApiOkResponse({ type: ArchiveDto })
  get(@CurrentAccount() context: AccountContext) {
    return this.archive.view(context);
  }

  @RequirePermission('account.settings.manage')
  @Put('archive')
  @ApiOperation({ summary: 'Turn the archive on or off, set its address and its default (If-Match; "0" for the first write)' })
  @ApiOkResponse({ type: ArchiveDto, description: 'Saved, at its new version' })
  @ApiErrors({ 409: 'ARCHIVE_SLUG_TAKEN: another account\'s archive is at this address' })
  put(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @IfMatch() version: number, @Body() body: PutArchiveDto) {
    return this.archive.put(context, caller.userId, version, body);
  }

  @RequirePermission('account.settings.manage')
  @Delete('archive/authors/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Take an author's own archive page down; their campaigns stay on the account's page" })
  @ApiNoContentResponse({ description: 'Removed (or already removed)' })
  @ApiErrors({ 404: 'AUTHOR_NOT_FOUND: this person sent no campaign of this account' })
  async removeAuthorPage(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @AuthorId() userId: string): Promise<void> {
    await this.archive.removeAuthorPage(context, caller.userId, userId);
  }

  @RequirePermission('campaigns.create')
  @Get('campaigns/:campaignId/archive')
  @ApiOperation({ summary: 'Whether the archive lists this campaign, and why' })
  @ApiOkResponse({ type: CampaignListingDto })
  @ApiErrors({ 404: 'CAMPAIGN_NOT_FOUND' })
  listing(@CurrentAccount() context: AccountContext, @CampaignId() campaignId: string) {
    return this.archive.campaignListing(context, campaignId);
  }

  @RequirePermission('campaigns.send')
  @Put('campaigns/:campaignId/archive')
  @ApiOperation({ summary: 'Show a sent campaign in the archive, hide it, or follow the default' })
  @ApiOkResponse({ type: CampaignListingDto })
  @ApiErrors({ 404: 'CAMPAIGN_NOT_FOUND', 409: 'CAMPAIGN_NOT_SENT: only a sent campaign is listed' })
  setListing(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @CampaignId() campaignId: string, @Body() body: PutCampaignListingDto) {
    return this.archive.setCampaignListing(context, caller.userId, campaignId, body.choice);
  }

  @RequirePermission('campaigns.create')
  @Get('campaigns/:campaignId/archive/preview')
  @ApiOperation({ summary: 'The campaign as the archive shows it: sanitized, without any recipient data; an HTML document in which no script runs' })
  @ApiOkResponse({ description: 'The document', content: { 'text/html': { schema: { type: 'string', maxLength: 3_000_000 } } } })
  @ApiErrors({ 404: 'CAMPAIGN_NOT_FOUND' })
  async preview(@CurrentAccount() context: AccountContext, @CampaignId() campaignId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.archive.preview(context, campaignId);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', LANDING_PAGE_CSP);
    return html;
  }
}
