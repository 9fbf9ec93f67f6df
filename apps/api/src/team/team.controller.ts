import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { AppError } from '../common/app-error.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { CreateInvitationDto } from '../invitations/dto/create-invitation.dto.js';
import { InvitationDto } from '../invitations/dto/invitation.dto.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { oneRoleOf } from '../roles/role-rules.js';
import { ApiErrors } from '../openapi/responses.js';
import { OwnershipTransferredDto, RoleChangedDto, TeamPageDto } from './dto/team-response.dto.js';
import { ChangeRoleDto, TransferOwnershipDto } from './dto/team.dto.js';
import { TeamService } from './team.service.js';

const ROLE_EXCEEDS_YOURS = 'ROLE_EXCEEDS_YOURS: the custom role names actions the caller does not hold here (details.actions lists them)';
const RETRY_AFTER = { description: 'Seconds until a resend is allowed', required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 60 } } as const;

const uuid = (code: string, what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new AppError(HttpStatus.NOT_FOUND, code, `No such ${what} in this account.`) });

@ApiTags('team')
@Controller('accounts/:accountId')
export class TeamController {
  constructor(
    private readonly team: TeamService,
    private readonly invitations: InvitationsService,
  ) {}

  @RequirePermission('users.view')
  @Get('users')
  @ApiOperation({ summary: 'Members and pending invitations, with role, status, delivery status, and the people counter' })
  @ApiOkResponse({ type: TeamPageDto, description: 'One page, how many match in all, and the people counter' })
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    const { limit, offset } = parsePageQuery(query, { sortable: ['email'], defaultSort: 'email' });
    return this.team.list(context, limit, offset);
  }

  @RequirePermission('users.manage')
  @Patch('users/:userId')
  @ApiOperation({
    summary: "Change a member's role: a built-in role, or a custom role of the account (not the owner's: transfer ownership instead)",
    description: 'Send exactly one of role and customRoleId. A custom role may be given only if the caller holds every action of it here.',
  })
  @ApiOkResponse({ type: RoleChangedDto })
  @ApiErrors({
    400: 'ROLE_NOT_ALLOWED: Partner Manager outside a partner account, or a custom role for the owner',
    403: ROLE_EXCEEDS_YOURS,
    404: 'USER_NOT_FOUND: not a member of this account; ROLE_NOT_FOUND: no such custom role here',
    409: "OWNER_ROLE_LOCKED: the owner's role changes only by transferring ownership",
  })
  changeRole(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @Param('userId', uuid('USER_NOT_FOUND', 'member')) userId: string,
    @Body() body: ChangeRoleDto,
  ) {
    return this.team.changeRole(context, caller.userId, userId, oneRoleOf(body));
  }

  @RequirePermission('users.manage')
  @Delete('users/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a member (never the owner)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors({ 404: 'USER_NOT_FOUND: not a member of this account', 409: 'OWNER_CANNOT_BE_REMOVED: transfer ownership first' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Param('userId', uuid('USER_NOT_FOUND', 'member')) userId: string) {
    return this.team.remove(context, caller.userId, userId);
  }

  @RequirePermission('users.manage')
  @Post('owner')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Transfer ownership to a member; the old owner becomes Account Manager' })
  @ApiOkResponse({ type: OwnershipTransferredDto })
  @ApiErrors({ 404: 'USER_NOT_FOUND: not a member of this account', 409: 'ROLE_NOT_ALLOWED: a Partner Manager cannot own the account' })
  transferOwnership(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: TransferOwnershipDto) {
    return this.team.transferOwnership(context, caller.userId, body.userId);
  }

  @RequirePermission('users.manage')
  @Post('invitations')
  @ApiOperation({
    summary: 'Invite someone by email with a role or a custom role; the email is sent by the worker',
    description: 'Send exactly one of role and customRoleId. A custom role may be given only if the caller holds every action of it here.',
  })
  @ApiCreatedResponse({ type: InvitationDto, description: 'The pending invitation' })
  @ApiErrors({
    400: 'ROLE_NOT_ALLOWED: Partner Manager outside a partner account',
    403: ROLE_EXCEEDS_YOURS,
    404: 'ROLE_NOT_FOUND: no such custom role here',
    409: 'ALREADY_MEMBER; INVITATION_PENDING: send again with replacePending: true; USER_LIMIT_REACHED: remove someone or revoke an invitation first',
  })
  invite(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateInvitationDto) {
    return this.invitations.invite(context, caller.userId, body);
  }

  @RequirePermission('users.manage')
  @Post('invitations/:invitationId/resend')
  @ApiOperation({ summary: 'Send a new link; every earlier invitation for that email in this account is revoked' })
  @ApiCreatedResponse({ type: InvitationDto, description: 'The new pending invitation' })
  @ApiErrors({
    403: ROLE_EXCEEDS_YOURS,
    404: 'INVITATION_NOT_FOUND; ROLE_NOT_FOUND: its custom role was deleted',
    409: 'INVITATION_ACCEPTED; INVITATION_REVOKED: revoked or replaced, invite again instead; USER_LIMIT_REACHED',
    429: 'RESEND_TOO_SOON: at most one email per minute to the same person, see Retry-After',
  })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': RETRY_AFTER } })
  resend(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @Param('invitationId', uuid('INVITATION_NOT_FOUND', 'invitation')) invitationId: string,
  ) {
    return this.invitations.resend(context, caller.userId, invitationId);
  }

  @RequirePermission('users.manage')
  @Delete('invitations/:invitationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke a pending invitation: its link stops working' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiErrors({ 404: 'INVITATION_NOT_FOUND', 409: 'INVITATION_NOT_PENDING: already accepted, revoked or expired' })
  revoke(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @Param('invitationId', uuid('INVITATION_NOT_FOUND', 'invitation')) invitationId: string,
  ) {
    return this.invitations.revoke(context, caller.userId, invitationId);
  }
}
