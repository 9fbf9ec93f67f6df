import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Patch, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { isUUID } from 'class-validator';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { AppError } from '../common/app-error.js';
import { IdParam } from '../common/id-param.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { NotForRestrictedMembers } from '../list-access/list-access.decorators.js';
import { ContactExportService } from './contact-export.js';
import { ContactImportService } from './contact-import.js';
import { CONTACT_SORTS, type ContactFilter } from './contacts.repository.js';
import { ContactsService } from './contacts.service.js';
import { CONTACT_STATUSES, type ContactStatusValue, CreateContactDto, ListScopeQueryDto, UpdateContactDto } from './dto/contact.dto.js';
import { ContactDto, ContactImportResultDto, ContactWithListsDto } from './dto/contact-response.dto.js';

export const CONTACT_FILTERS = ['q', 'listId', 'status'] as const;

/** `filter` of a contact list: { q, listId, status }. */
export function parseContactFilter(raw: Record<string, unknown>): ContactFilter {
  const filter: ContactFilter = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'q') {
      if (typeof value !== 'string' || value.length > 200) throw invalidFilter('filter.q must be a string of at most 200 characters.');
      filter.q = value.trim();
    } else if (key === 'listId') {
      if (typeof value !== 'string' || !isUUID(value)) throw invalidFilter('filter.listId must be a list id.');
      filter.listId = value;
    } else if (key === 'status') {
      if (!CONTACT_STATUSES.includes(value as ContactStatusValue)) throw invalidFilter(`filter.status must be one of ${CONTACT_STATUSES.join(', ')}.`);
      filter.status = value as ContactStatusValue;
    }
  }
  return filter;
}

const CSV_TYPES = ['text/csv', 'application/csv'];

/** The most IMPORT_MAX_BYTES may be set to; each deployment's own limit is smaller (50 MiB unless configured). */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

const MEMBERS_HIDDEN = 'LIST_MEMBERS_HIDDEN: the caller is restricted to chosen lists and holds this one at SEND, which shows its size, never its members';

