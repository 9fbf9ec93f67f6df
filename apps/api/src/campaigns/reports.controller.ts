import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { IdParam } from '../common/id-param.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { RECIPIENT_STATUSES, type RecipientFilter } from './campaigns.repository.js';
import { CampaignsService } from './campaigns.service.js';
import { CampaignRecipientDto, CampaignReportDto } from './dto/campaign-responses.dto.js';
import { oneOf, searchTerm } from './filters.js';

const CampaignId = () => IdParam('campaignId', 'CAMPAIGN_NOT_FOUND', 'campaign');
const CAMPAIGN_NOT_FOUND = 'CAMPAIGN_NOT_FOUND: no such campaign in this account';

@ApiTags('reports')
@Controller('accounts/:accountId')
export class ReportsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @RequirePermission('reports.view')
  @Get('campaigns/:campaignId/report')
  @ApiOperation({ summary: "A campaign's summary: status, recipients sent, failed and pending, and its times" })
  @ApiOkResponse({ type: CampaignReportDto })
  @ApiErrors({ 404: CAMPAIGN_NOT_FOUND })
  report(@CurrentAccount() context: AccountContext, @CampaignId() campaignId: string) {
    return this.campaigns.report(context, campaignId);
  }

  @RequirePermission('reports.details.view')
  @Get('campaigns/:campaignId/recipients')
  @ApiOperation({ summary: 'Per-recipient delivery: email, status, error, sent time; filter {"status","q"}, sort email or sentAt' })
  @ApiPageResponse(CampaignRecipientDto)
  @ApiErrors({ 404: CAMPAIGN_NOT_FOUND })
  recipients(@CurrentAccount() context: AccountContext, @CampaignId() campaignId: string, @Query() query: PageQueryDto) {
    const request = parsePageQuery(query, {
      sortable: ['email', 'sentAt'] as const,
      defaultSort: 'email',
      filters: ['status', 'q'],
      parseFilter: (raw): RecipientFilter => ({ ...oneOf(raw.status, RECIPIENT_STATUSES, 'status'), ...searchTerm(raw.q) }),
    });
    return this.campaigns.recipients(context, campaignId, request);
  }
}
