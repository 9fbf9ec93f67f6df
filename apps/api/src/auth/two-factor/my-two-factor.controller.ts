import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SignedIn } from '../../access/route-access.decorator.js';
import type { ApiRequest, AuthenticatedUser } from '../../common/request-context.js';
import { ApiErrors } from '../../openapi/responses.js';
import { clientOf } from '../auth.controller.js';
import { CurrentUser } from '../current-user.decorator.js';
import { ConfirmTotpDto, CurrentPasswordDto, DisableTotpDto, RecoveryCodesDto, TotpSetupDto, TwoFactorStatusDto } from './dto/my-two-factor.dto.js';
import { MyTwoFactorService } from './my-two-factor.service.js';

const WRONG_PASSWORD = 'WRONG_PASSWORD: the password is incorrect';
/** TWO_FACTOR_WINDOW_SECONDS is at most a day. */
const RETRY_AFTER = { description: 'Seconds until codes are accepted again', required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 } } as const;

@ApiTags('auth')
@Controller('me/two-factor')
export class MyTwoFactorController {
  constructor(private readonly twoFactor: MyTwoFactorService) {}

  @SignedIn()
  @Get()
  @ApiOperation({
    summary: "The caller's second factors: whether TOTP is on, recovery codes left, passkeys",
    description: 'What the account page shows about two-factor sign-in.',
  })
  @ApiOkResponse({ type: TwoFactorStatusDto })
  status(@CurrentUser() caller: AuthenticatedUser): Promise<TwoFactorStatusDto> {
    return this.twoFactor.status(caller.userId);
  }

  @SignedIn()
  @Post('totp/setup')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Start setting up an authenticator app: a new secret and its otpauth:// URL (for a QR code)',
    description: 'Nothing changes at sign-in until a first code from the secret is confirmed (totp/confirm). Setting up again replaces the secret waiting.',
  })
  @ApiOkResponse({ type: TotpSetupDto })
  @ApiErrors({ 403: WRONG_PASSWORD, 409: 'TWO_FACTOR_ALREADY_ON: turn it off first to set up another app' })
  setUp(@CurrentUser() caller: AuthenticatedUser, @Body() body: CurrentPasswordDto): Promise<TotpSetupDto> {
    return this.twoFactor.setUp(caller.userId, body.password);
  }

  @SignedIn()
  @Post('totp/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Turn two-factor sign-in on with a first code from the secret being set up',
    description: 'Answers ten recovery codes, shown this once. This session counts as signed in with a second factor from now on.',
  })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiErrors({
    400: 'TWO_FACTOR_CODE_INVALID: the code is not one of the secret being set up',
    409: 'TWO_FACTOR_NOT_SET_UP: no secret is waiting (totp/setup first); TWO_FACTOR_ALREADY_ON',
  })
  confirm(@CurrentUser() caller: AuthenticatedUser, @Body() body: ConfirmTotpDto, @Req() req: ApiRequest): Promise<RecoveryCodesDto> {
    return this.twoFactor.confirm(caller, body.code, clientOf(req));
  }

  @SignedIn()
  @Post('recovery-codes')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Ten new recovery codes in place of all the earlier ones, shown this once',
    description: 'Every earlier code stops working, used or not. The person is emailed.',
  })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiErrors({ 403: WRONG_PASSWORD, 409: 'TWO_FACTOR_NOT_ON: recovery codes come with two-factor sign-in' })
  regenerateRecoveryCodes(@CurrentUser() caller: AuthenticatedUser, @Body() body: CurrentPasswordDto, @Req() req: ApiRequest): Promise<RecoveryCodesDto> {
    return this.twoFactor.regenerateRecoveryCodes(caller.userId, body.password, clientOf(req));
  }

  @SignedIn()
  @Post('totp/disable')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Turn two-factor sign-in off: needs the password and a current code or an unused recovery code',
    description: 'The secret and every recovery code are dropped; sign-in is one step again.',
  })
  @ApiNoContentResponse({ description: 'Turned off' })
  @ApiErrors({
    400: 'TWO_FACTOR_CODE_INVALID: neither a current code nor an unused recovery code',
    403: WRONG_PASSWORD,
    409: 'TWO_FACTOR_NOT_ON',
    429: 'TOO_MANY_LOGIN_ATTEMPTS: too many wrong codes for this person; see Retry-After',
  })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': RETRY_AFTER } })
  async disable(@CurrentUser() caller: AuthenticatedUser, @Body() body: DisableTotpDto, @Req() req: ApiRequest): Promise<void> {
    await this.twoFactor.disable(caller.userId, body.password, body.code, clientOf(req));
  }
}
