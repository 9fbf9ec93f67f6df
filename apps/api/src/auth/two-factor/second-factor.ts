import type { Prisma } from '@partner-portal/db';
import { hashRecoveryCode } from './recovery-codes.js';
import { SIX_DIGITS, totpStepOf } from './totp.js';

type Tx = Prisma.TransactionClient;

/**
 * Accepts a TOTP code at most once: only when its time step is later than the last one accepted, which
 * the same statement moves forward, so of two requests with one code (or an older one) only one wins.
 */
export async function acceptTotpCode(tx: Tx, user: { id: string; totpSecret: string }, code: string): Promise<boolean> {
  const step = await totpStepOf(user.totpSecret, code);
  if (step === null) return false;
  const { count } = await tx.user.updateMany({
    where: { id: user.id, totpSecret: user.totpSecret, OR: [{ totpLastStep: null }, { totpLastStep: { lt: BigInt(step) } }] },
    data: { totpLastStep: BigInt(step) },
  });
  return count === 1;
}

/** Uses up one of the person's recovery codes, in one statement: of two requests with one code only one wins. */
export async function acceptRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const { count } = await tx.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: new Date() } });
  return count > 0;
}

/** Either factor, told apart by its form: six digits are a TOTP code, anything else a recovery code. */
export async function acceptAnyCode(tx: Tx, user: { id: string; totpSecret: string }, code: string): Promise<boolean> {
  return SIX_DIGITS.test(code) ? acceptTotpCode(tx, user, code) : acceptRecoveryCode(tx, user.id, code);
}

/** The person's recovery codes replaced by new ones, of which only the hashes are kept. */
export async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
}
