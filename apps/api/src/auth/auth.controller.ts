import { Body, Controller, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ApiRequest } from '../common/request-context.js';
import { AuthService, type PublicUser } from './auth.service.js';
import { CurrentUser } from './current-user.decorator.js';
import { SessionDto, SignupResponseDto } from './dto/auth-response.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { SignupDto } from './dto/signup.dto.js';
import { LoginGuard } from './login.guard.js';
import { Public, SignedIn } from '../access/route-access.decorator.js';
import { SessionsService } from './sessions.service.js';
import type { AuthenticatedUser } from '../common/request-context.js';

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
  @ApiCreatedResponse({ type: SignupResponseDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'USERNAME_TAKEN' })
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
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS, the same for an unknown email and a wrong password' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_LOGIN_ATTEMPTS, with Retry-After' })
  async login(@Req() req: ApiRequest): Promise<SessionDto> {
    const user = req.user as unknown as PublicUser;
    const session = await this.sessions.open(user.id, clientOf(req));
    return { accessToken: session.accessToken, expiresAt: session.expiresAt.toISOString(), user };
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End this session: its access token stops working at once' })
  @ApiNoContentResponse()
  async logout(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
  }
}
