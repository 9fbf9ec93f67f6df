import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { ApiErrors } from '../openapi/responses.js';
import { ReplaceListAccessDto } from './dto/list-access.dto.js';
import { MemberListAccessDto } from './dto/member-list-access.dto.js';
import { NotForRestrictedMembers } from './list-access.decorators.js';
import { ListAccessService } from './list-access.service.js';

const UserId = () => IdParam('userId', 'USER_NOT_FOUND', 'member');
const USER_NOT_FOUND = 'USER_NOT_FOUND: not a member of this account';
const CALLER_RESTRICTED = 'LIST_RESTRICTED: the caller is itself restricted to chosen lists';

@ApiTags('team')
@Controller('accounts/:accountId/users/:userId/list-access')
export class ListAccessController {
  constructor(private readonly listAccess: ListAccessService) {}

  @RequirePermission('users.manage')
  @NotForRestrictedMembers()
  @Get()
  @ApiOperation({ summary: "A member's list access: whether it is restricted to chosen lists, and each list's level" })
  @ApiOkResponse({ type: MemberListAccessDto })
  @ApiErrors({ 403: CALLER_RESTRICTED, 404: USER_NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @UserId() userId: string) {
    return this.listAccess.get(context, userId);
  }

  @RequirePermission('users.manage')
  @NotForRestrictedMembers()
  @Put()
  @ApiOperation({
    summary: "Replace a member's list access (its whole set, at most 1,000 lists); recorded in the audit log",
    description:
      'A restricted member sees a list only at a level: VIEW (the list and its members), SEND (target it in a campaign, see its name and size), ' +
      'MANAGE (both, and change it); it sees a contact only through a list it may view. Restrictions never grant more than its role.',
  })
  @ApiOkResponse({ type: MemberListAccessDto, description: "The member's list access as it is now" })
  @ApiErrors({
    400: "OWNER_UNRESTRICTED: the member is the account's owner, who always reaches every list",
    403: CALLER_RESTRICTED,
    404: `${USER_NOT_FOUND}; LIST_NOT_FOUND: lists names lists that are not in this account, with details.ids`,
  })
  replace(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @UserId() userId: string, @Body() body: ReplaceListAccessDto) {
    return this.listAccess.replace(context, caller.userId, userId, body);
  }
}
