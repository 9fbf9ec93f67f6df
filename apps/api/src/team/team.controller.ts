import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { AppError } from '../common/app-error.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { CreateInvitationDto } from '../invitations/dto/create-invitation.dto.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { oneRoleOf } from '../roles/role-rules.js';
import { ChangeRoleDto, TransferOwnershipDto } from './dto/team.dto.js';
import { TeamService } from './team.service.js';

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
  @ApiOkResponse({ description: '{ data: [{ kind, id, email, name, role, customRole, listRestricted, status, ... }], total, people: { count, limit } }' })
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
  @ApiOkResponse({ description: '{ userId, role, customRole: { id, name } | null }' })
  @ApiForbiddenResponse({ description: "FORBIDDEN: the caller's role does not allow users.manage here; ROLE_EXCEEDS_YOURS: the custom role names actions the caller does not hold here" })
  @ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND, USER_NOT_FOUND, ROLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'OWNER_ROLE_LOCKED' })
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
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'OWNER_CANNOT_BE_REMOVED' })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Param('userId', uuid('USER_NOT_FOUND', 'member')) userId: string) {
    return this.team.remove(context, caller.userId, userId);
  }

  @RequirePermission('users.manage')
  @Post('owner')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Transfer ownership to a member; the old owner becomes Account Manager' })
  transferOwnership(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: TransferOwnershipDto) {
    return this.team.transferOwnership(context, caller.userId, body.userId);
  }

  @RequirePermission('users.manage')
  @Post('invitations')
  @ApiOperation({
    summary: 'Invite someone by email with a role or a custom role; the email is sent by the worker',
    description: 'Send exactly one of role and customRoleId. A custom role may be given only if the caller holds every action of it here.',
  })
  @ApiCreatedResponse({ description: 'The pending invitation, with customRole: { id, name } | null' })
  @ApiForbiddenResponse({ description: "FORBIDDEN: the caller's role does not allow users.manage here; ROLE_EXCEEDS_YOURS: the custom role names actions the caller does not hold here" })
  @ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND, ROLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INVITATION_PENDING (send again with replacePending: true), ALREADY_MEMBER, USER_LIMIT_REACHED' })
  invite(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateInvitationDto) {
    return this.invitations.invite(context, caller.userId, body);
  }

  @RequirePermission('users.manage')
  @Post('invitations/:invitationId/resend')
  @ApiOperation({ summary: 'Send a new link; every earlier invitation for that email in this account is revoked' })
  @ApiCreatedResponse({ description: 'The new pending invitation' })
  @ApiTooManyRequestsResponse({ description: 'RESEND_TOO_SOON: at most one resend per minute' })
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
  @ApiNoContentResponse()
  revoke(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @Param('invitationId', uuid('INVITATION_NOT_FOUND', 'invitation')) invitationId: string,
  ) {
    return this.invitations.revoke(context, caller.userId, invitationId);
  }
}
