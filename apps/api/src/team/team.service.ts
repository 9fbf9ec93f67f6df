import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, type Pool, Prisma, readInScope, type Role } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import type { Page } from '../common/paging.js';
import { DATABASE, PG_POOL } from '../database/database.module.js';
import { assertRoleFits, lockAccount, type Tx } from '../invitations/invitation-rules.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { assertWithinCallersGrants, CUSTOM_ROLE_BASE, findCustomRole } from '../roles/role-rules.js';

export interface PersonRow {
  kind: 'MEMBER' | 'INVITATION';
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The custom role held (or to be given by the invitation); its actions replace the built-in role's. */
  customRole: { id: string; name: string } | null;
  /** A member reaching lists and contacts only through its list access; always false for an invitation. */
  listRestricted: boolean;
  status: 'ACTIVE' | 'PENDING';
  deliveryStatus: 'QUEUED' | 'SENT' | 'FAILED' | null;
  /** The last delivery error: while QUEUED, the failure being retried; when FAILED, why it was given up. */
  deliveryError: string | null;
  /** Emails tried so far (0 until the worker first tries). */
  deliveryAttempts: number | null;
  /** While QUEUED after a failure: when the next attempt is due. */
  deliveryNextAttemptAt: Date | null;
  since: Date;
  expiresAt: Date | null;
}

interface PersonSqlRow {
  kind: PersonRow['kind'];
  id: string;
  email: string;
  name: string | null;
  role: Role;
  custom_role_id: string | null;
  custom_role_name: string | null;
  list_restricted: boolean;
  status: PersonRow['status'];
  delivery_status: PersonRow['deliveryStatus'];
  delivery_error: string | null;
  delivery_attempts: number | null;
  delivery_next_attempt_at: Date | null;
  since: Date;
  expires_at: Date | null;
  /** count(*): int8, which pg hands over as a string. */
  total: string;
}

async function findMember(tx: Tx, accountId: string, userId: string) {
  const member = await tx.membership.findUnique({ where: { accountId_userId: { accountId, userId } } });
  if (!member) throw new AppError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', 'That person is not a member of this account.');
  return member;
}

