import { Body, Controller, HttpCode, HttpStatus, Patch, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { toUsername } from '@partner-portal/db';
import { Public, SignedIn } from '../access/route-access.decorator.js';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';
import { ApiErrors } from '../openapi/responses.js';
import { clientOf } from './auth.controller.js';
import { AuthService, type PublicUser } from './auth.service.js';
import { CurrentUser } from './current-user.decorator.js';
import { CHECK_YOUR_INBOX, SIGNUP_RETRY_AFTER, SignupAcceptedDto, UserDto } from './dto/auth-response.dto.js';
import { ChangeEmailDto, ChangeNameDto, ChangePasswordDto, ConfirmEmailChangeDto, PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/password.dto.js';
import { clientAddress } from './login-throttle.service.js';
import { SignupThrottleService } from './signup-throttle.service.js';

/** "Forgot password?" and the link it emails. */
@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: SignupThrottleService,
  ) {}

  @Public()
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: '"Forgot password?": the same answer for every address; only an existing account is emailed a link (single use, one hour)' })
  @ApiAcceptedResponse({ type: SignupAcceptedDto, description: 'Check your inbox: the same answer for every address' })
  @ApiErrors({ 429: 'TOO_MANY_REQUESTS: too many requests for this email address or from this client address; see Retry-After' })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': SIGNUP_RETRY_AFTER } })
  async request(@Body() body: PasswordResetRequestDto, @Req() req: ApiRequest): Promise<SignupAcceptedDto> {
    await this.throttle.consume('password-reset', toUsername(body.email), clientAddress(req.ip));
    await this.auth.requestPasswordReset(body.email, clientOf(req));
    return CHECK_YOUR_INBOX;
  }

  @Public()
  @Post('confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Set a new password with the token of the emailed link: signs out every session of the person, and verifies the email address" })
  @ApiNoContentResponse({ description: 'The password is set; sign in with it' })
  @ApiErrors({ 410: 'LINK_GONE: the link was used, has expired or was replaced by a newer one' })
  async confirm(@Body() body: PasswordResetConfirmDto, @Req() req: ApiRequest): Promise<void> {
    await this.auth.resetPassword(body.token, body.password, clientOf(req));
  }
}

/** A signed-in person's own name and password. */
@ApiTags('auth')
@Controller('me')
export class MyPasswordController {
  constructor(private readonly auth: AuthService) {}

  @SignedIn()
  @Patch()
  @ApiOperation({ summary: 'Change your name' })
  @ApiOkResponse({ type: UserDto, description: 'You, with the new name' })
  async changeName(@Body() body: ChangeNameDto, @CurrentUser() caller: AuthenticatedUser, @Req() req: ApiRequest): Promise<PublicUser> {
    return this.auth.changeName(caller.userId, body.name, clientOf(req));
  }

  @SignedIn()
  @Post('email')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Change your email address: needs the password; the new address is emailed a link, and nothing changes until it is followed' })
  @ApiAcceptedResponse({ type: SignupAcceptedDto, description: 'Check the new inbox' })
  @ApiErrors({ 403: 'WRONG_PASSWORD: the password is incorrect' })
  async changeEmail(@Body() body: ChangeEmailDto, @CurrentUser() caller: AuthenticatedUser, @Req() req: ApiRequest): Promise<SignupAcceptedDto> {
    await this.auth.requestEmailChange(caller.userId, body.newEmail, body.password, clientOf(req));
    return CHECK_YOUR_INBOX;
  }

  @SignedIn()
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change your password: needs the current one; every other session is signed out, and you are told by email' })
  @ApiNoContentResponse({ description: 'Changed; this session goes on' })
  @ApiErrors({ 403: 'WRONG_PASSWORD: the current password is incorrect' })
  async change(@Body() body: ChangePasswordDto, @CurrentUser() caller: AuthenticatedUser, @Req() req: ApiRequest): Promise<void> {
    await this.auth.changePassword(caller, body.currentPassword, body.newPassword, clientOf(req));
  }
}

/** The link an email change sends to the new address. */
@ApiTags('auth')
@Controller('auth/email-change')
export class EmailChangeController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Confirm an email change with the token of the link sent to the new address: it becomes the login, verified, and the previous address is told' })
  @ApiNoContentResponse({ description: 'Changed; sign in with the new address' })
  @ApiErrors({ 409: 'EMAIL_TAKEN: another account signs in with this address now', 410: 'LINK_GONE: the link was used, has expired or was replaced by a newer one' })
  async confirm(@Body() body: ConfirmEmailChangeDto, @Req() req: ApiRequest): Promise<void> {
    await this.auth.confirmEmailChange(body.token, clientOf(req));
  }
}
