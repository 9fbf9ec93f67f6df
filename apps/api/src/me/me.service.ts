import { Inject, Injectable, HttpStatus } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { toPublicUser } from '../auth/auth.service.js';
import { AppError } from '../common/app-error.js';
import { DATABASE } from '../database/database.module.js';

@Injectable()
export class MeService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The caller and every account it belongs to, with its role there, in one query. */
  async describe(userId: string) {
    const user = await this.db.user.findUnique({
      where: { id: userId },
      include: {
        memberships: {
          include: { account: { include: { partner: { select: { id: true, name: true } } } } },
          orderBy: { account: { name: 'asc' } },
        },
      },
    });
    if (!user) throw new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Sign in to continue.');
    return {
      user: toPublicUser(user),
      accounts: user.memberships.map(({ account, role }) => ({
        id: account.id,
        name: account.name,
        kind: account.kind,
        partnerProgram: account.partnerProgram,
        billingMode: account.billingMode,
        partner: account.partner,
        grant: { role, via: 'MEMBER' as const },
      })),
    };
  }
}
