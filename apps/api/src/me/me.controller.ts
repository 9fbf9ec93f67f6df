import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { MeService } from './me.service.js';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @ApiOperation({ summary: 'The caller and every account it can act in, with its grant in each' })
  @ApiOkResponse({ description: '{ user, accounts }' })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED' })
  describe(@CurrentUser() caller: AuthenticatedUser) {
    return this.me.describe(caller.userId);
  }
}
