import { createHash } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { Prisma, type Role } from '@partner-portal/db';
import type { OutboxTopic } from '@partner-portal/jobs';
import { auditRowsOfChange } from '../audit/audit.repository.js';
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

/** Members and pending invitations: who counts toward an account's limit (partner staff are not members). */
export async function countPeople(tx: Tx, accountId: string): Promise<number> {
  const [{ people }] = await tx.$queryRaw<[{ people: number }]>`
    SELECT ((SELECT count(*) FROM membership WHERE account_id = ${accountId}::uuid)
          + (SELECT count(*) FROM invitation WHERE account_id = ${accountId}::uuid AND state = 'PENDING'))::int AS people`;
  return people;
}

/** Whether `username` already has access to the account, and how many invitations to it are pending. */
export async function inviteeStanding(tx: Tx, accountId: string, username: string): Promise<{ member: boolean; pending: number }> {
  const [standing] = await tx.$queryRaw<[{ member: boolean; pending: number }]>`
    SELECT EXISTS (SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
                   WHERE m.account_id = ${accountId}::uuid AND u.username = ${username}) AS member,
           (SELECT count(*) FROM invitation
            WHERE account_id = ${accountId}::uuid AND username = ${username} AND state = 'PENDING')::int AS pending`;
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
}

/** The invitation and the outbox row that will have its email sent, in the caller's transaction. */
export async function insertInvitation(tx: Tx, input: NewInvitation) {
  const { topic, ...fields } = input;
  // The row as INSERT ... RETURNING gives it; an `include` here made Prisma read it back in a second
  // statement, which once answered null under load (a 500 in the many-processes test).
  const invitation = await tx.invitation.create({ data: { ...fields, state: 'PENDING', deliveryStatus: 'QUEUED' } });
  const customRole = invitation.customRoleId
    ? await tx.customRole.findFirst({ where: { accountId: input.accountId, id: invitation.customRoleId }, select: { id: true, name: true } })
    : null;
  await tx.outboxMessage.createMany({
    data: [{ accountId: input.accountId, topic, payload: { v: 1, invitationId: invitation.id, accountId: input.accountId } }],
  });
  return { ...invitation, customRole };
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
