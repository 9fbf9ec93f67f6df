import { Body, Controller, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiAcceptedResponse, ApiBody, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, getSchemaPath } from '@nestjs/swagger';
import type { ApiRequest } from '../common/request-context.js';
import { AuthService, type VerifiedCredentials } from './auth.service.js';
import { CurrentUser } from './current-user.decorator.js';
import { CHECK_YOUR_INBOX, SessionDto, SIGNUP_RETRY_AFTER, SignupAcceptedDto, TwoFactorChallengeDto } from './dto/auth-response.dto.js';
import { toUsername } from '@partner-portal/db';
import { issueTwoFactorChallenge } from './two-factor/two-factor-token.js';
import { clientAddress } from './login-throttle.service.js';
import { SignupThrottleService } from './signup-throttle.service.js';
import { LoginDto } from './dto/login.dto.js';
import { SignupDto } from './dto/signup.dto.js';
import { LoginGuard } from './login.guard.js';
import { Public, SignedIn } from '../access/route-access.decorator.js';
import { SessionsService } from './sessions.service.js';
import { ApiErrors } from '../openapi/responses.js';
import type { AuthenticatedUser } from '../common/request-context.js';

/** The throttle's windows are at most a day (LOGIN_WINDOW_SECONDS, LOGIN_IP_WINDOW_SECONDS). */
const RETRY_AFTER = { description: 'Seconds until sign-in is allowed again', required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 } } as const;

export function clientOf(req: ApiRequest) {
  return { ip: req.ip, userAgent: req.header('user-agent') };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly signupThrottle: SignupThrottleService,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  @Post('signup')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Sign up: a standalone account (or, with partnerProgram, a partner account) once the email address is verified',
    description:
      'Answers 202 the same way for a new and a taken email address, so it tells nobody whether an address has an account. ' +
      'A new address gets its account, unverified, and an email with a verification link (single use, 24 hours); ' +
      'a taken one gets an email saying an account exists, with links to sign in and to reset the password. ' +
      'Sign-in answers 403 EMAIL_NOT_VERIFIED until the link is followed.',
  })
  @ApiAcceptedResponse({ type: SignupAcceptedDto, description: 'Check your inbox: the same answer for every address' })
  @ApiErrors({ 429: 'TOO_MANY_REQUESTS: too many sign-ups for this email address or from this client address; see Retry-After' })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': SIGNUP_RETRY_AFTER } })
  async signup(@Body() body: SignupDto, @Req() req: ApiRequest): Promise<SignupAcceptedDto> {
    await this.signupThrottle.consume('signup', toUsername(body.email), clientAddress(req.ip));
    await this.auth.signup(body, clientOf(req));
    return CHECK_YOUR_INBOX;
  }

  @Public()
  @UseGuards(LoginGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with email and password',
    description:
      'Answers a session, or, for a person with two-factor sign-in on, a TwoFactorChallengeDto: ' +
      'then send its twoFactorToken with a code to POST /api/auth/login/two-factor within five minutes.',
  })
  @ApiBody({ type: LoginDto })
  @ApiExtraModels(SessionDto, TwoFactorChallengeDto)
  @ApiOkResponse({
    description: 'Signed in, or the password is right and a second factor is needed',
    schema: { oneOf: [{ $ref: getSchemaPath(SessionDto) }, { $ref: getSchemaPath(TwoFactorChallengeDto) }] },
  })
  @ApiErrors({
    401: 'INVALID_CREDENTIALS: the same for an unknown email and a wrong password',
    403: 'EMAIL_NOT_VERIFIED: the password is right, but the email address of this sign-up is not verified yet',
    429: 'TOO_MANY_LOGIN_ATTEMPTS: too many failed sign-ins from this address, for this email or for any; see Retry-After',
  })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': RETRY_AFTER } })
  async login(@Req() req: ApiRequest): Promise<SessionDto | TwoFactorChallengeDto> {
    // The local strategy's answer (local.strategy.ts), where other routes have the access token's caller.
    const { user, totp } = req.user as unknown as VerifiedCredentials;
    if (totp) return issueTwoFactorChallenge(this.jwt, user.id);
    const session = await this.sessions.open(user.id, clientOf(req));
    return { accessToken: session.accessToken, expiresAt: session.expiresAt.toISOString(), user };
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End this session: its access token stops working at once' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
  }
}
