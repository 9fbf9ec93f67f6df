import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, tenancy } from '@partner-portal/db';
import { allowedActions, type Grant, isAction } from '@partner-portal/permissions';
import { describeAccount, toTarget } from '../access/account-context.js';
import { toPublicUser } from '../auth/auth.service.js';
import { AppError } from '../common/app-error.js';
import { DATABASE } from '../database/database.module.js';

const ACTS_IN_CLIENTS = new Set(['ACCOUNT_OWNER', 'PARTNER_MANAGER']);

@Injectable()
export class MeService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The caller's accounts with grants and actions; a partner's clients are counted, never inlined. */
  async describe(userId: string) {
    const user = await tenancy.crossing('my-accounts', () => this.readMemberships(userId));
    if (!user) throw new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Sign in to continue.');
    return this.describeMemberships(user);
  }

  private readMemberships(userId: string) {
    return this.db.user.findUnique({
      where: { id: userId },
      include: {
        memberships: {
          include: {
            customRole: { select: { id: true, name: true, actions: true } },
            account: {
              include: { partner: { select: { id: true, name: true } }, _count: { select: { clients: true } } },
            },
          },
          orderBy: { account: { name: 'asc' } },
        },
      },
    });
  }

  private describeMemberships(user: NonNullable<Awaited<ReturnType<MeService['readMemberships']>>>) {
    return {
      user: toPublicUser(user),
      accounts: user.memberships.map(({ account, role, customRole }) => {
        const grant: Grant = customRole
          ? { role: 'CUSTOM', via: 'MEMBER', customRole: { ...customRole, actions: customRole.actions.filter(isAction) } }
          : { role, via: 'MEMBER' };
        const actsInClients = account.kind === 'PARTNER' && !customRole && ACTS_IN_CLIENTS.has(role);
        return {
          ...describeAccount(account),
          grant,
          actions: allowedActions(grant, toTarget(account)),
          clientAccess: actsInClients ? { grant: { role, via: 'PARTNER' as const }, clients: account._count.clients } : null,
        };
      }),
    };
  }
}
