import { randomUUID } from 'node:crypto';
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

@Injectable()
export class AuthService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Creates the user, its account and its ownership together, or nothing. */
  async signup(input: SignupDto) {
    const username = toUsername(input.email);
    const passwordHash = await hashPassword(input.password);
    try {
      // The new account is the scope its own rows are written in.
      const accountId = randomUUID();
      return await tenancy.run({ accountId }, () => this.db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { username, email: input.email.trim(), name: input.name?.trim() || null, passwordHash },
        });
        const account = await tx.account.create({
          data: input.partnerProgram
            ? { id: accountId, kind: 'PARTNER', partnerProgram: input.partnerProgram, name: input.accountName.trim() }
            : { id: accountId, kind: 'STANDALONE', name: input.accountName.trim() },
        });
        await tx.membership.create({ data: { accountId, userId: user.id, role: 'ACCOUNT_OWNER' } });
        return { user: toPublicUser(user), account };
      }));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError(HttpStatus.CONFLICT, 'USERNAME_TAKEN', 'An account already uses this email address. Sign in instead.');
      }
      throw error;
    }
  }

  /** The user whose password this is, or null; an unknown email costs the same time as a wrong password. */
  async verifyCredentials(email: string, password: string): Promise<PublicUser | null> {
    const user = await this.db.user.findUnique({ where: { username: toUsername(email) } });
    if (!user) {
      await verifyPassword(await decoyPasswordHash(), password);
      return null;
    }
    return (await verifyPassword(user.passwordHash, password)) ? toPublicUser(user) : null;
  }
}

export function toPublicUser(user: { id: string; email: string; name: string | null }): PublicUser {
  return { id: user.id, email: user.email, name: user.name };
}
