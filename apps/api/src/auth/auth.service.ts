import { createHash, randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, decoyPasswordHash, hashPassword, tenancy, toUsername, verifyPassword } from '@partner-portal/db';
import { AppError } from '../common/app-error.js';
import { DATABASE } from '../database/database.module.js';
import type { SignupDto } from './dto/signup.dto.js';
import { isUniqueViolation } from '../common/prisma-errors.js';

export interface PublicUser {
  id: string;
  email: string;
  name: string | null;
}

/** What a right password tells the sign-in: who, and whether a TOTP code must follow. */
export interface VerifiedCredentials {
  user: PublicUser;
  totp: boolean;
}

@Injectable()
export class AuthService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * A sign-up answers the same whether the address is new or taken: a new one gets the user (unverified),
   * its account and its ownership together, and a verification email; a taken one an "account exists"
   * email. Both emails go through the person mail outbox in the same transaction. The password is hashed
   * either way, so both cost the same time.
   */
  async signup(input: SignupDto, client: ClientInfo): Promise<void> {
    const username = toUsername(input.email);
    const passwordHash = await hashPassword(input.password);
    const existing = await this.db.user.findUnique({ where: { username }, select: { id: true } });
    if (existing) return this.tellAccountExists(existing.id);
    try {
      // The new account is the scope its own rows are written in.
      const accountId = randomUUID();
      await tenancy.run({ accountId }, () => this.db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { username, email: input.email.trim(), name: input.name?.trim() || null, passwordHash, emailVerifiedAt: null },
        });
        await tx.account.create({
          data: input.partnerProgram
            ? { id: accountId, kind: 'PARTNER', partnerProgram: input.partnerProgram, name: input.accountName.trim() }
            : { id: accountId, kind: 'STANDALONE', name: input.accountName.trim() },
        });
        await tx.membership.create({ data: { accountId, userId: user.id, role: 'ACCOUNT_OWNER' } });
        await queueEmailVerification(tx, user);
        await recordSecurityEvent(tx, user.id, 'signup', client);
      }));
    } catch (error) {
      // Signed up at the same moment by another request: taken after all.
      if (!isUniqueViolation(error)) throw error;
      const taken = await this.db.user.findUnique({ where: { username }, select: { id: true } });
      if (taken) await this.tellAccountExists(taken.id);
    }
  }

  private async tellAccountExists(userId: string): Promise<void> {
    await this.db.mailOutboxMessage.create({ data: { userId, topic: 'person.account-exists', payload: { v: 1, userId } } });
  }

  /** A new verification link for an unverified account; nothing for any other address (the caller answers the same). */
  async resendVerification(email: string, client: ClientInfo): Promise<void> {
    const user = await this.db.user.findUnique({ where: { username: toUsername(email) }, select: { id: true, email: true, emailVerifiedAt: true } });
    if (!user || user.emailVerifiedAt) return;
    await this.db.$transaction(async (tx) => {
      // Only the newest link works.
      await tx.emailToken.updateMany({ where: { userId: user.id, purpose: 'VERIFY_EMAIL', usedAt: null }, data: { expiresAt: new Date() } });
      await queueEmailVerification(tx, user);
      await recordSecurityEvent(tx, user.id, 'email.verification-resent', client);
    });
  }

  /** Follows a verification link: once, within its 24 hours, and only while the address is still the account's. */
  async verifyEmail(token: string, client: ClientInfo): Promise<void> {
    const tokenHash = createHash('sha256').update(token).digest('hex');
    await this.db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; user_id: string; email: string; expires_at: Date; used_at: Date | null; purpose: string }[]>`
        SELECT id, user_id, email, expires_at, used_at, purpose::text AS purpose FROM email_token WHERE token_hash = ${tokenHash} FOR UPDATE`;
      if (!row || row.purpose !== 'VERIFY_EMAIL' || row.used_at || row.expires_at <= new Date()) throw linkGone();
      const user = await tx.user.findUnique({ where: { id: row.user_id }, select: { username: true } });
      if (!user || user.username !== toUsername(row.email)) throw linkGone();
      await tx.emailToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
      await tx.user.update({ where: { id: row.user_id }, data: { emailVerifiedAt: new Date() } });
      await recordSecurityEvent(tx, row.user_id, 'email.verified', client);
    });
  }

  /** "Forgot password?": a one-hour link for an existing account, nothing for any other address (the caller answers the same). */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    const user = await this.db.user.findUnique({ where: { username: toUsername(email) }, select: { id: true, email: true } });
    if (!user) return;
    await this.db.$transaction(async (tx) => {
      // Only the newest link works.
      await tx.emailToken.updateMany({ where: { userId: user.id, purpose: 'RESET_PASSWORD', usedAt: null }, data: { expiresAt: new Date() } });
      const token = await tx.emailToken.create({
        data: { userId: user.id, purpose: 'RESET_PASSWORD', email: user.email, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) },
      });
      await tx.mailOutboxMessage.create({ data: { userId: user.id, topic: 'person.password-reset', payload: { v: 1, userId: user.id, tokenId: token.id } } });
      await recordSecurityEvent(tx, user.id, 'password.reset-requested', client);
    });
  }

  /**
   * Sets the password of a reset link's account: once, within its hour. Every session of the person is
   * signed out; the link reached the address, so the address is verified too; the person is told by email.
   */
  async resetPassword(token: string, password: string, client: ClientInfo): Promise<void> {
    const tokenHash = createHash('sha256').update(token).digest('hex');
    const passwordHash = await hashPassword(password);
    await this.db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; user_id: string; email: string; expires_at: Date; used_at: Date | null; purpose: string }[]>`
        SELECT id, user_id, email, expires_at, used_at, purpose::text AS purpose FROM email_token WHERE token_hash = ${tokenHash} FOR UPDATE`;
      if (!row || row.purpose !== 'RESET_PASSWORD' || row.used_at || row.expires_at <= new Date()) throw linkGone();
      const user = await tx.user.findUnique({ where: { id: row.user_id }, select: { username: true, emailVerifiedAt: true } });
      if (!user || user.username !== toUsername(row.email)) throw linkGone();
      const now = new Date();
      await tx.emailToken.update({ where: { id: row.id }, data: { usedAt: now } });
      await tx.user.update({ where: { id: row.user_id }, data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now } });
      await tx.session.updateMany({ where: { userId: row.user_id, revokedAt: null }, data: { revokedAt: now } });
      await tx.mailOutboxMessage.create({ data: { userId: row.user_id, topic: 'person.password-changed', payload: { v: 1, userId: row.user_id } } });
      await recordSecurityEvent(tx, row.user_id, 'password.reset', client);
    });
  }

  /** A signed-in person's new password: needs the current one; every other session is signed out, and the person told. */
  async changePassword(caller: { userId: string; sessionId: string }, currentPassword: string, newPassword: string, client: ClientInfo): Promise<void> {
    const user = await this.db.user.findUnique({ where: { id: caller.userId }, select: { passwordHash: true } });
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppError(HttpStatus.FORBIDDEN, 'WRONG_PASSWORD', 'The current password is incorrect.');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.db.$transaction(async (tx) => {
      const now = new Date();
      await tx.user.update({ where: { id: caller.userId }, data: { passwordHash } });
      await tx.session.updateMany({ where: { userId: caller.userId, revokedAt: null, id: { not: caller.sessionId } }, data: { revokedAt: now } });
      await tx.mailOutboxMessage.create({ data: { userId: caller.userId, topic: 'person.password-changed', payload: { v: 1, userId: caller.userId } } });
      await recordSecurityEvent(tx, caller.userId, 'password.changed', client);
    });
  }

  async changeName(userId: string, name: string | null, client: ClientInfo): Promise<PublicUser> {
    return this.db.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id: userId }, data: { name: name?.trim() || null } });
      await recordSecurityEvent(tx, userId, 'name.changed', client);
      return toPublicUser(user);
    });
  }

  /**
   * A signed-in person asks to sign in with another address: needs the password; the new address gets a
   * link (single use, 24 hours) and nothing changes until it is followed. An address that already has an
   * account gets no link (the answer is the same), and following a link for one that became taken meanwhile is 409.
   */
  async requestEmailChange(userId: string, newEmail: string, password: string, client: ClientInfo): Promise<void> {
    const user = await this.db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, username: true } });
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      throw new AppError(HttpStatus.FORBIDDEN, 'WRONG_PASSWORD', 'The password is incorrect.');
    }
    const taken = await this.db.user.findUnique({ where: { username: toUsername(newEmail) }, select: { id: true } });
    await this.db.$transaction(async (tx) => {
      await tx.emailToken.updateMany({ where: { userId, purpose: 'CHANGE_EMAIL', usedAt: null }, data: { expiresAt: new Date() } });
      if (!taken) {
        const token = await tx.emailToken.create({
          data: { userId, purpose: 'CHANGE_EMAIL', email: newEmail.trim(), expiresAt: new Date(Date.now() + EMAIL_VERIFICATION_TTL_MS) },
        });
        await tx.mailOutboxMessage.create({ data: { userId, topic: 'person.email-change', payload: { v: 1, userId, tokenId: token.id } } });
      }
      await recordSecurityEvent(tx, userId, 'email.change-requested', client);
    });
  }

  /** Follows an email-change link: the new address becomes the login, verified; the previous address is told. */
  async confirmEmailChange(token: string, client: ClientInfo): Promise<void> {
    const tokenHash = createHash('sha256').update(token).digest('hex');
    try {
      await this.db.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ id: string; user_id: string; email: string; expires_at: Date; used_at: Date | null; purpose: string }[]>`
          SELECT id, user_id, email, expires_at, used_at, purpose::text AS purpose FROM email_token WHERE token_hash = ${tokenHash} FOR UPDATE`;
        if (!row || row.purpose !== 'CHANGE_EMAIL' || row.used_at || row.expires_at <= new Date()) throw linkGone();
        const user = await tx.user.findUnique({ where: { id: row.user_id }, select: { email: true } });
        if (!user) throw linkGone();
        const now = new Date();
        await tx.emailToken.update({ where: { id: row.id }, data: { usedAt: now } });
        await tx.user.update({ where: { id: row.user_id }, data: { username: toUsername(row.email), email: row.email, emailVerifiedAt: now } });
        await tx.mailOutboxMessage.create({ data: { userId: row.user_id, topic: 'person.email-changed', payload: { v: 1, userId: row.user_id, previousEmail: user.email } } });
        await recordSecurityEvent(tx, row.user_id, 'email.changed', client);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError(HttpStatus.CONFLICT, 'EMAIL_TAKEN', 'Another account signs in with this email address now.');
      throw error;
    }
  }

  /**
   * The user whose password this is, and whether they sign in with a TOTP code after it; null for a
   * wrong one. An unknown email costs the same time as a wrong password.
   */
  async verifyCredentials(email: string, password: string): Promise<VerifiedCredentials | null> {
    const user = await this.db.user.findUnique({ where: { username: toUsername(email) } });
    if (!user) {
      await verifyPassword(await decoyPasswordHash(), password);
      return null;
    }
    if (!(await verifyPassword(user.passwordHash, password))) return null;
    // Said only after the right password, so it tells nothing about an address to whoever does not hold it.
    if (!user.emailVerifiedAt) {
      throw new AppError(HttpStatus.FORBIDDEN, 'EMAIL_NOT_VERIFIED', 'Verify your email address first: follow the link we emailed you, or ask for a new one.');
    }
    return { user: toPublicUser(user), totp: user.totpEnabledAt !== null };
  }
}

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

