import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, type Pool, Prisma, readInScope, type Role, toUsername, writeInScope } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE, PG_POOL } from '../database/database.module.js';
import { assertWithinCallersGrants, CUSTOM_ROLE_BASE, findCustomRole, oneRoleOf } from '../roles/role-rules.js';
import type { CreateInvitationDto } from './dto/create-invitation.dto.js';
import { assertRoleFits, type InsertedInvitation, insertInvitation, inviteeStanding, lockAccount, revokeIfPending, type Tx } from './invitation-rules.js';

const RESEND_INTERVAL_MS = 60_000;

export function invitationView(invitation: InsertedInvitation) {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    customRole: invitation.customRole ? { id: invitation.customRole.id, name: invitation.customRole.name } : null,
    state: invitation.state,
    deliveryStatus: invitation.deliveryStatus,
    deliveryError: invitation.deliveryError,
    deliveryAttempts: invitation.deliveryAttempts,
    deliveryNextAttemptAt: invitation.deliveryNextAttemptAt,
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
  };
}

const notFound = () => new AppError(HttpStatus.NOT_FOUND, 'INVITATION_NOT_FOUND', 'No such invitation in this account.');

@Injectable()
export class InvitationsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditRepository,
  ) {}

  peopleLimit(accountKind: string): number {
    if (accountKind !== 'PARTNER') return this.config.PEOPLE_LIMIT;
    return this.config.PARTNER_PEOPLE_LIMIT === 0 ? Number.POSITIVE_INFINITY : this.config.PARTNER_PEOPLE_LIMIT;
  }

  async invite(context: AccountContext, actorId: string, input: CreateInvitationDto) {
    const { account } = context;
    const given = oneRoleOf(input);
    if ('role' in given) assertRoleFits(given.role, account.kind);
    const username = toUsername(input.email);
    const invitation = await this.db.$transaction(async (tx) => {
      // Deleting a custom role locks the account too: the role stays while it is being given.
      await lockAccount(tx, account.id);
      const customRole = 'customRoleId' in given ? await this.assignableRole(tx, context, given.customRoleId) : null;
      const { member, pending, people } = await inviteeStanding(tx, account.id, username);
      if (member) throw new AppError(HttpStatus.CONFLICT, 'ALREADY_MEMBER', `${input.email} already has access to this account.`);
      if (pending > 0 && input.replacePending !== true) {
        throw new AppError(
          HttpStatus.CONFLICT,
          'INVITATION_PENDING',
          `You already have a pending invitation to ${input.email}. Sending it again will revoke all previous invitations.`,
        );
      }
      // The pending invitations to this email are revoked below, and stop counting.
      this.assertRoom(account.kind, people - pending);
      if (pending > 0) await this.revokePending(tx, account.id, username);
      const action = pending > 0 ? 'invitation.resent' : 'invitation.created';
      return insertInvitation(tx, {
        accountId: account.id,
        email: input.email.trim(),
        username,
        role: customRole ? CUSTOM_ROLE_BASE : (given as { role: Role }).role,
        customRoleId: customRole?.id ?? null,
        invitedById: actorId,
        expiresAt: this.expiry(),
        topic: action,
        audit: { actorUserId: actorId, action, data: Prisma.sql`jsonb_build_object('email', c.email, 'role', c.role, 'customRoleId', c.custom_role_id)` },
      });
    });
    return invitationView(invitation);
  }

  /** A new link for the same person and role; every earlier invitation to that email here is revoked. */
  async resend(context: AccountContext, actorId: string, invitationId: string) {
    const { account } = context;
    const invitation = await this.db.$transaction(async (tx) => {
      await lockAccount(tx, account.id);
      const original = await tx.invitation.findFirst({ where: { id: invitationId, accountId: account.id } });
      if (!original) throw notFound();
      if (original.state === 'ACCEPTED') throw new AppError(HttpStatus.CONFLICT, 'INVITATION_ACCEPTED', 'This invitation was already accepted.');
      if (original.state === 'REVOKED') {
        throw new AppError(HttpStatus.CONFLICT, 'INVITATION_REVOKED', 'This invitation was revoked or replaced; invite the person again instead.');
      }
      const latest = await tx.invitation.findFirst({ where: { accountId: account.id, username: original.username }, orderBy: { createdAt: 'desc' } });
      const waitMs = latest ? latest.createdAt.getTime() + RESEND_INTERVAL_MS - Date.now() : 0;
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new AppError(HttpStatus.TOO_MANY_REQUESTS, 'RESEND_TOO_SOON', `This invitation was just sent. Resend it again in ${seconds} seconds.`, { 'Retry-After': String(seconds) });
      }
      // The role may have changed since it was first given: the one sending again must still be able to give it.
      if (original.customRoleId) await this.assignableRole(tx, context, original.customRoleId);
      const { pending, people } = await inviteeStanding(tx, account.id, original.username);
      this.assertRoom(account.kind, people - pending);
      await this.revokePending(tx, account.id, original.username);
      return insertInvitation(tx, {
        accountId: account.id,
        email: original.email,
        username: original.username,
        role: original.role,
        customRoleId: original.customRoleId,
        invitedById: actorId,
        expiresAt: this.expiry(),
        topic: 'invitation.resent',
        audit: { actorUserId: actorId, action: 'invitation.resent', data: Prisma.sql`jsonb_build_object('email', c.email, 'replaces', ${original.id}::text)` },
      });
    });
    return invitationView(invitation);
  }

  async revoke(context: AccountContext, actorId: string, invitationId: string): Promise<void> {
    const accountId = context.account.id;
    const [revoked] = await writeInScope(this.pool, revokeIfPending(accountId, invitationId, actorId));
    if (revoked) return;
    const [existing] = await readInScope<{ state: string }>(
      this.pool,
      Prisma.sql`SELECT state::text AS state FROM invitation WHERE account_id = ${accountId}::uuid AND id = ${invitationId}::uuid`,
    );
    if (!existing) throw notFound();
    throw new AppError(HttpStatus.CONFLICT, 'INVITATION_NOT_PENDING', `This invitation is ${existing.state.toLowerCase()}, not pending.`);
  }

  /** A custom role of the account the caller could compose itself (404 ROLE_NOT_FOUND, 403 ROLE_EXCEEDS_YOURS). */
  private async assignableRole(tx: Tx, context: AccountContext, customRoleId: string) {
    const role = await findCustomRole(tx, context.account.id, customRoleId);
    assertWithinCallersGrants(context, role.actions);
    return role;
  }

  private async revokePending(tx: Tx, accountId: string, username: string): Promise<void> {
    await tx.invitation.updateMany({ where: { accountId, username, state: 'PENDING' }, data: { state: 'REVOKED', revokedAt: new Date() } });
  }

  /** `people` is how many would count toward the limit before the new invitation. */
  private assertRoom(accountKind: string, people: number): void {
    const limit = this.peopleLimit(accountKind);
    if (people >= limit) {
      throw new AppError(
        HttpStatus.CONFLICT,
        'USER_LIMIT_REACHED',
        `This account already has ${limit} people, pending invitations included. Remove someone or revoke an invitation first.`,
      );
    }
  }

  expiry(): Date {
    return new Date(Date.now() + this.config.INVITATION_TTL * 1000);
  }
}
