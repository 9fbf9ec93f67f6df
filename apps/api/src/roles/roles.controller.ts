import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { MAX_CUSTOM_ROLES_PER_ACCOUNT } from '@partner-portal/permissions';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { CreateRoleDto, UpdateRoleDto } from './dto/role.dto.js';
import { ROLE_NOT_FOUND } from './role-rules.js';
import { type RoleFilter, ROLE_SORTS } from './roles.repository.js';
import { RolesService } from './roles.service.js';

const RoleId = () => IdParam('roleId', ...ROLE_NOT_FOUND);

function parseRoleFilter(raw: Record<string, unknown>): RoleFilter {
  if (raw.q === undefined || raw.q === null || raw.q === '') return {};
  if (typeof raw.q !== 'string' || raw.q.length > 100) throw invalidFilter('filter.q must be a string of at most 100 characters.');
  return { q: raw.q.trim() };
}

const EXCEEDS = "FORBIDDEN: the caller's role does not allow users.manage here; ROLE_EXCEEDS_YOURS: the role names actions the caller does not hold here (users.manage never)";

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
  @ApiOkResponse({ description: '{ data: [{ id, name, actions, version, holders, createdAt, updatedAt }], total }' })
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.roles.list(context, parsePageQuery(query, { sortable: ROLE_SORTS, defaultSort: 'name', filters: ['q'], parseFilter: parseRoleFilter }));
  }

  @RequirePermission('users.manage')
  @Get('grantable-actions')
  @ApiOperation({ summary: 'The action ids the caller may put into a custom role here: what it holds itself, never users.manage' })
  @ApiOkResponse({ description: '{ actions: string[] }, in the order of the permission matrix' })
  grantable(@CurrentAccount() context: AccountContext) {
    return this.roles.grantable(context);
  }

  @RequirePermission('users.view')
  @Get('roles/:roleId')
  @ApiOperation({ summary: 'One custom role; ETag is its version' })
  @ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND, ROLE_NOT_FOUND' })
  get(@CurrentAccount() context: AccountContext, @RoleId() id: string) {
    return this.roles.get(context, id);
  }

  @RequirePermission('users.manage')
  @Post('roles')
  @ApiOperation({ summary: `Compose a custom role from action ids (at most ${MAX_CUSTOM_ROLES_PER_ACCOUNT} per account)` })
  @ApiCreatedResponse({ description: 'The role' })
  @ApiForbiddenResponse({ description: EXCEEDS })
  @ApiConflictResponse({ description: 'ROLE_NAME_TAKEN, CUSTOM_ROLE_LIMIT' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateRoleDto) {
    return this.roles.create(context, caller.userId, body);
  }

  @RequirePermission('users.manage')
  @Patch('roles/:roleId')
  @ApiOperation({ summary: 'Rename a custom role or change its actions (If-Match required); holders get the change on their next request' })
  @ApiForbiddenResponse({ description: EXCEEDS })
  @ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND, ROLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ROLE_NAME_TAKEN' })
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
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
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND, ROLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ROLE_IN_USE: members or pending invitations hold it; details { members, invitations }' })
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @RoleId() id: string, @IfMatch() version: number) {
    return this.roles.remove(context, caller.userId, id, version);
  }
}
