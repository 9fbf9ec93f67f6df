import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { NeedsListLevel, NotForRestrictedMembers } from '../list-access/list-access.decorators.js';
import { CONTACT_FILTERS, parseContactFilter } from './contacts.controller.js';
import { CONTACT_SORTS } from './contacts.repository.js';
import { CreateListDto, MembersDto, UpdateListDto } from './dto/contact.dto.js';
import { LIST_SORTS } from './lists.repository.js';
import { ListsService } from './lists.service.js';

const ListId = () => IdParam('listId', 'LIST_NOT_FOUND', 'list');

function parseListFilter(raw: Record<string, unknown>): { q?: string } {
  if (raw.q === undefined || raw.q === null || raw.q === '') return {};
  if (typeof raw.q !== 'string' || raw.q.length > 100) throw invalidFilter('filter.q must be a string of at most 100 characters.');
  return { q: raw.q.trim() };
}

@ApiTags('lists')
@Controller('accounts/:accountId')
export class ListsController {
  constructor(private readonly lists: ListsService) {}

  @RequirePermission('lists.view')
  @Get('lists')
  @ApiOperation({ summary: 'Lists with their names, descriptions and member counts (never the members); filter {"q"}' })
  @ApiOkResponse({ description: "{ data: [{ id, name, description, memberCount, access, version, ... }], total }; access is the caller's level when it is restricted to chosen lists, else null" })
  list(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.lists.list(context, caller.userId, parsePageQuery(query, { sortable: LIST_SORTS, defaultSort: 'name', filters: ['q'], parseFilter: parseListFilter }));
  }

  @RequirePermission('lists.view')
  @Get('lists/:listId')
  @ApiOperation({ summary: "One list with its member count and the caller's access (its level when restricted to chosen lists, else null); ETag is its version" })
  get(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @ListId() id: string) {
    return this.lists.get(context, caller.userId, id);
  }

  @RequirePermission('lists.manage')
  @NotForRestrictedMembers()
  @Post('lists')
  @ApiOperation({ summary: 'Create a list' })
  @ApiCreatedResponse({ description: 'The list' })
  @ApiConflictResponse({ description: 'LIST_NAME_TAKEN' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateListDto) {
    return this.lists.create(context, caller.userId, body);
  }

  @RequirePermission('lists.manage')
  @NeedsListLevel('manage')
  @Patch('lists/:listId')
  @ApiOperation({ summary: 'Rename a list or change its description (If-Match required)' })
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  @ApiConflictResponse({ description: 'LIST_NAME_TAKEN' })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @ListId() id: string,
    @IfMatch() version: number,
    @Body() body: UpdateListDto,
  ) {
    return this.lists.update(context, caller.userId, id, version, body);
  }

  @RequirePermission('lists.manage')
  @NeedsListLevel('manage')
  @Delete('lists/:listId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a list (If-Match required); its contacts stay' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'LIST_IN_USE: a scheduled or sending campaign goes to it' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @ListId() id: string, @IfMatch() version: number) {
    return this.lists.remove(context, caller.userId, id, version);
  }

  // Members are contacts: seeing them takes contacts.view, not lists.view.
  @RequirePermission('contacts.view')
  @NeedsListLevel('members')
  @Get('lists/:listId/members')
  @ApiOperation({ summary: "A list's members, paged like contacts" })
  @ApiOkResponse({ description: '{ data, total }' })
  members(@CurrentAccount() context: AccountContext, @ListId() id: string, @Query() query: PageQueryDto) {
    return this.lists.members(context, id, parsePageQuery(query, { sortable: CONTACT_SORTS, defaultSort: 'createdAt', filters: CONTACT_FILTERS, parseFilter: parseContactFilter }));
  }

  @RequirePermission('lists.manage')
  @NeedsListLevel('manage')
  @Post('lists/:listId/members')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Add up to 1,000 contacts to a list; adding a member twice changes nothing' })
  @ApiOkResponse({ description: '{ added, alreadyMembers, memberCount }' })
  @ApiBadRequestResponse({ description: 'UNKNOWN_CONTACTS, with details.ids' })
  addMembers(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @ListId() id: string, @Body() body: MembersDto) {
    return this.lists.addMembers(context, caller.userId, id, body.contactIds);
  }

  @RequirePermission('lists.manage')
  @NeedsListLevel('manage')
  @Delete('lists/:listId/members/:contactId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a contact from a list (the contact stays); removing a non-member changes nothing' })
  @ApiNoContentResponse()
  removeMember(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @ListId() id: string,
    @IdParam('contactId', 'CONTACT_NOT_FOUND', 'contact') contactId: string,
  ) {
    return this.lists.removeMember(context, caller.userId, id, contactId);
  }
}
