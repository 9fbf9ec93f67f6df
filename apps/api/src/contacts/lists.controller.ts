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
import { NeedsListLevel, NotForRestrictedMembers } from '../list-access/list-access.decorators.js';
import { CONTACT_FILTERS, parseContactFilter } from './contacts.controller.js';
import { CONTACT_SORTS } from './contacts.repository.js';
import { CreateListDto, MembersDto, UpdateListDto } from './dto/contact.dto.js';
import { ContactDto } from './dto/contact-response.dto.js';
import { ContactListDto, ListMembersAddedDto } from './dto/list-response.dto.js';
import { LIST_SORTS } from './lists.repository.js';
import { ListsService } from './lists.service.js';

const ListId = () => IdParam('listId', 'LIST_NOT_FOUND', 'list');

const LIST_NOT_FOUND = 'LIST_NOT_FOUND: no such list in this account, or the caller is restricted to chosen lists and has no access to it';
const NEEDS_MANAGE = 'LIST_ACCESS_DENIED: the caller is restricted to chosen lists and does not hold this one at MANAGE';

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
  @ApiPageResponse(ContactListDto)
  list(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.lists.list(context, caller.userId, parsePageQuery(query, { sortable: LIST_SORTS, defaultSort: 'name', filters: ['q'], parseFilter: parseListFilter }));
  }

  @RequirePermission('lists.view')
  @Get('lists/:listId')
  @ApiOperation({ summary: "One list with its member count and the caller's access (its level when restricted to chosen lists, else null); ETag is its version" })
  @ApiOkResponse({ type: ContactListDto })
  @ApiErrors({ 404: LIST_NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @ListId() id: string) {
    return this.lists.get(context, caller.userId, id);
  }

  @RequirePermission('lists.manage')
  @NotForRestrictedMembers()
  @Post('lists')
  @ApiOperation({ summary: 'Create a list' })
  @ApiCreatedResponse({ type: ContactListDto, description: 'The list' })
  @ApiErrors({ 403: 'LIST_RESTRICTED: the caller is restricted to chosen lists', 409: 'LIST_NAME_TAKEN: another list of the account has this name' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateListDto) {
    return this.lists.create(context, caller.userId, body);
  }

  @RequirePermission('lists.manage')
  @NeedsListLevel('manage')
  @Patch('lists/:listId')
  @ApiOperation({ summary: 'Rename a list or change its description (If-Match required)' })
  @ApiOkResponse({ type: ContactListDto })
  @ApiErrors({
    400: 'NOTHING_TO_UPDATE: neither a name nor a description',
    403: NEEDS_MANAGE,
    404: LIST_NOT_FOUND,
    409: 'LIST_NAME_TAKEN: another list of the account has this name',
  })
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
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 403: NEEDS_MANAGE, 404: LIST_NOT_FOUND, 409: 'LIST_IN_USE: a scheduled or sending campaign goes to it, with details.campaignIds' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @ListId() id: string, @IfMatch() version: number) {
    return this.lists.remove(context, caller.userId, id, version);
  }

  // Members are contacts: seeing them takes contacts.view, not lists.view.
  @RequirePermission('contacts.view')
  @NeedsListLevel('members')
  @Get('lists/:listId/members')
  @ApiOperation({ summary: "A list's members, paged like contacts" })
  @ApiPageResponse(ContactDto)
  @ApiErrors({
    403: 'LIST_MEMBERS_HIDDEN: the caller is restricted to chosen lists and holds this one at SEND, which shows its size, never its members',
    404: LIST_NOT_FOUND,
  })
  members(@CurrentAccount() context: AccountContext, @ListId() id: string, @Query() query: PageQueryDto) {
    return this.lists.members(context, id, parsePageQuery(query, { sortable: CONTACT_SORTS, defaultSort: 'createdAt', filters: CONTACT_FILTERS, parseFilter: parseContactFilter }));
  }

  @RequirePermission('lists.manage')
  @NeedsListLevel('manage')
  @Post('lists/:listId/members')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Add up to 1,000 contacts to a list; adding a member twice changes nothing' })
  @ApiOkResponse({ type: ListMembersAddedDto })
  @ApiErrors({ 400: 'UNKNOWN_CONTACTS: contactIds names contacts that are not in this account, with details.ids', 403: NEEDS_MANAGE, 404: LIST_NOT_FOUND })
  addMembers(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @ListId() id: string, @Body() body: MembersDto) {
    return this.lists.addMembers(context, caller.userId, id, body.contactIds);
  }

  @RequirePermission('lists.manage')
  @NeedsListLevel('manage')
  @Delete('lists/:listId/members/:contactId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a contact from a list (the contact stays); removing a non-member changes nothing' })
  @ApiNoContentResponse({ description: 'Not a member (any more)' })
  @ApiErrors({ 403: NEEDS_MANAGE, 404: `${LIST_NOT_FOUND}; CONTACT_NOT_FOUND: the contact id is not a UUID, or the caller is restricted to chosen lists and cannot see the contact` })
  removeMember(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @ListId() id: string,
    @IdParam('contactId', 'CONTACT_NOT_FOUND', 'contact') contactId: string,
  ) {
    return this.lists.removeMember(context, caller.userId, id, contactId);
  }
}
