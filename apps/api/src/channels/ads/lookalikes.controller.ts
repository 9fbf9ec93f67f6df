import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../../access/account-context.js';
import { RequirePermission } from '../../access/route-access.decorator.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/paging.js';
import type { AuthenticatedUser } from '../../common/request-context.js';
import { IfMatch } from '../../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../../openapi/responses.js';
import { LookalikeAudienceDto } from './dto/ad-responses.dto.js';
import { CreateLookalikeDto } from './dto/ads.dto.js';
import { LookalikesService } from './lookalikes.service.js';

const LookalikeId = () => IdParam('lookalikeId', 'LOOKALIKE_NOT_FOUND', 'lookalike audience');
const NOT_FOUND = 'LOOKALIKE_NOT_FOUND: no such lookalike audience in the account';

// Lookalike audiences are Facebook audiences: whoever views Facebook ads sees them.
@ApiTags('ads')
@Controller('accounts/:accountId/ads/lookalikes')
export class LookalikesController {
  constructor(private readonly lookalikes: LookalikesService) {}

  @RequirePermission('ads.meta.view')
  @Get()
  @ApiOperation({ summary: 'Lookalike audiences, paged' })
  @ApiPageResponse(LookalikeAudienceDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.lookalikes.list(context.account.id, query);
  }

  @RequirePermission('ads.meta.view')
  @Get(':lookalikeId')
  @ApiOperation({ summary: 'One lookalike audience, with its ETag' })
  @ApiOkResponse({ type: LookalikeAudienceDto })
  @ApiErrors({ 404: NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @LookalikeId() id: string) {
    return this.lookalikes.get(context.account.id, id);
  }

  @RequirePermission('ads.lookalike.create')
  @Post()
  @ApiOperation({
    summary: 'Create a lookalike audience from a contact list',
    description: "The list's member count now is kept as sourceSize. Recorded in Partner Portal only: nothing is sent to Facebook.",
  })
  @ApiCreatedResponse({ type: LookalikeAudienceDto, description: 'The audience' })
  @ApiErrors({ 400: 'UNKNOWN_LIST: sourceListId names no contact list of this account' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateLookalikeDto) {
    return this.lookalikes.create(context.account.id, caller.userId, body);
  }

  @RequirePermission('ads.lookalike.create')
  @Delete(':lookalikeId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a lookalike audience (If-Match)' })
  @ApiNoContentResponse()
  @ApiErrors({ 404: NOT_FOUND })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @LookalikeId() id: string, @IfMatch() version: number) {
    return this.lookalikes.remove({ accountId: context.account.id, id, version }, caller.userId);
  }
}
