import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { InAccount, RequirePermission } from '../access/route-access.decorator.js';
import { clientOf } from '../auth/auth.controller.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';
import { ApiErrors } from '../openapi/responses.js';
import { PutSecurityPolicyDto, SecurityPolicyDto } from './dto/security-policy.dto.js';
import { SecurityPolicyService } from './security-policy.service.js';

@ApiTags('account')
@Controller('accounts/:accountId/security-policy')
export class SecurityPolicyController {
  constructor(private readonly policy: SecurityPolicyService) {}

  @InAccount()
  @Get()
  @ApiOperation({ summary: 'Whether the account requires two-step sign-in of everyone who works in it' })
  @ApiOkResponse({ type: SecurityPolicyDto })
  get(@CurrentAccount() context: AccountContext): Promise<SecurityPolicyDto> {
    return this.policy.get(context.account.id);
  }

  @RequirePermission('account.settings.manage')
  @Put()
  @ApiOperation({
    summary: 'Require two-step sign-in, or stop requiring it',
    description:
      "Members then need a second factor to enter the account; a partner's Owners and Partner Managers need one in every client too. Recorded in the account's audit log and the caller's security log.",
  })
  @ApiOkResponse({ type: SecurityPolicyDto, description: 'The policy as it now is' })
  @ApiErrors({ 409: 'ENABLE_TWO_FACTOR_FIRST: turning it on needs the caller to be signed in with a second factor, so that they are not locked out' })
  put(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Req() req: ApiRequest, @Body() body: PutSecurityPolicyDto): Promise<SecurityPolicyDto> {
    return this.policy.put(context.account.id, caller, clientOf(req), body.requireTwoFactor);
  }
}
