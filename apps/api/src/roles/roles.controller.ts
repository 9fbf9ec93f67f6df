import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MAX_CUSTOM_ROLES_PER_ACCOUNT } from '@partner-portal/permissions';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { CreateRoleDto, UpdateRoleDto } from './dto/role.dto.js';
import { CustomRoleDto, GrantableActionsDto } from './dto/role-response.dto.js';
import { ROLE_NOT_FOUND } from './role-rules.js';
import { type RoleFilter, ROLE_SORTS } from './roles.repository.js';
import { RolesService } from './roles.service.js';

const RoleId = () => IdParam('roleId', ...ROLE_NOT_FOUND);

function parseRoleFilter(raw: Record<string, unknown>): RoleFilter {
  if (raw.q === undefined || raw.q === null || raw.q === '') return {};
  if (typeof raw.q !== 'string' || raw.q.length > 100) throw invalidFilter('filter.q must be a string of at most 100 characters.');
  return { q: raw.q.trim() };
}

const EXCEEDS = 'ROLE_EXCEEDS_YOURS: the role names actions the caller does not hold here (users.manage never), with details.actions';
const NAME_TAKEN = 'ROLE_NAME_TAKEN: another custom role of the account has this name';

/**
 * Custom roles: whoever may see the team sees the roles it can hold; composing them takes users.manage,
 * and only from actions the caller holds itself.
 */
@ApiTags('roles')
@Controller('accounts/:accountId')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @RequirePermission('users.view')
  @Get('roles')
  @ApiOperation({ summary: 'Custom roles of the account, with how many members and pending invitations hold each; filter {"q"}' })
  @ApiPageResponse(CustomRoleDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.roles.list(context, parsePageQuery(query, { sortable: ROLE_SORTS, defaultSort: 'name', filters: ['q'], parseFilter: parseRoleFilter }));
  }

  @RequirePermission('users.manage')
  @Get('grantable-actions')
  @ApiOperation({ summary: 'The action ids the caller may put into a custom role here: what it holds itself, never users.manage' })
  @ApiOkResponse({ type: GrantableActionsDto })
  grantable(@CurrentAccount() context: AccountContext) {
    return this.roles.grantable(context);
  }

  @RequirePermission('users.view')
  @Get('roles/:roleId')
  @ApiOperation({ summary: 'One custom role; ETag is its version' })
  @ApiOkResponse({ type: CustomRoleDto })
  @ApiErrors({ 404: 'ROLE_NOT_FOUND' })
  get(@CurrentAccount() context: AccountContext, @RoleId() id: string) {
    return this.roles.get(context, id);
  }

  @RequirePermission('users.manage')
  @Post('roles')
  @ApiOperation({ summary: `Compose a custom role from action ids (at most ${MAX_CUSTOM_ROLES_PER_ACCOUNT} per account)` })
  @ApiCreatedResponse({ type: CustomRoleDto, description: 'The role' })
  @ApiErrors({ 403: EXCEEDS, 409: `${NAME_TAKEN}; CUSTOM_ROLE_LIMIT: the account has ${MAX_CUSTOM_ROLES_PER_ACCOUNT} custom roles already` })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateRoleDto) {
    return this.roles.create(context, caller.userId, body);
  }

  @RequirePermission('users.manage')
  @Patch('roles/:roleId')
  @ApiOperation({ summary: 'Rename a custom role or change its actions (If-Match required); holders get the change on their next request' })
  @ApiOkResponse({ type: CustomRoleDto })
  @ApiErrors({ 400: 'NOTHING_TO_UPDATE: neither a name nor actions', 403: EXCEEDS, 404: 'ROLE_NOT_FOUND', 409: NAME_TAKEN })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @RoleId() id: string,
    @IfMatch() version: number,
    @Body() body: UpdateRoleDto,
  ) {
    return this.roles.update(context, caller.userId, id, version, body);
  }

  @RequirePermission('users.manage')
  @Delete('roles/:roleId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a custom role nobody holds (If-Match required)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 404: 'ROLE_NOT_FOUND', 409: 'ROLE_IN_USE: members or pending invitations hold it, with details { members, invitations }' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @RoleId() id: string, @IfMatch() version: number) {
    return this.roles.remove(context, caller.userId, id, version);
  }
}
