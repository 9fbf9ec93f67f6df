import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Database } from '@partner-portal/db';
import { AppError } from '../../common/app-error.js';
import { DATABASE } from '../../database/database.module.js';
import { type ClientInfo, recordSecurityEvent, toPublicUser } from '../auth.service.js';
import type { SessionDto } from '../dto/auth-response.dto.js';
import { SessionsService } from '../sessions.service.js';
import { acceptRecoveryCode, acceptTotpCode } from './second-factor.js';
import { TwoFactorThrottleService } from './two-factor-throttle.service.js';
import { readTwoFactorToken } from './two-factor-token.js';
import { UsedTwoFactorTokens } from './used-two-factor-tokens.service.js';

export type SecondFactor = { code: string } | { recoveryCode: string };

/** The second step of a two-factor sign-in: the token of the password step and a code give a session. */
@Injectable()
export class TwoFactorLoginService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    private readonly throttle: TwoFactorThrottleService,
    private readonly usedTokens: UsedTwoFactorTokens,
  ) {}

  async signIn(twoFactorToken: string, factor: SecondFactor, client: ClientInfo): Promise<SessionDto> {
    const token = readTwoFactorToken(this.jwt, twoFactorToken);
    if (!token || (await this.usedTokens.isUsed(token))) throw tokenInvalid();
    await this.throttle.admit(token.userId);
    const user = await this.db.user.findUnique({ where: { id: token.userId } });
    // Two-factor sign-in was turned off (or the person removed) since the password step.
    if (!user?.totpSecret) throw tokenInvalid();
    const totpSecret = user.totpSecret;

    const accepted = await this.db.$transaction(async (tx) => {
      const ok = 'code' in factor ? await acceptTotpCode(tx, { id: user.id, totpSecret }, factor.code) : await acceptRecoveryCode(tx, user.id, factor.recoveryCode);
      if (!ok) return false;
      // Claimed once the code is accepted, and undone with it when another request claimed the token first.
      if (!(await this.usedTokens.claim(token))) throw tokenInvalid();
      await recordSecurityEvent(tx, user.id, 'code' in factor ? 'login.two-factor' : 'login.recovery-code', client);
      return true;
    });
    if (!accepted) {
      await this.throttle.recordFailure(user.id);
      throw new AppError(HttpStatus.UNAUTHORIZED, 'TWO_FACTOR_CODE_INVALID', 'The code is not right, or it has been used already.');
    }
    await this.throttle.recordSuccess(user.id);
    const session = await this.sessions.open(user.id, client, { twoFactor: true });
    return { accessToken: session.accessToken, expiresAt: session.expiresAt.toISOString(), user: toPublicUser(user) };
  }
}

const tokenInvalid = () => new AppError(HttpStatus.UNAUTHORIZED, 'TWO_FACTOR_TOKEN_INVALID', 'This sign-in has expired or was already used. Sign in again.');
