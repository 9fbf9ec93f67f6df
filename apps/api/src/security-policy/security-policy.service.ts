import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { AuditRepository } from '../audit/audit.repository.js';
import { type ClientInfo, recordSecurityEvent } from '../auth/auth.service.js';
import { AppError } from '../common/app-error.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { DATABASE } from '../database/database.module.js';
import type { SecurityPolicyDto } from './dto/security-policy.dto.js';

export const POLICY_CHANGED = 'account.security-policy.changed';

const POLICY = { requireTwoFactor: true, version: true } as const;

const enableTwoFactorFirst = () =>
  new AppError(
    HttpStatus.CONFLICT,
    'ENABLE_TWO_FACTOR_FIRST',
    'Turn on two-step sign-in for yourself and sign in with it before requiring it of everyone: otherwise you would lock yourself out.',
  );

/**
 * Whether an account requires two-step sign-in. The access guard enforces it; this only reads and
 * writes the account's own row, in the tenant scope the guard set (row-level security: its own row).
 */
@Injectable()
export class SecurityPolicyService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly audit: AuditRepository,
  ) {}

  async get(accountId: string): Promise<SecurityPolicyDto> {
    return this.db.account.findUniqueOrThrow({ where: { id: accountId }, select: POLICY });
  }

  /** Changes the policy; turning it on needs the caller's own session to be signed in with a second factor. */
  async put(accountId: string, caller: AuthenticatedUser, client: ClientInfo, requireTwoFactor: boolean): Promise<SecurityPolicyDto> {
    if (requireTwoFactor && !(await this.signedInWithSecondFactor(caller))) throw enableTwoFactorFirst();
    return this.db.$transaction(async (tx) => {
      const current = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: POLICY });
      if (current.requireTwoFactor === requireTwoFactor) return current;
      const changed = await tx.account.update({ where: { id: accountId }, data: { requireTwoFactor, version: { increment: 1 } }, select: POLICY });
      await this.audit.record({ accountId, actorUserId: caller.userId, action: POLICY_CHANGED, targetType: 'account', targetId: accountId, data: { requireTwoFactor } }, tx);
      await recordSecurityEvent(tx, caller.userId, POLICY_CHANGED, client);
      return changed;
    });
  }

  /** As the guard decides it: the session proved a second factor, and the person still has one. */
  private async signedInWithSecondFactor(caller: AuthenticatedUser): Promise<boolean> {
    const session = await this.db.session.findFirst({
      where: {
        id: caller.sessionId,
        userId: caller.userId,
        twoFactor: true,
        user: { OR: [{ totpEnabledAt: { not: null } }, { passkeys: { some: {} } }] },
      },
      select: { id: true },
    });
    return session !== null;
  }
}
