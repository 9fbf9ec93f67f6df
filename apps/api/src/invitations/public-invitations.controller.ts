import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountAccessRepository } from '../access/account-access.repository.js';
import { Public } from '../access/route-access.decorator.js';
import { AccessTokenVerifier } from '../auth/access-token-verifier.js';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';
import { ApiErrors } from '../openapi/responses.js';
import { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import { AcceptedInvitationDto, InvitationPreviewDto } from './dto/invitation.dto.js';
import { InvitationAcceptanceService } from './invitation-acceptance.service.js';

@ApiTags('invitations')
@Controller('invitations')
export class PublicInvitationsController {
  constructor(
    private readonly acceptance: InvitationAcceptanceService,
    private readonly tokens: AccessTokenVerifier,
    private readonly access: AccountAccessRepository,
  ) {}

  @Public()
  @Get(':token')
  @ApiOperation({ summary: 'What the invitee sees before accepting: account, role, inviter, expiry, and whether they already have a login' })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiErrors({ 404: 'INVITATION_NOT_FOUND: no invitation has this link', 410: 'INVITATION_GONE: accepted, revoked or expired' })
  preview(@Param('token') token: string) {
    return this.acceptance.preview(token);
  }

  @Public()
  @Post(':token/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Accept: a new person sets a password; an existing user proves it is them (signed in, or its password)',
  })
  @ApiOkResponse({ type: AcceptedInvitationDto, description: 'The invitee is signed in' })
  @ApiErrors({
    401: 'SIGN_IN_REQUIRED: the email already has a login; sign in as it or send its password',
    404: 'INVITATION_NOT_FOUND: no invitation has this link',
    410: 'INVITATION_GONE: accepted, revoked or expired',
  })
  async accept(@Param('token') token: string, @Body() body: AcceptInvitationDto, @Req() req: ApiRequest) {
    const caller = await this.optionalCaller(req);
    return this.acceptance.accept(token, body, caller, { ip: req.ip, userAgent: req.header('user-agent') });
  }

  /** A public route may still be called signed in; an invalid token here is simply no caller. */
  private async optionalCaller(req: ApiRequest): Promise<AuthenticatedUser | null> {
    try {
      const caller = this.tokens.verify(req.header('authorization'));
      return (await this.access.sessionActive(caller.userId, caller.sessionId)) ? caller : null;
    } catch {
      return null;
    }
  }
}
