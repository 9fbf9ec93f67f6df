import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Patch, Post, Query, type Type, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Action } from '@partner-portal/permissions';
import type { AssetKind } from '@partner-portal/db';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { IfMatch } from '../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { ASSET_SORTS, type AssetFilter } from './assets.repository.js';
import { ASSET_NOUNS, AssetsService, type UploadedImage } from './assets.service.js';
import { UpdateAssetDto, UploadAssetDto, UploadAssetFormDto } from './dto/asset.dto.js';
import { ASSET_MAX_BYTES, ASSET_MIME_TYPES, AssetDto } from './dto/content-responses.dto.js';
import { UploadErrorsInterceptor } from './upload-errors.interceptor.js';

export interface AssetRoutes {
  kind: AssetKind;
  /** The path segment under /accounts/:accountId, such as "library". */
  path: string;
  tag: string;
  actions: { view: Action; upload: Action; edit: Action; delete: Action };
}

function parseAssetFilter(raw: Record<string, unknown>): AssetFilter {
  if (raw.q === undefined) return {};
  if (typeof raw.q !== 'string' || raw.q.length > 200) throw invalidFilter('q must be a string of at most 200 characters.');
  return { q: raw.q.trim() || undefined };
}

/**
 * The routes of one kind of asset. Library images and logos differ only in their path and in the
 * actions that guard them, which decorators need as constants: hence one class per kind, made here.
 */
export function assetController(routes: AssetRoutes): Type<unknown> {
  const { kind, path, tag, actions } = routes;
  const [notFoundCode, what] = ASSET_NOUNS[kind];
  const assetId = () => IdParam('assetId', notFoundCode, what);
  const notFound = `${notFoundCode}: no such ${what} in this account`;
  const imageBytes = { type: 'string', format: 'binary', maxLength: ASSET_MAX_BYTES } as const;

  @ApiTags(tag)
  @Controller('accounts/:accountId')
  class AssetController {
    constructor(readonly assets: AssetsService) {}

    @RequirePermission(actions.view)
    @Get(path)
    @ApiOperation({ summary: `List the ${what}s, newest first by default; filter {"q": "..."} searches names` })
    @ApiPageResponse(AssetDto)
    list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
      const request = parsePageQuery(query, { sortable: ASSET_SORTS, defaultSort: 'createdAt', filters: ['q'], parseFilter: parseAssetFilter });
      if (!query.sort) request.sort.descending = true;
      return this.assets.list(context, kind, request);
    }

    @RequirePermission(actions.view)
    @Get(`${path}/:assetId`)
    @ApiOperation({ summary: `One ${what}, with its ETag` })
    @ApiOkResponse({ type: AssetDto })
    @ApiErrors({ 404: notFound })
    get(@CurrentAccount() context: AccountContext, @assetId() id: string) {
      return this.assets.get(context, kind, id);
    }

    @RequirePermission(actions.view)
    @Get(`${path}/:assetId/content`)
    @Header('X-Content-Type-Options', 'nosniff')
    @ApiOperation({ summary: `The ${what}'s bytes, with the image type read from them at upload` })
    @ApiOkResponse({
      description: `The ${what}, inline, as the type its mimeType names`,
      content: Object.fromEntries(ASSET_MIME_TYPES.map((type) => [type, { schema: imageBytes }])),
    })
    @ApiErrors({ 404: `${notFound}; CONTENT_MISSING: its file is no longer stored` })
    content(@CurrentAccount() context: AccountContext, @assetId() id: string) {
      return this.assets.content(context, kind, id);
    }

    @RequirePermission(actions.upload)
    @Post(path)
    @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
    @ApiConsumes('multipart/form-data')
    @ApiBody({ type: UploadAssetFormDto })
    @ApiOperation({ summary: `Upload a ${what} (PNG, JPEG, GIF or WebP, recognised from its content, not its name)` })
    @ApiCreatedResponse({ type: AssetDto, description: `The new ${what}` })
    @ApiErrors({
      400: 'FILE_REQUIRED: no multipart field "file"; INVALID_UPLOAD: the multipart body is not one file and text fields',
      413: 'FILE_TOO_LARGE: over UPLOAD_MAX_BYTES',
      415: 'UNSUPPORTED_MEDIA_TYPE: the bytes are not a PNG, JPEG, GIF or WebP image',
    })
    upload(
      @CurrentAccount() context: AccountContext,
      @CurrentUser() caller: AuthenticatedUser,
      @UploadedFile() file: UploadedImage | undefined,
      @Body() fields: UploadAssetDto,
    ) {
      return this.assets.upload(context, caller.userId, kind, file, fields);
    }

    @RequirePermission(actions.edit)
    @Patch(`${path}/:assetId`)
    @ApiOperation({ summary: `Rename a ${what} or change its alt text (If-Match)` })
    @ApiOkResponse({ type: AssetDto })
    @ApiErrors({ 400: 'NOTHING_TO_UPDATE: neither name nor altText sent', 404: notFound })
    update(
      @CurrentAccount() context: AccountContext,
      @CurrentUser() caller: AuthenticatedUser,
      @assetId() id: string,
      @IfMatch() version: number,
      @Body() body: UpdateAssetDto,
    ) {
      return this.assets.update(context, caller.userId, kind, id, version, body);
    }

    @RequirePermission(actions.delete)
    @Delete(`${path}/:assetId`)
    @HttpCode(HttpStatus.NO_CONTENT)
    @ApiOperation({ summary: `Delete a ${what} and its file (If-Match)` })
    @ApiNoContentResponse()
    @ApiErrors({ 404: notFound })
    remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @assetId() id: string, @IfMatch() version: number) {
      return this.assets.remove(context, caller.userId, kind, id, version);
    }
  }

  // Nest and OpenAPI name operations after the class; each kind gets its own.
  Object.defineProperty(AssetController, 'name', { value: `${tag.charAt(0).toUpperCase()}${tag.slice(1)}Controller` });
  return AssetController;
}
