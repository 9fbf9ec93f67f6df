import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { CONTACT_SORTS } from './contacts.repository.js';
import { ContactDto } from './dto/contact-response.dto.js';
import { CreateSegmentDto, UpdateSegmentDto } from './dto/segment.dto.js';
import { SegmentDto } from './dto/segment-response.dto.js';
import { SEGMENT_SORTS } from './segments.repository.js';
import { SegmentsService } from './segments.service.js';

const SegmentId = () => IdParam('segmentId', 'SEGMENT_NOT_FOUND', 'segment');

const INVALID_RULES =
  'INVALID_SEGMENT_RULE: a rule does not fit its field (details.index names it), or match or rules are wrong; ' +
  'UNKNOWN_LISTS: a list rule names lists the caller does not see in this account, with details.ids';
const NAME_TAKEN = 'SEGMENT_NAME_TAKEN: another segment of the account has this name';

function parseSegmentFilter(raw: Record<string, unknown>): { q?: string } {
  if (raw.q === undefined || raw.q === null || raw.q === '') return {};
  if (typeof raw.q !== 'string' || raw.q.length > 100) throw invalidFilter('filter.q must be a string of at most 100 characters.');
  return { q: raw.q.trim() };
}

/**
 * Reading segments takes lists.view: like a list, a segment is an audience with a name and a size, which
 * a Campaign Creator needs to know about. Its rules, which can spell out contact data ("email contains
 * ..."), are shown only to those who may build segments, and its contacts only with contacts.view.
 */
@ApiTags('segments')
@Controller('accounts/:accountId')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @RequirePermission('lists.view')
  @Get('segments')
  @ApiOperation({ summary: 'Segments with their current sizes; rules only for callers with segments.create; filter {"q"}' })
  @ApiPageResponse(SegmentDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.segments.list(context, parsePageQuery(query, { sortable: SEGMENT_SORTS, defaultSort: 'name', filters: ['q'], parseFilter: parseSegmentFilter }));
  }

  @RequirePermission('lists.view')
  @Get('segments/:segmentId')
  @ApiOperation({ summary: 'One segment with its current size; ETag is its version' })
  @ApiOkResponse({ type: SegmentDto })
  @ApiErrors({ 404: 'SEGMENT_NOT_FOUND' })
  get(@CurrentAccount() context: AccountContext, @SegmentId() id: string) {
    return this.segments.get(context, id);
  }

  @RequirePermission('contacts.view')
  @Get('segments/:segmentId/contacts')
  @ApiOperation({ summary: 'The contacts matching the segment now, paged' })
  @ApiPageResponse(ContactDto)
  @ApiErrors({ 404: 'SEGMENT_NOT_FOUND' })
  contacts(@CurrentAccount() context: AccountContext, @SegmentId() id: string, @Query() query: PageQueryDto) {
    return this.segments.contactsOf(context, id, parsePageQuery(query, { sortable: CONTACT_SORTS, defaultSort: 'createdAt' }));
  }

  @RequirePermission('segments.create')
  @Post('segments')
  @ApiOperation({
    summary: 'Create a segment from rules',
    description:
      'Text fields (email, firstName, lastName, company): contains, equals, startsWith with a string; status: equals or in; ' +
      'createdAt: before or after an ISO date; list: equals a list id or in a list of them. At most 20 rules.',
  })
  @ApiCreatedResponse({ type: SegmentDto, description: 'The segment with its size' })
  @ApiErrors({ 400: INVALID_RULES, 409: NAME_TAKEN })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateSegmentDto) {
    return this.segments.create(context, caller.userId, body);
  }

  @RequirePermission('segments.create')
  @Patch('segments/:segmentId')
  @ApiOperation({ summary: 'Rename a segment or change its rules (If-Match required)' })
  @ApiOkResponse({ type: SegmentDto })
  @ApiErrors({ 400: `NOTHING_TO_UPDATE: no name, match or rules; ${INVALID_RULES}`, 404: 'SEGMENT_NOT_FOUND', 409: NAME_TAKEN })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @SegmentId() id: string,
    @IfMatch() version: number,
    @Body() body: UpdateSegmentDto,
  ) {
    return this.segments.update(context, caller.userId, id, version, body);
  }

  @RequirePermission('segments.create')
  @Delete('segments/:segmentId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a segment (If-Match required); its contacts stay' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 404: 'SEGMENT_NOT_FOUND' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @SegmentId() id: string, @IfMatch() version: number) {
    return this.segments.remove(context, caller.userId, id, version);
  }
}
