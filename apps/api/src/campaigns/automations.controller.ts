import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { AUTOMATION_STATUSES, type AutomationFilter } from './automations.repository.js';
import { AutomationsService } from './automations.service.js';
import { AUTOMATION_TRIGGERS, CreateAutomationDto, UpdateAutomationDto } from './dto/automation.dto.js';
import { AutomationDto } from './dto/automation-responses.dto.js';
import { oneOf, searchTerm } from './filters.js';

const AutomationId = () => IdParam('automationId', 'AUTOMATION_NOT_FOUND', 'automation');

const NOT_FOUND = 'AUTOMATION_NOT_FOUND: no such series in this account';
const TRIGGER_ERRORS =
  'UNKNOWN_LIST: triggerListId is not a list of this account; TRIGGER_LIST_REQUIRED: CONTACT_JOINS_LIST needs triggerListId; TRIGGER_LIST_NOT_ALLOWED: the other triggers take none';
const LIST_NOT_SENDABLE = 'LIST_NOT_SENDABLE: a member restricted to chosen lists holds the trigger list below SEND';
const BAD_MOVE = 'INVALID_STATE_TRANSITION: a draft or paused series is activated, an active one paused';

@ApiTags('automations')
@Controller('accounts/:accountId')
export class AutomationsController {
  constructor(private readonly automations: AutomationsService) {}

  @RequirePermission('automations.create')
  @Get('automations')
  @ApiOperation({ summary: 'Automated email series; filter {"status","trigger","q"}, sort createdAt or name' })
  @ApiPageResponse(AutomationDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    const request = parsePageQuery(query, {
      sortable: ['createdAt', 'name'] as const,
      defaultSort: 'createdAt',
      filters: ['status', 'trigger', 'q'],
      parseFilter: (raw): AutomationFilter => ({
        ...oneOf(raw.status, AUTOMATION_STATUSES, 'status'),
        ...oneOf(raw.trigger, AUTOMATION_TRIGGERS, 'trigger'),
        ...searchTerm(raw.q),
      }),
    });
    return this.automations.list(context, request);
  }

  @RequirePermission('automations.create')
  @Get('automations/:automationId')
  @ApiOperation({ summary: 'One series with its steps; the ETag is its version' })
  @ApiOkResponse({ type: AutomationDto })
  @ApiErrors({ 404: NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @AutomationId() automationId: string) {
    return this.automations.get(context, automationId);
  }

  @RequirePermission('automations.create')
  @Post('automations')
  @ApiOperation({ summary: 'Create a draft series: a trigger and one to ten timed emails' })
  @ApiCreatedResponse({ type: AutomationDto, description: 'The draft' })
  @ApiErrors({ 400: TRIGGER_ERRORS, 403: LIST_NOT_SENDABLE })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateAutomationDto) {
    return this.automations.create(context, caller.userId, body);
  }

  @RequirePermission('automations.create')
  @Patch('automations/:automationId')
  @ApiOperation({ summary: 'Edit a series (If-Match); an active or paused one also needs automations.activate' })
  @ApiOkResponse({ type: AutomationDto })
  @ApiErrors({
    400: TRIGGER_ERRORS,
    403: `${LIST_NOT_SENDABLE}; FORBIDDEN also when the series is active or paused and the role lacks automations.activate`,
    404: NOT_FOUND,
  })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @AutomationId() automationId: string,
    @IfMatch() version: number,
    @Body() body: UpdateAutomationDto,
  ) {
    return this.automations.update(context, caller.userId, automationId, version, body);
  }

  @RequirePermission('automations.activate')
  @Post('automations/:automationId/activate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Activate a draft or paused series (If-Match)' })
  @ApiOkResponse({ type: AutomationDto })
  @ApiErrors({ 404: NOT_FOUND, 409: BAD_MOVE })
  activate(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @AutomationId() automationId: string, @IfMatch() version: number) {
    return this.automations.activate(context, caller.userId, automationId, version);
  }

  @RequirePermission('automations.activate')
  @Post('automations/:automationId/pause')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Pause an active series (If-Match)' })
  @ApiOkResponse({ type: AutomationDto })
  @ApiErrors({ 404: NOT_FOUND, 409: BAD_MOVE })
  pause(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @AutomationId() automationId: string, @IfMatch() version: number) {
    return this.automations.pause(context, caller.userId, automationId, version);
  }

  // Deleting a series is the strongest edit of it: automations.activate ("edit or activate"), which,
  // like campaigns.delete, the Campaign Creator does not hold; automations.create would let them.
  @RequirePermission('automations.activate')
  @Delete('automations/:automationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a series (If-Match)' })
  @ApiNoContentResponse()
  @ApiErrors({ 404: NOT_FOUND })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @AutomationId() automationId: string, @IfMatch() version: number) {
    return this.automations.remove(context, caller.userId, automationId, version);
  }
}
