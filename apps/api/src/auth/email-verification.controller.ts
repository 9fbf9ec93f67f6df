import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { toUsername } from '@partner-portal/db';
import { Public } from '../access/route-access.decorator.js';
import type { ApiRequest } from '../common/request-context.js';
import { ApiErrors } from '../openapi/responses.js';
import { clientOf } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { CHECK_YOUR_INBOX, SIGNUP_RETRY_AFTER, SignupAcceptedDto } from './dto/auth-response.dto.js';
import { ResendVerificationDto, VerifyEmailDto } from './dto/email-verification.dto.js';
import { clientAddress } from './login-throttle.service.js';
import { SignupThrottleService } from './signup-throttle.service.js';

/** A sign-up's email address, verified by the link emailed to it. */
@ApiTags('auth')
@Controller('auth/verify-email')
export class EmailVerificationController {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: SignupThrottleService,
  ) {}

  @Public()
  @Post()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Verify the email address of a sign-up with the token of its emailed link; the person can then sign in' })
  @ApiNoContentResponse({ description: 'Verified' })
  @ApiErrors({ 410: 'LINK_GONE: the link was used, has expired or was replaced by a newer one' })
  async verify(@Body() body: VerifyEmailDto, @Req() req: ApiRequest): Promise<void> {
    await this.auth.verifyEmail(body.token, clientOf(req));
  }

  @Public()
  @Post('resend')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send the verification link again: the same answer for every address; only an unverified sign-up gets an email' })
  @ApiAcceptedResponse({ type: SignupAcceptedDto, description: 'Check your inbox: the same answer for every address' })
  @ApiErrors({ 429: 'TOO_MANY_REQUESTS: too many requests for this email address or from this client address; see Retry-After' })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': SIGNUP_RETRY_AFTER } })
  async resend(@Body() body: ResendVerificationDto, @Req() req: ApiRequest): Promise<SignupAcceptedDto> {
    await this.throttle.consume('verify-resend', toUsername(body.email), clientAddress(req.ip));
    await this.auth.resendVerification(body.email, clientOf(req));
    return CHECK_YOUR_INBOX;
  }
}
