import { createHash } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { type Invitation, Prisma, type Role } from '@partner-portal/db';
import type { OutboxTopic } from '@partner-portal/jobs';
import { type AuditAction, auditRowsOfChange } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';

export type Tx = Prisma.TransactionClient;

/** Roles a plain invitation may give; ownership comes only with a new client account or a transfer. */
export const INVITABLE_ROLES = ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER'] as const;

export function assertRoleFits(role: Role, accountKind: string): void {
  if (role === 'ACCOUNT_OWNER') {
    throw new AppError(HttpStatus.BAD_REQUEST, 'ROLE_NOT_ALLOWED', 'Ownership is never given by an invitation; transfer it instead.');
  }
  if (role === 'PARTNER_MANAGER' && accountKind !== 'PARTNER') {
    throw new AppError(HttpStatus.BAD_REQUEST, 'ROLE_NOT_ALLOWED', 'Partner Manager exists only in partner accounts.');
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Serializes changes to one account's people, so limits and the single owner hold under concurrency. */
export async function lockAccount(tx: Tx, accountId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM account WHERE id = ${accountId}::uuid FOR UPDATE`;
}

/**
 * Where `username` stands in the account, in one statement: whether it already has access, how many
 * invitations to it are pending, and how many people count toward the account's limit (members and
 * pending invitations; partner staff are not members). Run after lockAccount, so the counts hold.
 */
export async function inviteeStanding(tx: Tx, accountId: string, username: string): Promise<{ member: boolean; pending: number; people: number }> {
  const [standing] = await tx.$queryRaw<[{ member: boolean; pending: number; people: number }]>`
    SELECT EXISTS (SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
                   WHERE m.account_id = ${accountId}::uuid AND u.username = ${username}) AS member,
           (SELECT count(*) FROM invitation
            WHERE account_id = ${accountId}::uuid AND username = ${username} AND state = 'PENDING')::int AS pending,
           ((SELECT count(*) FROM membership WHERE account_id = ${accountId}::uuid)
          + (SELECT count(*) FROM invitation WHERE account_id = ${accountId}::uuid AND state = 'PENDING'))::int AS people`;
  return standing;
}

export interface NewInvitation {
  accountId: string;
  email: string;
  username: string;
  role: Role;
  /** A custom role of the account; `role` is then CUSTOM_ROLE_BASE. */
  customRoleId?: string | null;
  invitedById: string | null;
  expiresAt: Date;
  topic: OutboxTopic;
  /** The audit row to write with it, its data a jsonb expression over the new invitation as `c`. */
  audit?: { actorUserId: string; action: AuditAction; data: Prisma.Sql };
}

/** A new invitation as the API shows it and its callers use it. */
export type InsertedInvitation = Pick<
  Invitation,
  'id' | 'accountId' | 'email' | 'role' | 'customRoleId' | 'state' | 'deliveryStatus' | 'deliveryError' | 'deliveryAttempts' | 'deliveryNextAttemptAt' | 'expiresAt' | 'createdAt'
> & { customRole: { id: string; name: string } | null };

/**
 * The invitation, the outbox row that will have its email sent, and its audit row if given, as one
 * statement in the caller's transaction. The answer is the row as INSERT ... RETURNING gives it: no
 * read-back (one, through Prisma's include, once answered null under load).
 */
export async function insertInvitation(tx: Tx, { topic, audit, ...input }: NewInvitation): Promise<InsertedInvitation> {
  const [invitation] = await tx.$queryRaw<InsertedInvitation[]>`
    WITH created AS (
      INSERT INTO invitation (id, account_id, email, username, role, custom_role_id, invited_by_id, expires_at, state, delivery_status, updated_at)
      VALUES (gen_random_uuid(), ${input.accountId}::uuid, ${input.email}, ${input.username}, ${input.role}::"Role", ${input.customRoleId ?? null}::uuid,
              ${input.invitedById}::uuid, ${input.expiresAt}, 'PENDING', 'QUEUED', now())
      RETURNING *),
    outbox AS (
      INSERT INTO outbox_message (id, account_id, topic, payload)
      SELECT gen_random_uuid(), c.account_id, ${topic}, jsonb_build_object('v', 1, 'invitationId', c.id, 'accountId', c.account_id) FROM created c)
    ${audit ? Prisma.sql`, audit AS (${auditRowsOfChange('created', { ...audit, targetType: 'invitation' })})` : Prisma.empty}
    SELECT c.id, c.account_id AS "accountId", c.email, c.role::text AS role, c.custom_role_id AS "customRoleId", c.state::text AS state,
           c.delivery_status::text AS "deliveryStatus", c.delivery_error AS "deliveryError", c.delivery_attempts AS "deliveryAttempts",
           c.delivery_next_attempt_at AS "deliveryNextAttemptAt", c.expires_at AS "expiresAt", c.created_at AS "createdAt",
           (SELECT json_build_object('id', r.id, 'name', r.name) FROM custom_role r WHERE r.account_id = c.account_id AND r.id = c.custom_role_id) AS "customRole"
    FROM created c`;
  return invitation!;
}

/** Revokes the invitation if it is still pending, and audits that, in one statement: its id if it did, no row if not. */
export function revokeIfPending(accountId: string, invitationId: string, actorUserId: string): Prisma.Sql {
  return Prisma.sql`
    WITH changed AS (
      UPDATE invitation c SET state = 'REVOKED', revoked_at = now(), updated_at = now()
      WHERE c.account_id = ${accountId}::uuid AND c.id = ${invitationId}::uuid AND c.state = 'PENDING'
      RETURNING c.account_id, c.id),
    audit AS (${auditRowsOfChange('changed', { actorUserId, action: 'invitation.revoked', targetType: 'invitation', data: Prisma.sql`'{}'::jsonb` })})
    SELECT id FROM changed`;
}
