import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import { PUBLISH_STATES, type PublishState } from '../common/publish-state.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { LandingPageDto, LandingPageSummaryDto } from './dto/content-responses.dto.js';
import { CreateLandingPageDto, UpdateLandingPageDto } from './dto/landing-page.dto.js';
import { LANDING_PAGE_SORTS, type LandingPageFilter } from './landing-pages.repository.js';
import { LandingPagesService } from './landing-pages.service.js';

const PageId = () => IdParam('pageId', 'LANDING_PAGE_NOT_FOUND', 'landing page');

const NOT_FOUND = 'LANDING_PAGE_NOT_FOUND: no such landing page in this account';
const SLUG_TAKEN = 'SLUG_TAKEN: another page, in any account, has this address';

function parseFilter(raw: Record<string, unknown>): LandingPageFilter {
  const filter: LandingPageFilter = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'q') {
      if (typeof value !== 'string' || value.length > 200) throw invalidFilter('q must be a string of at most 200 characters.');
      if (value.trim()) filter.q = value.trim();
    } else {
      if (!PUBLISH_STATES.includes(value as PublishState)) throw invalidFilter(`state must be one of ${PUBLISH_STATES.join(', ')}.`);
      filter.state = value as PublishState;
    }
  }
  return filter;
}

@ApiTags('landing-pages')
@Controller('accounts/:accountId/landing-pages')
export class LandingPagesController {
  constructor(private readonly pages: LandingPagesService) {}

  @RequirePermission('landing-pages.manage')
  @Get()
  @ApiOperation({ summary: 'Landing pages without their HTML, newest first by default; filter {"q": "...", "state": "PUBLISHED"}' })
  @ApiPageResponse(LandingPageSummaryDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    const request = parsePageQuery(query, { sortable: LANDING_PAGE_SORTS, defaultSort: 'createdAt', filters: ['q', 'state'], parseFilter });
    if (!query.sort) request.sort.descending = true;
    return this.pages.list(context, request);
  }

  @RequirePermission('landing-pages.manage')
  @Get(':pageId')
  @ApiOperation({ summary: 'One landing page with its HTML and ETag' })
  @ApiOkResponse({ type: LandingPageDto })
  @ApiErrors({ 404: NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @PageId() id: string) {
    return this.pages.get(context, id);
  }

  @RequirePermission('landing-pages.manage')
  @Post()
  @ApiOperation({ summary: 'Create a draft landing page' })
  @ApiCreatedResponse({ type: LandingPageDto, description: 'The new draft' })
  @ApiErrors({ 400: 'SLUG_REQUIRED: no slug sent, and the title has no letters or digits to make one from', 409: SLUG_TAKEN })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateLandingPageDto) {
    return this.pages.create(context, caller.userId, body);
  }

  @RequirePermission('landing-pages.manage')
  @Patch(':pageId')
  @ApiOperation({ summary: 'Edit the title, slug or HTML (If-Match); a published page changes at once' })
  @ApiOkResponse({ type: LandingPageDto })
  @ApiErrors({ 400: 'NOTHING_TO_UPDATE: none of title, slug and bodyHtml sent', 404: NOT_FOUND, 409: SLUG_TAKEN })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @PageId() id: string,
    @IfMatch() version: number,
    @Body() body: UpdateLandingPageDto,
  ) {
    return this.pages.update(context, caller.userId, id, version, body);
  }

  @RequirePermission('landing-pages.manage')
  @Post(':pageId/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish at /api/public/pages/<slug> (If-Match)' })
  @ApiOkResponse({ type: LandingPageDto })
  @ApiErrors({ 404: NOT_FOUND, 409: 'INVALID_STATE_TRANSITION: already published' })
  publish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PageId() id: string, @IfMatch() version: number) {
    return this.pages.publish(context, caller.userId, id, version);
  }

  @RequirePermission('landing-pages.manage')
  @Post(':pageId/unpublish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Take a published page offline (If-Match)' })
  @ApiOkResponse({ type: LandingPageDto })
  @ApiErrors({ 404: NOT_FOUND, 409: 'INVALID_STATE_TRANSITION: not published' })
  unpublish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PageId() id: string, @IfMatch() version: number) {
    return this.pages.unpublish(context, caller.userId, id, version);
  }

  @RequirePermission('landing-pages.manage')
  @Delete(':pageId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a landing page (If-Match); a published one goes offline with it' })
  @ApiNoContentResponse()
  @ApiErrors({ 404: NOT_FOUND })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PageId() id: string, @IfMatch() version: number) {
    return this.pages.remove(context, caller.userId, id, version);
  }
}
