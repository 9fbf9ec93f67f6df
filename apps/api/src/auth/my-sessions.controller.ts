import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isUuid } from '../access/account-access.repository.js';
import { SignedIn } from '../access/route-access.decorator.js';
import { AppError } from '../common/app-error.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';
import { ApiErrors, ApiPageResponse } from '../openapi/responses.js';
import { CurrentUser } from './current-user.decorator.js';
import { MySessionDto, RevokedSessionsDto } from './dto/my-session.dto.js';
import { MySessionsService, type Requester } from './my-sessions.service.js';

function requester(caller: AuthenticatedUser, req: ApiRequest): Requester {
  return { ...caller, ip: req.ip, userAgent: req.header('user-agent') };
}

@ApiTags('auth')
@Controller('me/sessions')
export class MySessionsController {
  constructor(private readonly sessions: MySessionsService) {}

  @SignedIn()
  @Get()
  @ApiOperation({
    summary: "The caller's active sessions, newest first, the current one marked",
    description: 'Each with its device (read from the user agent), its address, when it signed in and when it was last seen (to the minute).',
  })
  @ApiPageResponse(MySessionDto)
  list(@CurrentUser() caller: AuthenticatedUser, @Req() req: ApiRequest, @Query() query: PageQueryDto) {
    const { limit, offset, sort } = parsePageQuery(query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
    return this.sessions.list(requester(caller, req), { limit, offset, descending: !query.sort || sort.descending });
  }

  @SignedIn()
  @Post('revoke-others')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign out every other session of the caller: each is refused on its next request' })
  @ApiOkResponse({ type: RevokedSessionsDto })
  async revokeOthers(@CurrentUser() caller: AuthenticatedUser, @Req() req: ApiRequest): Promise<RevokedSessionsDto> {
    return { revoked: await this.sessions.revokeOthers(requester(caller, req)) };
  }

  @SignedIn()
  @Delete(':sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out one of the caller\'s sessions: it is refused on its next request' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors({ 404: 'SESSION_NOT_FOUND: no such session of yours, or it has already ended' })
  async revoke(@CurrentUser() caller: AuthenticatedUser, @Req() req: ApiRequest, @Param('sessionId') sessionId: string): Promise<void> {
    if (!isUuid(sessionId)) throw new AppError(HttpStatus.NOT_FOUND, 'SESSION_NOT_FOUND', 'No such session of yours, or it has already ended.');
    await this.sessions.revoke(requester(caller, req), sessionId);
  }
}