@ApiTags('contacts')
@Controller('accounts/:accountId')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly importer: ContactImportService,
    private readonly exporter: ContactExportService,
  ) {}

  @RequirePermission('contacts.view')
  @Get('contacts')
  @ApiOperation({ summary: 'Contacts, paged; sort email, createdAt or lastName; filter {"q", "listId", "status"}' })
  @ApiPageResponse(ContactDto)
  @ApiErrors({ 403: `${MEMBERS_HIDDEN} (filter.listId)` })
  list(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.contacts.list(context, caller.userId, parsePageQuery(query, { sortable: CONTACT_SORTS, defaultSort: 'createdAt', filters: CONTACT_FILTERS, parseFilter: parseContactFilter }));
  }

  @RequirePermission('contacts.export')
  @Get('contacts/export')
  @ApiOperation({ summary: 'All contacts (or one list\'s members) as a CSV download, streamed' })
  @ApiOkResponse({
    description: 'A header row (id,email,first_name,last_name,phone,company,status,created_at), then one row per contact; a cell a spreadsheet would run as a formula starts with an apostrophe',
    headers: {
      'Content-Disposition': { description: 'attachment; filename="contacts-<date>.csv"', required: true, schema: { type: 'string', maxLength: 100 } },
    },
    // Streamed as fast as the client reads, however many contacts the account has: no limit is set on its length.
    content: { 'text/csv': { schema: { type: 'string', maxLength: Number.MAX_SAFE_INTEGER } } },
  })
  @ApiErrors({ 403: MEMBERS_HIDDEN, 404: 'LIST_NOT_FOUND: no such list (listId) in this account' })
  export(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @Query() query: ListScopeQueryDto,
    @Req() req: ApiRequest,
    @Res() res: Response,
  ) {
    return this.exporter.export(context, caller.userId, query.listId, res, req.log);
  }

  @RequirePermission('contacts.add')
  @NotForRestrictedMembers()
  @Post('contacts/import')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import contacts from CSV sent as the raw body (Content-Type: text/csv)',
    description:
      'A header row naming an email column (and optionally first_name, last_name, phone, company) is required. Rows with the email of an existing ' +
      'contact, or of an earlier row, are merged into it (non-empty fields win). Bad rows are reported, never fatal; the import is one transaction.',
  })
  @ApiConsumes(...CSV_TYPES)
  @ApiBody({ description: 'The CSV file, UTF-8, at most IMPORT_MAX_BYTES bytes', schema: { type: 'string', maxLength: MAX_IMPORT_BYTES } })
  @ApiOkResponse({ type: ContactImportResultDto, description: 'What the import did, row by row' })
  @ApiErrors({
    400:
      'MALFORMED_CSV: the file is not CSV; IMPORT_NO_EMAIL_COLUMN: the header names no email column; IMPORT_EMPTY: no header row; ' +
      'IMPORT_ABORTED: the upload stopped before the end of the file',
    403: 'LIST_RESTRICTED: the caller is restricted to chosen lists',
    404: 'LIST_NOT_FOUND: no such list (listId) in this account',
    413: 'IMPORT_TOO_LARGE: the file is larger than IMPORT_MAX_BYTES',
    415: 'UNSUPPORTED_MEDIA_TYPE: the body is not sent as text/csv',
  })
  import(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Query() query: ListScopeQueryDto, @Req() req: ApiRequest) {
    if (!req.is(CSV_TYPES)) {
      throw new AppError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as the request body with Content-Type: text/csv.');
    }
    const length = req.headers['content-length'];
    return this.importer.import(context, caller.userId, req, { listId: query.listId, declaredBytes: length === undefined ? undefined : Number(length) });
  }

  @RequirePermission('contacts.view')
  @Get('contacts/:contactId')
  @ApiOperation({ summary: 'One contact, with the ids and names of its lists; ETag is its version' })
  @ApiOkResponse({ type: ContactWithListsDto })
  @ApiErrors({ 404: 'CONTACT_NOT_FOUND' })
  get(@CurrentAccount() context: AccountContext, @IdParam('contactId', 'CONTACT_NOT_FOUND', 'contact') id: string) {
    return this.contacts.get(context, id);
  }

  @RequirePermission('contacts.add')
  @NotForRestrictedMembers()
  @Post('contacts')
  @ApiOperation({ summary: 'Add a contact, optionally to lists' })
  @ApiCreatedResponse({ type: ContactWithListsDto, description: 'The contact, with its lists' })
  @ApiErrors({
    400: 'UNKNOWN_LISTS: listIds names lists that are not in this account, with details.ids',
    403: 'LIST_RESTRICTED: the caller is restricted to chosen lists',
    409: 'CONTACT_EXISTS: a contact has this email, with details.id',
  })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateContactDto) {
    return this.contacts.create(context, caller.userId, body);
  }

  @RequirePermission('contacts.add')
  @Patch('contacts/:contactId')
  @ApiOperation({ summary: 'Edit a contact (If-Match required)' })
  @ApiOkResponse({ type: ContactDto, description: 'The contact (without its lists)' })
  @ApiErrors({
    400: 'NOTHING_TO_UPDATE: no field to change',
    404: 'CONTACT_NOT_FOUND',
    409: 'CONTACT_EXISTS: another contact has this email, with details.id',
  })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @IdParam('contactId', 'CONTACT_NOT_FOUND', 'contact') id: string,
    @IfMatch() version: number,
    @Body() body: UpdateContactDto,
  ) {
    return this.contacts.update(context, caller.userId, id, version, body);
  }

  @RequirePermission('contacts.delete')
  @Delete('contacts/:contactId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a contact (If-Match required)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 404: 'CONTACT_NOT_FOUND' })
  remove(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @IdParam('contactId', 'CONTACT_NOT_FOUND', 'contact') id: string,
    @IfMatch() version: number,
  ) {
    return this.contacts.remove(context, caller.userId, id, version);
  }
}
