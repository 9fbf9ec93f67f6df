import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { MeDto } from './dto/me.dto.js';
import { MeService } from './me.service.js';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @SignedIn()
  @Get()
  @ApiOperation({
    summary: 'The caller and every account it belongs to, with its grant and allowed actions in each',
    description:
      "A partner account where the caller is Owner or Partner Manager also carries clientAccess: the grant the caller holds in each of its clients and how many there are. The clients themselves are listed by GET /api/accounts/{partnerId}/clients.",
  })
  @ApiOkResponse({ type: MeDto })
  describe(@CurrentUser() caller: AuthenticatedUser) {
    return this.me.describe(caller.userId);
  }
}