type Tx = Parameters<Parameters<Database['$transaction']>[0]>[0];

/** A password-reset link lasts one hour. */
export const PASSWORD_RESET_TTL_MS = 3600 * 1000;

/** A verification link lasts 24 hours. */
export const EMAIL_VERIFICATION_TTL_MS = 24 * 3600 * 1000;

/** An email_token row (its token minted by the worker when it sends) and the outbox row of its email. */
async function queueEmailVerification(tx: Tx, user: { id: string; email: string }): Promise<void> {
  const token = await tx.emailToken.create({
    data: { userId: user.id, purpose: 'VERIFY_EMAIL', email: user.email, expiresAt: new Date(Date.now() + EMAIL_VERIFICATION_TTL_MS) },
  });
  await tx.mailOutboxMessage.create({ data: { userId: user.id, topic: 'person.email-verification', payload: { v: 1, userId: user.id, tokenId: token.id } } });
}

/** One line of the person's security log (security_event, shared with the sessions work). */
export async function recordSecurityEvent(tx: Tx, userId: string, action: string, client: ClientInfo): Promise<void> {
  await tx.securityEvent.create({ data: { userId, action, ip: client.ip ?? null, userAgent: client.userAgent?.slice(0, 500) ?? null } });
}

function linkGone(): AppError {
  return new AppError(HttpStatus.GONE, 'LINK_GONE', 'This link has been used, has expired or was replaced by a newer one.');
}

export function toPublicUser(user: { id: string; email: string; name: string | null }): PublicUser {
  return { id: user.id, email: user.email, name: user.name };
}
