import { Body, Controller, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { ApiRequest } from '../common/request-context.js';
import { AuthService, type PublicUser } from './auth.service.js';
import { CurrentUser } from './current-user.decorator.js';
import { SessionDto, SignupResponseDto } from './dto/auth-response.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { SignupDto } from './dto/signup.dto.js';
import { LoginGuard } from './login.guard.js';
import { Public, SignedIn } from '../access/route-access.decorator.js';
import { SessionsService } from './sessions.service.js';
import { ApiErrors } from '../openapi/responses.js';
import type { AuthenticatedUser } from '../common/request-context.js';

/** The throttle's window is at most a day (LOGIN_WINDOW_SECONDS). */
const RETRY_AFTER = { description: 'Seconds until sign-in is allowed again', required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 } } as const;

function clientOf(req: ApiRequest) {
  return { ip: req.ip, userAgent: req.header('user-agent') };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Post('signup')
  @ApiOperation({ summary: 'Create a standalone account (or, with partnerProgram, a partner account) and its owner' })
  @ApiCreatedResponse({ type: SignupResponseDto, description: 'The account and its owner; the owner is signed in' })
  @ApiErrors({ 409: 'USERNAME_TAKEN: an account already uses this email address' })
  async signup(@Body() body: SignupDto, @Req() req: ApiRequest): Promise<SignupResponseDto> {
    const { user, account } = await this.auth.signup(body);
    const session = await this.sessions.open(user.id, clientOf(req));
    req.log.info({ userId: user.id, accountId: account.id }, 'signed up');
    return {
      accessToken: session.accessToken,
      expiresAt: session.expiresAt.toISOString(),
      user,
      account: { id: account.id, name: account.name, kind: account.kind, partnerProgram: account.partnerProgram },
    };
  }

  @Public()
  @UseGuards(LoginGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionDto, description: 'Signed in' })
  @ApiErrors({
    401: 'INVALID_CREDENTIALS: the same for an unknown email and a wrong password',
    429: 'TOO_MANY_LOGIN_ATTEMPTS: too many attempts from this address, or failures for this email; see Retry-After',
  })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': RETRY_AFTER } })
  async login(@Req() req: ApiRequest): Promise<SessionDto> {
    const user = req.user as unknown as PublicUser;
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
