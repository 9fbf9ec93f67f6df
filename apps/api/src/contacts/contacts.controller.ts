import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Patch, Query, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiPreconditionFailedResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
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
import { NotForRestrictedMembers } from '../list-access/list-access.decorators.js';
import { ContactExportService } from './contact-export.js';
import { ContactImportService } from './contact-import.js';
import { CONTACT_SORTS, type ContactFilter } from './contacts.repository.js';
import { ContactsService } from './contacts.service.js';
import { CONTACT_STATUSES, type ContactStatusValue, CreateContactDto, ListScopeQueryDto, UpdateContactDto } from './dto/contact.dto.js';

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
  @ApiOkResponse({ description: '{ data, total }' })
  list(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.contacts.list(context, caller.userId, parsePageQuery(query, { sortable: CONTACT_SORTS, defaultSort: 'createdAt', filters: CONTACT_FILTERS, parseFilter: parseContactFilter }));
  }

  @RequirePermission('contacts.export')
  @Get('contacts/export')
  @ApiOperation({ summary: 'All contacts (or one list\'s members) as a CSV download, streamed' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'id,email,first_name,last_name,phone,company,status,created_at' })
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
  @ApiConsumes('text/csv')
  @ApiOkResponse({ description: '{ created, updated, unchanged, merged, skipped, errorCount, errors: [{ line, email, code, message }], ignoredColumns }' })
  @ApiPayloadTooLargeResponse({ description: 'IMPORT_TOO_LARGE' })
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
  get(@CurrentAccount() context: AccountContext, @IdParam('contactId', 'CONTACT_NOT_FOUND', 'contact') id: string) {
    return this.contacts.get(context, id);
  }

  @RequirePermission('contacts.add')
  @NotForRestrictedMembers()
  @Post('contacts')
  @ApiOperation({ summary: 'Add a contact, optionally to lists' })
  @ApiCreatedResponse({ description: 'The contact, with its lists' })
  @ApiConflictResponse({ description: 'CONTACT_EXISTS, with details.id of the contact that has this email' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateContactDto) {
    return this.contacts.create(context, caller.userId, body);
  }

  @RequirePermission('contacts.add')
  @Patch('contacts/:contactId')
  @ApiOperation({ summary: 'Edit a contact (If-Match required)' })
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  @ApiConflictResponse({ description: 'CONTACT_EXISTS' })
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
  @ApiNoContentResponse()
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  remove(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @IdParam('contactId', 'CONTACT_NOT_FOUND', 'contact') id: string,
    @IfMatch() version: number,
  ) {
    return this.contacts.remove(context, caller.userId, id, version);
  }
}
