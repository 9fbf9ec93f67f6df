import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Database } from '@partner-portal/db';
import type { Observable } from 'rxjs';
import { isUuid } from '../access/account-access.repository.js';
import type { AccountScopedRequest } from '../access/account-context.js';
import { notFound } from '../common/id-param.js';
import { DATABASE } from '../database/database.module.js';
import { CallerListAccess, listAccessDenied, listMembersHidden, listRestricted } from './caller-list-access.js';
import { LIST_NEED, UNRESTRICTED_ONLY } from './list-access.decorators.js';
import { ListAccessReader } from './list-access.reader.js';

/**
 * Per-list access for a member restricted to chosen lists, decided once the AccessGuard has let the
 * role through and before any input is read: a `:listId` it has no access to and a `:contactId` it
 * cannot see are 404 (as if they did not exist), a level short of the route's need is 403. Any route
 * naming a list or a contact in its path is covered, whatever its controller. Unrestricted callers
 * pass untouched, without a query.
 */
@Injectable()
export class ListAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly reader: ListAccessReader,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async intercept(execution: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (execution.getType() !== 'http') return next.handle();
    const request = execution.switchToHttp().getRequest<AccountScopedRequest>();
    const context = request.accountContext;
    if (!context?.listRestricted || !request.user) return next.handle();

    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride(UNRESTRICTED_ONLY, targets)) throw listRestricted();
    // A malformed id is left to the route's own id pipe, which answers 404 as well.
    const param = (name: string) => (typeof request.params[name] === 'string' && isUuid(request.params[name]) ? request.params[name] : undefined);
    const listId = param('listId');
    const contactId = param('contactId');
    if (!listId && !contactId) return next.handle();

    const access = listId ? await this.reader.forCaller(context, request.user.userId) : CallerListAccess.UNRESTRICTED;
    if (listId && !access.seesList(listId)) throw notFound('LIST_NOT_FOUND', 'list');
    // Row-level security decides which contacts a restricted member sees: the same rule as every read.
    if (contactId && (await this.db.contact.count({ where: { accountId: context.account.id, id: contactId } })) === 0) {
      throw notFound('CONTACT_NOT_FOUND', 'contact');
    }
    const need = this.reflector.getAllAndOverride(LIST_NEED, targets);
    if (listId && need === 'members' && !access.seesMembers(listId)) throw listMembersHidden();
    if (listId && need === 'manage' && !access.manages(listId)) throw listAccessDenied();
    return next.handle();
  }
}
