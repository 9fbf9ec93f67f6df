import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { tenancy } from '@partner-portal/db';
import { AppError } from '../common/app-error.js';
import { AccountAccessRepository, isUuid } from './account-access.repository.js';
import { AccountContext, type AccountScopedRequest } from './account-context.js';
import { ROUTE_ACCESS } from './route-access.decorator.js';
import { SessionActivity } from './session-activity.js';

export const ACCOUNT_PARAMS = ['accountId', 'partnerId'] as const;

const accountNotFound = () =>
  new AppError(HttpStatus.NOT_FOUND, 'ACCOUNT_NOT_FOUND', 'No such account, or you have no access to it.');

const twoFactorRequired = () =>
  new AppError(
    HttpStatus.FORBIDDEN,
    'TWO_FACTOR_REQUIRED',
    'This account requires two-step sign-in: turn it on (an authenticator app or a passkey) and sign in with it.',
  );

export const unauthenticated = () => new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Sign in to continue.');

/**
 * The second global guard, after the token is verified: checks the session (and notes it as seen, at
 * most once a minute: session-activity.ts), resolves the route's
 * account and the caller's grants in it, and asks can() for the declared action. Outsiders get the
 * same 404 whether or not the account exists.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccountAccessRepository,
    private readonly activity: SessionActivity,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declared = this.reflector.getAllAndOverride(ROUTE_ACCESS, [context.getHandler(), context.getClass()]);
    if (declared === undefined) throw new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'This route declares no access.');
    if (declared === 'public') return true;

    const request = context.switchToHttp().getRequest<AccountScopedRequest>();
    const caller = request.user;
    if (!caller) throw unauthenticated();

    if (declared === 'signed-in') {
      if (!(await this.access.sessionActive(caller.userId, caller.sessionId))) throw unauthenticated();
      this.activity.seen(caller.sessionId, request.log);
      return true;
    }

    const accountId = ACCOUNT_PARAMS.map((name) => request.params[name]).find((value) => typeof value === 'string');
    if (!accountId || !isUuid(accountId)) {
      if (!(await this.access.sessionActive(caller.userId, caller.sessionId))) throw unauthenticated();
      this.activity.seen(caller.sessionId, request.log);
      throw accountNotFound();
    }
    const { sessionActive, account, grants, listRestricted, twoFactorMissing } = await this.access.load(caller.userId, caller.sessionId, accountId);
    if (!sessionActive) throw unauthenticated();
    this.activity.seen(caller.sessionId, request.log);
    if (!account) throw accountNotFound();
    if (twoFactorMissing) throw twoFactorRequired();

    const accountContext = new AccountContext(account, grants, listRestricted);
    if (declared !== 'account' && !accountContext.can(declared)) {
      throw new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `Your role does not allow "${declared}" in this account.`);
    }
    request.accountContext = accountContext;
    tenancy.enter({ accountId: account.id });
    return true;
  }
}
