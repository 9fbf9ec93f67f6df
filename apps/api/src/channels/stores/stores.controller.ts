import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../../access/account-context.js';
import { RequirePermission } from '../../access/route-access.decorator.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/paging.js';
import type { AuthenticatedUser } from '../../common/request-context.js';
import { IfMatch } from '../../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../../openapi/responses.js';
import { StoreDto } from './dto/store-responses.dto.js';
import { CreateStoreDto, UpdateStoreDto } from './dto/stores.dto.js';
import { StoresService } from './stores.service.js';

const StoreId = () => IdParam('storeId', 'STORE_NOT_FOUND', 'store');
const NOT_SENT = "A store's state is Partner Portal's record of it: no storefront service is contacted.";
const NOT_FOUND = 'STORE_NOT_FOUND: no such store in the account';
const BAD_MOVE = 'INVALID_STATE_TRANSITION: the store cannot go to that state from the one it is in';

@ApiTags('stores')
@Controller('accounts/:accountId/stores')
export class StoresController {
  constructor(private readonly stores: StoresService) {}

  @RequirePermission('stores.manage')
  @Get()
  @ApiOperation({ summary: 'Online stores, paged; filter by q (name), state' })
  @ApiPageResponse(StoreDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.stores.records.page(context.account.id, query);
  }

  @RequirePermission('stores.manage')
  @Get(':storeId')
  @ApiOperation({ summary: 'One store, with its ETag' })
  @ApiOkResponse({ type: StoreDto })
  @ApiErrors({ 404: NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @StoreId() storeId: string) {
    return this.stores.records.get(context.account.id, storeId);
  }

  @RequirePermission('stores.manage')
  @Post()
  @ApiOperation({ summary: 'Create a store (a draft)' })
  @ApiCreatedResponse({ type: StoreDto, description: 'The store' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateStoreDto) {
    return this.stores.records.create(context.account.id, caller.userId, { name: body.name, currency: body.currency });
  }

  @RequirePermission('stores.manage')
  @Patch(':storeId')
  @ApiOperation({ summary: 'Edit a store (If-Match)' })
  @ApiOkResponse({ type: StoreDto })
  @ApiErrors({ 404: NOT_FOUND })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @StoreId() storeId: string,
    @IfMatch() version: number,
    @Body() body: UpdateStoreDto,
  ) {
    return this.stores.records.update({ accountId: context.account.id, id: storeId, version }, caller.userId, () => ({ ...body }));
  }

  @RequirePermission('stores.manage')
  @Post(':storeId/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Mark the store published in Partner Portal's records (If-Match)", description: NOT_SENT })
  @ApiOkResponse({ type: StoreDto })
  @ApiErrors({ 404: NOT_FOUND, 409: BAD_MOVE })
  publish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @StoreId() storeId: string, @IfMatch() version: number) {
    return this.stores.records.transition({ accountId: context.account.id, id: storeId, version }, caller.userId, 'PUBLISHED');
  }

  @RequirePermission('stores.manage')
  @Post(':storeId/unpublish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Mark the store unpublished in Partner Portal's records (If-Match)", description: NOT_SENT })
  @ApiOkResponse({ type: StoreDto })
  @ApiErrors({ 404: NOT_FOUND, 409: BAD_MOVE })
  unpublish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @StoreId() storeId: string, @IfMatch() version: number) {
    return this.stores.records.transition({ accountId: context.account.id, id: storeId, version }, caller.userId, 'UNPUBLISHED');
  }

  @RequirePermission('stores.manage')
  @Delete(':storeId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a store (If-Match)' })
  @ApiNoContentResponse()
  @ApiErrors({ 404: NOT_FOUND })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @StoreId() storeId: string, @IfMatch() version: number) {
    return this.stores.records.remove({ accountId: context.account.id, id: storeId, version }, caller.userId);
  }
}