/** Who has access to an account, and the changes an owner (or the managing partner) makes to it. */
@Injectable()
export class TeamService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditRepository,
  ) {}

  /** Members and pending invitations in one list, with the people counter. */
  async list(context: AccountContext, limit: number, offset: number): Promise<Page<PersonRow> & { people: { count: number; limit: number | null } }> {
    const accountId = context.account.id;
    const query = Prisma.sql`
      WITH people AS (
        SELECT 'MEMBER' AS kind, u.id, u.email, u.name, m.role::text AS role,
               m.custom_role_id, cr.name AS custom_role_name, m.list_restricted, 'ACTIVE' AS status,
               NULL AS delivery_status, NULL AS delivery_error, NULL::int AS delivery_attempts, NULL::timestamptz AS delivery_next_attempt_at,
               m.created_at AS since, NULL::timestamptz AS expires_at
        FROM membership m JOIN app_user u ON u.id = m.user_id
        LEFT JOIN custom_role cr ON cr.account_id = m.account_id AND cr.id = m.custom_role_id
        WHERE m.account_id = ${accountId}::uuid
        UNION ALL
        SELECT 'INVITATION', i.id, i.email, NULL, i.role::text,
               i.custom_role_id, cr.name, false, 'PENDING',
               i.delivery_status::text, i.delivery_error, i.delivery_attempts, i.delivery_next_attempt_at, i.created_at, i.expires_at
        FROM invitation i
        LEFT JOIN custom_role cr ON cr.account_id = i.account_id AND cr.id = i.custom_role_id
        WHERE i.account_id = ${accountId}::uuid AND i.state = 'PENDING'
      ),
      counted AS (
        SELECT (SELECT count(*) FROM membership WHERE account_id = ${accountId}::uuid)
             + (SELECT count(*) FROM invitation WHERE account_id = ${accountId}::uuid AND state = 'PENDING') AS people_count
      )
      SELECT counted.people_count, page.* FROM counted
      LEFT JOIN LATERAL (
        SELECT people.*, count(*) OVER () AS total FROM people
        ORDER BY (role = 'ACCOUNT_OWNER') DESC, lower(email), kind
        LIMIT ${limit} OFFSET ${offset}
      ) page ON true
      ORDER BY (page.role = 'ACCOUNT_OWNER') DESC, lower(page.email), page.kind`;
    // A hot read: one statement on the pool (the page, its total and the people counter), under the request's scope.
    const result = await readInScope<PersonSqlRow & { people_count: string }>(this.pool, query);
    const count = Number(result[0]!.people_count);
    const rows = result.filter((row) => row.id !== null);
    const peopleLimit = this.invitations.peopleLimit(context.account.kind);
    return {
      total: rows.length > 0 ? Number(rows[0].total) : count,
      people: { count, limit: Number.isFinite(peopleLimit) ? peopleLimit : null },
      data: rows.map((row) => ({
        kind: row.kind,
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        customRole: row.custom_role_id ? { id: row.custom_role_id, name: row.custom_role_name! } : null,
        listRestricted: row.list_restricted,
        status: row.status,
        deliveryStatus: row.delivery_status,
        deliveryError: row.delivery_error,
        deliveryAttempts: row.delivery_attempts,
        deliveryNextAttemptAt: row.delivery_next_attempt_at,
        since: row.since,
        expiresAt: row.expires_at,
      })),
    };
  }

  /** A built-in role (clearing any custom role), or a custom role of the account the caller could compose itself. */
  async changeRole(context: AccountContext, actorId: string, userId: string, change: { role: Role } | { customRoleId: string }) {
    const { account } = context;
    if ('role' in change) assertRoleFits(change.role, account.kind);
    return this.db.$transaction(async (tx) => {
      // Deleting a custom role locks the account too: the role stays while it is being given.
      await lockAccount(tx, account.id);
      const customRole = 'customRoleId' in change ? await findCustomRole(tx, account.id, change.customRoleId) : null;
      const member = await findMember(tx, account.id, userId);
      if (member.role === 'ACCOUNT_OWNER') {
        if (customRole) throw new AppError(HttpStatus.BAD_REQUEST, 'ROLE_NOT_ALLOWED', 'The owner holds every right of the account; a custom role is never theirs.');
        throw new AppError(HttpStatus.CONFLICT, 'OWNER_ROLE_LOCKED', "The owner's role changes only by transferring ownership to someone else.");
      }
      if (customRole) assertWithinCallersGrants(context, customRole.actions);
      const role = customRole ? CUSTOM_ROLE_BASE : (change as { role: Role }).role;
      const customRoleId = customRole?.id ?? null;
      if (member.role !== role || member.customRoleId !== customRoleId) {
        await tx.membership.update({ where: { accountId_userId: { accountId: account.id, userId } }, data: { role, customRoleId } });
        await this.audit.record(
          {
            accountId: account.id,
            actorUserId: actorId,
            action: 'member.role-changed',
            targetType: 'user',
            targetId: userId,
            data: { from: member.role, to: role, fromCustomRoleId: member.customRoleId, customRoleId },
          },
          tx,
        );
      }
      return { userId, role, customRole: customRole ? { id: customRole.id, name: customRole.name } : null };
    });
  }

  async remove(context: AccountContext, actorId: string, userId: string): Promise<void> {
    const { account } = context;
    await this.db.$transaction(async (tx) => {
      await lockAccount(tx, account.id);
      const member = await findMember(tx, account.id, userId);
      if (member.role === 'ACCOUNT_OWNER') {
        throw new AppError(HttpStatus.CONFLICT, 'OWNER_CANNOT_BE_REMOVED', 'The owner cannot be removed; transfer ownership first.');
      }
      await tx.membership.delete({ where: { accountId_userId: { accountId: account.id, userId } } });
      await this.audit.record(
        { accountId: account.id, actorUserId: actorId, action: 'member.removed', targetType: 'user', targetId: userId, data: { role: member.role } },
        tx,
      );
    });
  }

  /** The new owner takes over; the old one becomes Account Manager. There is always exactly one owner. */
  async transferOwnership(context: AccountContext, actorId: string, userId: string) {
    const { account } = context;
    return this.db.$transaction(async (tx) => {
      await lockAccount(tx, account.id);
      const target = await findMember(tx, account.id, userId);
      if (target.role === 'PARTNER_MANAGER') {
        throw new AppError(HttpStatus.CONFLICT, 'ROLE_NOT_ALLOWED', 'A Partner Manager cannot own the account; change their role first.');
      }
      const owner = await tx.membership.findFirst({ where: { accountId: account.id, role: 'ACCOUNT_OWNER' } });
      if (owner?.userId === userId) return { ownerId: userId };
      if (owner) {
        await tx.membership.update({ where: { accountId_userId: { accountId: account.id, userId: owner.userId } }, data: { role: 'ACCOUNT_MANAGER' } });
      }
      // The owner holds every right of the account: no custom role, no list restriction.
      await tx.membership.update({
        where: { accountId_userId: { accountId: account.id, userId } },
        data: { role: 'ACCOUNT_OWNER', customRoleId: null, listRestricted: false },
      });
      await tx.listAccess.deleteMany({ where: { accountId: account.id, userId } });
      await this.audit.record(
        {
          accountId: account.id,
          actorUserId: actorId,
          action: 'ownership.transferred',
          targetType: 'user',
          targetId: userId,
          data: { from: owner?.userId ?? null, clearedCustomRoleId: target.customRoleId, clearedListRestriction: target.listRestricted },
        },
        tx,
      );
      return { ownerId: userId };
    });
  }
}
