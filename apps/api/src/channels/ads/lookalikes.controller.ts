import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../../access/account-context.js';
import { RequirePermission } from '../../access/route-access.decorator.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/paging.js';
import type { AuthenticatedUser } from '../../common/request-context.js';
import { IfMatch } from '../../common/versioning.js';
import { CreateLookalikeDto } from './dto/ads.dto.js';
import { LookalikesService } from './lookalikes.service.js';

const LookalikeId = () => IdParam('lookalikeId', 'LOOKALIKE_NOT_FOUND', 'lookalike audience');

// Lookalike audiences are Facebook audiences: whoever views Facebook ads sees them.
@ApiTags('ads')
@Controller('accounts/:accountId/ads/lookalikes')
export class LookalikesController {
  constructor(private readonly lookalikes: LookalikesService) {}

  @RequirePermission('ads.meta.view')
  @Get()
  @ApiOperation({ summary: 'Lookalike audiences, paged' })
  @ApiOkResponse({ description: '{ data, total }' })
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.lookalikes.list(context.account.id, query);
  }

  @RequirePermission('ads.meta.view')
  @Get(':lookalikeId')
  @ApiOperation({ summary: 'One lookalike audience, with its ETag' })
  get(@CurrentAccount() context: AccountContext, @LookalikeId() id: string) {
    return this.lookalikes.get(context.account.id, id);
  }

  @RequirePermission('ads.lookalike.create')
  @Post()
  @ApiOperation({
    summary: 'Create a lookalike audience from a contact list',
    description: "The list's member count now is kept as sourceSize. Recorded in Partner Portal only: nothing is sent to Facebook.",
  })
  @ApiCreatedResponse({ description: 'The audience' })
  @ApiBadRequestResponse({ description: 'UNKNOWN_LIST' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateLookalikeDto) {
    return this.lookalikes.create(context.account.id, caller.userId, body);
  }

  @RequirePermission('ads.lookalike.create')
  @Delete(':lookalikeId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a lookalike audience (If-Match)' })
  @ApiNoContentResponse()
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @LookalikeId() id: string, @IfMatch() version: number) {
    return this.lookalikes.remove({ accountId: context.account.id, id, version }, caller.userId);
  }
}
