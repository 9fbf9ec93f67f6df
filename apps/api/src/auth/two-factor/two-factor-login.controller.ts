import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../../access/route-access.decorator.js';
import { AppError } from '../../common/app-error.js';
import type { ApiRequest } from '../../common/request-context.js';
import { ApiErrors } from '../../openapi/responses.js';
import { clientOf } from '../auth.controller.js';
import { SessionDto } from '../dto/auth-response.dto.js';
import { TwoFactorLoginDto } from './dto/two-factor-login.dto.js';
import { TwoFactorLoginService } from './two-factor-login.service.js';

/** TWO_FACTOR_WINDOW_SECONDS is at most a day. */
const RETRY_AFTER = { description: 'Seconds until codes are accepted again', required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 } } as const;

@ApiTags('auth')
@Controller('auth/login')
export class TwoFactorLoginController {
  constructor(private readonly login: TwoFactorLoginService) {}

  @Public()
  @Post('two-factor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in, second step: the token the password step answered, with a code of the authenticator app or a recovery code',
    description: 'Send exactly one of code and recoveryCode. The token is single use: once it has given a session, sign in again for another.',
  })
  @ApiOkResponse({ type: SessionDto, description: 'Signed in, with a second factor' })
  @ApiErrors({
    400: 'VALIDATION_FAILED: neither or both of code and recoveryCode',
    401: 'TWO_FACTOR_CODE_INVALID: the code is wrong or already used; TWO_FACTOR_TOKEN_INVALID: the token is expired, used or not one; sign in again',
    429: 'TOO_MANY_LOGIN_ATTEMPTS: too many wrong codes for this person; see Retry-After',
  })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': RETRY_AFTER } })
  async signIn(@Body() body: TwoFactorLoginDto, @Req() req: ApiRequest): Promise<SessionDto> {
    const { twoFactorToken, code, recoveryCode } = body;
    if ((code === undefined) === (recoveryCode === undefined)) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Send either code or recoveryCode, and only one of them.');
    }
    return this.login.signIn(twoFactorToken, code !== undefined ? { code } : { recoveryCode: recoveryCode! }, clientOf(req));
  }
}
