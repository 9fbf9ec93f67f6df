import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { grantableActions, MAX_CUSTOM_ROLES_PER_ACCOUNT } from '@partner-portal/permissions';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import type { Page, PageRequest } from '../common/paging.js';
import { deleteVersioned, updateVersioned } from '../common/versioned-store.js';
import { versionConflict } from '../common/versioning.js';
import { DATABASE } from '../database/database.module.js';
import { lockAccount, type Tx } from '../invitations/invitation-rules.js';
import type { CreateRoleDto, UpdateRoleDto } from './dto/role.dto.js';
import { assertWithinCallersGrants, inMatrixOrder, isForeignKeyViolation, ROLE_NOT_FOUND, roleNotFound } from './role-rules.js';
import { type RoleFilter, type RoleSort, type RoleView, RolesRepository } from './roles.repository.js';
import { isUniqueViolation } from '../common/prisma-errors.js';

const nameTaken = () => new AppError(HttpStatus.CONFLICT, 'ROLE_NAME_TAKEN', 'This account already has a custom role with this name.');

const inUse = (details: { members: number; invitations: number }) =>
  new AppError(
    HttpStatus.CONFLICT,
    'ROLE_IN_USE',
    `This role is held by ${details.members} member(s) and ${details.invitations} pending invitation(s). Give them another role first.`,
    {},
    details,
  );

/** Named roles an owner composes from action ids; a change applies on the next request of whoever holds it. */
@Injectable()
export class RolesService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly roles: RolesRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(context: AccountContext, request: PageRequest<RoleSort, RoleFilter>): Promise<Page<RoleView>> {
    return this.roles.page(context.account.id, request);
  }

  async get(context: AccountContext, id: string): Promise<RoleView> {
    const role = await this.roles.find(context.account.id, id);
    if (!role) throw roleNotFound();
    return role;
  }

  grantable(context: AccountContext): { actions: string[] } {
    return { actions: grantableActions(context.grants, context.target) };
  }

  async create(context: AccountContext, actorUserId: string, body: CreateRoleDto): Promise<RoleView> {
    const accountId = context.account.id;
    const actions = inMatrixOrder(body.actions);
    assertWithinCallersGrants(context, actions);
    try {
      return await this.db.$transaction(async (tx: Tx) => {
        // Serializes creations per account, so the limit holds however many arrive at once.
        await lockAccount(tx, accountId);
        if ((await this.roles.count(accountId, tx)) >= MAX_CUSTOM_ROLES_PER_ACCOUNT) {
          throw new AppError(
            HttpStatus.CONFLICT,
            'CUSTOM_ROLE_LIMIT',
            `An account has at most ${MAX_CUSTOM_ROLES_PER_ACCOUNT} custom roles. Delete one you no longer use first.`,
          );
        }
        const created = await tx.customRole.create({ data: { accountId, name: body.name, actions }, select: { id: true } });
        await this.audit.record(
          { accountId, actorUserId, action: 'role.created', targetType: 'custom-role', targetId: created.id, data: { name: body.name, actions } },
          tx,
        );
        return (await this.roles.find(accountId, created.id, tx))!;
      });
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }

  async update(context: AccountContext, actorUserId: string, id: string, version: number, body: UpdateRoleDto): Promise<RoleView> {
    const accountId = context.account.id;
    if (body.name === undefined && body.actions === undefined) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_UPDATE', 'Send a new name or new actions.');
    }
    const actions = body.actions === undefined ? undefined : inMatrixOrder(body.actions);
    if (actions) assertWithinCallersGrants(context, actions);
    try {
      return await this.db.$transaction(async (tx: Tx) => {
        const before = await tx.customRole.findFirst({ where: { accountId, id } });
        if (!before) throw roleNotFound();
        // Versions only grow: when the one read here is the caller's, the versioned write below changes exactly this.
        if (before.version !== version) throw versionConflict(await this.roles.find(accountId, id, tx));
        const after = await updateVersioned(
          tx.customRole,
          { where: { accountId, id }, version, notFound: ROLE_NOT_FOUND },
          { ...(body.name !== undefined ? { name: body.name } : {}), ...(actions ? { actions } : {}) },
        );
        await this.audit.record(
          {
            accountId,
            actorUserId,
            action: 'role.updated',
            targetType: 'custom-role',
            targetId: id,
            data: { before: { name: before.name, actions: before.actions }, after: { name: after.name, actions: after.actions } },
          },
          tx,
        );
        return (await this.roles.find(accountId, id, tx))!;
      });
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }

  async remove(context: AccountContext, actorUserId: string, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    try {
      await this.db.$transaction(async (tx: Tx) => {
        // Assigning a role (to a member or an invitation) locks the account too: nobody takes it up meanwhile.
        await lockAccount(tx, accountId);
        const role = await tx.customRole.findFirst({ where: { accountId, id } });
        if (!role) throw roleNotFound();
        if (role.version !== version) throw versionConflict(await this.roles.find(accountId, id, tx));
        const holders = await this.holdersOf(accountId, id, tx);
        if (holders.members + holders.invitations > 0) throw inUse(holders);
        // Accepted, revoked and expired invitations keep their history without the role (the audit log names it).
        await tx.invitation.updateMany({ where: { accountId, customRoleId: id, state: { not: 'PENDING' } }, data: { customRoleId: null } });
        await deleteVersioned(tx.customRole, { where: { accountId, id }, version, notFound: ROLE_NOT_FOUND });
        await this.audit.record(
          { accountId, actorUserId, action: 'role.deleted', targetType: 'custom-role', targetId: id, data: { name: role.name, actions: role.actions } },
          tx,
        );
      });
    } catch (error) {
      // An invitation accepted at this very moment (acceptance does not lock the account) still holds it.
      if (isForeignKeyViolation(error)) throw inUse(await this.holdersOf(accountId, id));
      throw error;
    }
  }

  private async holdersOf(accountId: string, id: string, client: Tx | Database = this.db) {
    // One after the other: a transaction's connection runs one query at a time.
    const members = await client.membership.count({ where: { accountId, customRoleId: id } });
    const invitations = await client.invitation.count({ where: { accountId, customRoleId: id, state: 'PENDING' } });
    return { members, invitations };
  }
}
