import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, type Prisma, verifyPassword } from '@partner-portal/db';
import { AppError } from '../../common/app-error.js';
import type { AuthenticatedUser } from '../../common/request-context.js';
import { DATABASE } from '../../database/database.module.js';
import { type ClientInfo, recordSecurityEvent } from '../auth.service.js';
import { SessionsService } from '../sessions.service.js';
import type { RecoveryCodesDto, TotpSetupDto, TwoFactorStatusDto } from './dto/my-two-factor.dto.js';
import { newRecoveryCodes } from './recovery-codes.js';
import { acceptAnyCode, replaceRecoveryCodes } from './second-factor.js';
import { newTotpSecret, totpStepOf } from './totp.js';
import { TwoFactorThrottleService } from './two-factor-throttle.service.js';

type Tx = Prisma.TransactionClient;

/** A person's own second factors: TOTP set up, confirmed, turned off, and their recovery codes. */
@Injectable()
export class MyTwoFactorService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly sessions: SessionsService,
    private readonly throttle: TwoFactorThrottleService,
  ) {}

  async status(userId: string): Promise<TwoFactorStatusDto> {
    const [user, recoveryCodesLeft, passkeys] = await Promise.all([
      this.db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } }),
      this.db.recoveryCode.count({ where: { userId, usedAt: null } }),
      this.db.passkey.count({ where: { userId } }),
    ]);
    return { totpEnabled: user.totpEnabledAt !== null, totpEnabledAt: user.totpEnabledAt?.toISOString() ?? null, recoveryCodesLeft, passkeys };
  }

  /** A new secret, pending until a first code from it is confirmed; a second setup replaces the first. */
  async setUp(userId: string, password: string): Promise<TotpSetupDto> {
    const user = await this.withPassword(userId, password);
    if (user.totpEnabledAt) throw alreadyOn();
    const setup = newTotpSecret(user.email);
    await this.db.user.update({ where: { id: userId }, data: { totpPendingSecret: setup.secret } });
    return setup;
  }

  /** The first code from the pending secret turns two-factor sign-in on, and proves this session has it. */
  async confirm(caller: AuthenticatedUser, code: string, client: ClientInfo): Promise<RecoveryCodesDto> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: caller.userId } });
    if (user.totpEnabledAt) throw alreadyOn();
    const pending = user.totpPendingSecret;
    if (!pending) throw new AppError(HttpStatus.CONFLICT, 'TWO_FACTOR_NOT_SET_UP', 'Set up two-factor sign-in first: no secret is waiting for its first code.');
    const step = await totpStepOf(pending, code);
    if (step === null) throw codeInvalid();
    const recoveryCodes = newRecoveryCodes();
    await this.db.$transaction(async (tx) => {
      // Only from the secret read above, and only once: a concurrent confirmation or setup makes this one a conflict.
      const { count } = await tx.user.updateMany({
        where: { id: caller.userId, totpEnabledAt: null, totpPendingSecret: pending },
        data: { totpSecret: pending, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: BigInt(step) },
      });
      if (count !== 1) throw alreadyOn();
      await replaceRecoveryCodes(tx, caller.userId, recoveryCodes);
      await this.tell(tx, caller.userId, 'two-factor.enabled', 'person.two-factor-enabled', client);
    });
    await this.sessions.markTwoFactor(caller.sessionId);
    return { recoveryCodes };
  }

  async regenerateRecoveryCodes(userId: string, password: string, client: ClientInfo): Promise<RecoveryCodesDto> {
    const user = await this.withPassword(userId, password);
    if (!user.totpEnabledAt) throw notOn();
    const recoveryCodes = newRecoveryCodes();
    await this.db.$transaction(async (tx) => {
      await replaceRecoveryCodes(tx, userId, recoveryCodes);
      await this.tell(tx, userId, 'two-factor.recovery-codes-regenerated', 'person.recovery-codes-regenerated', client);
    });
    return { recoveryCodes };
  }

  /** Needs the password and a second factor (a code, or a recovery code, used up either way); wrong codes count towards the throttle. */
  async disable(userId: string, password: string, code: string, client: ClientInfo): Promise<void> {
    const user = await this.withPassword(userId, password);
    const totpSecret = user.totpSecret;
    if (!user.totpEnabledAt || !totpSecret) throw notOn();
    await this.throttle.admit(userId);
    const disabled = await this.db.$transaction(async (tx) => {
      if (!(await acceptAnyCode(tx, { id: userId, totpSecret }, code))) return false;
      await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } });
      await tx.recoveryCode.deleteMany({ where: { userId } });
      await this.tell(tx, userId, 'two-factor.disabled', 'person.two-factor-disabled', client);
      return true;
    });
    if (!disabled) {
      await this.throttle.recordFailure(userId);
      throw codeInvalid();
    }
    await this.throttle.recordSuccess(userId);
  }

  private async withPassword(userId: string, password: string) {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    if (!(await verifyPassword(user.passwordHash, password))) throw new AppError(HttpStatus.FORBIDDEN, 'WRONG_PASSWORD', 'The password is incorrect.');
    return user;
  }

  /** The security log line and the email to the person, in the change's transaction. */
  private async tell(tx: Tx, userId: string, action: string, topic: string, client: ClientInfo): Promise<void> {
    await recordSecurityEvent(tx, userId, action, client);
    await tx.mailOutboxMessage.create({ data: { userId, topic, payload: { v: 1, userId } } });
  }
}

const alreadyOn = () => new AppError(HttpStatus.CONFLICT, 'TWO_FACTOR_ALREADY_ON', 'Two-factor sign-in is already on.');
const notOn = () => new AppError(HttpStatus.CONFLICT, 'TWO_FACTOR_NOT_ON', 'Two-factor sign-in is not on.');
const codeInvalid = () => new AppError(HttpStatus.BAD_REQUEST, 'TWO_FACTOR_CODE_INVALID', 'The code is not right, or it has been used already.');
