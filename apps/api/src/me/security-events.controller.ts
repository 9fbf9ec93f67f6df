import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { ApiPageResponse } from '../openapi/responses.js';
import { SecurityEventDto } from './dto/security-event.dto.js';
import { SecurityEventsService } from './security-events.service.js';

@ApiTags('auth')
@Controller('me/security-events')
export class SecurityEventsController {
  constructor(private readonly events: SecurityEventsService) {}

  @SignedIn()
  @Get()
  @ApiOperation({
    summary: "The caller's security log, newest first",
    description: 'Sign-ups, password and email changes, sessions signed out, factors and passkeys, account policies changed: each with when, the address and the device it came from.',
  })
  @ApiPageResponse(SecurityEventDto)
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    const { limit, offset, sort } = parsePageQuery(query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
    return this.events.list(caller.userId, { limit, offset, descending: !query.sort || sort.descending });
  }
}
