import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { allowedActions, can, type Action, type Grant, type Target } from '@partner-portal/permissions';
import type { ApiRequest } from '../common/request-context.js';
import type { AccessedAccount } from './account-access.repository.js';

/** The account a request acts in, and what the caller may do there; set by the AccessGuard. */
export class AccountContext {
  constructor(
    readonly account: AccessedAccount,
    readonly grants: readonly Grant[],
    /** A member restricted to chosen lists: it reaches lists and contacts only through its ListAccess rows. */
    readonly listRestricted = false,
  ) {}

  get target(): Target {
    return toTarget(this.account);
  }

  can(action: Action): boolean {
    return this.grants.some((grant) => can(grant, action, this.target));
  }

  /** The grant to show the caller: the one allowing the most here. */
  get effectiveGrant(): Grant {
    return [...this.grants].sort((a, b) => allowedActions(b, this.target).length - allowedActions(a, this.target).length)[0]!;
  }

  get allowedActions(): Action[] {
    const allowed = new Set(this.grants.flatMap((grant) => allowedActions(grant, this.target)));
    return [...allowed];
  }
}

/** How an account is shown to a caller, wherever it is listed or opened. */
export function describeAccount(account: AccessedAccount) {
  const { id, name, kind, partnerProgram, billingMode, partner } = account;
  return { id, name, kind, partnerProgram, billingMode, partner };
}

export function toTarget(account: Pick<AccessedAccount, 'kind' | 'partnerProgram' | 'billingMode'>): Target {
  return {
    kind: account.kind,
    ...(account.partnerProgram ? { partnerProgram: account.partnerProgram } : {}),
    ...(account.billingMode ? { billingMode: account.billingMode } : {}),
  };
}

export type AccountScopedRequest = ApiRequest & { accountContext?: AccountContext };

export const CurrentAccount = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AccountContext => {
    const accountContext = context.switchToHttp().getRequest<AccountScopedRequest>().accountContext;
    if (!accountContext) throw new Error('CurrentAccount used on a route that does not declare an account access');
    return accountContext;
  },
);
