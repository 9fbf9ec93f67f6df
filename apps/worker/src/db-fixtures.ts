// Rows as the API writes them, for tests.
import { randomUUID } from 'node:crypto';
import type { Database, Role } from '@partner-portal/db';
import type { OutboxTopic } from '@partner-portal/jobs';

const DAY_MS = 24 * 3600 * 1000;

export interface TestAccount {
  accountId: string;
  accountName: string;
  inviterId: string;
  inviterName: string;
  inviterEmail: string;
}

export interface TestInvitation {
  invitationId: string;
  outboxId: string;
  accountId: string;
  email: string;
}

export function uniqueEmail(label = 'invitee'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createAccount(db: Database, accountName = `Green Acres Realty ${randomUUID().slice(0, 4)}`): Promise<TestAccount> {
  const inviterEmail = uniqueEmail('owner');
  const inviterName = 'Sue Casa';
  const account = await db.account.create({
    data: {
      kind: 'STANDALONE',
      name: accountName,
      memberships: {
        create: {
          role: 'ACCOUNT_OWNER',
          user: { create: { username: inviterEmail, email: inviterEmail, name: inviterName, passwordHash: 'not-a-real-hash' } },
        },
      },
    },
    include: { memberships: true },
  });
  return { accountId: account.id, accountName, inviterId: account.memberships[0]!.userId, inviterName, inviterEmail };
}

export interface InviteOptions {
  email?: string;
  role?: Role;
  expiresAt?: Date;
  topic?: OutboxTopic;
}

/** The invitation and its outbox row, in one transaction, as the API writes them. */
export async function invite(db: Database, account: TestAccount, options: InviteOptions = {}): Promise<TestInvitation> {
  const [invitation] = await inviteMany(db, account, 1, options);
  return invitation!;
}

export async function inviteMany(db: Database, account: TestAccount, count: number, options: InviteOptions = {}): Promise<TestInvitation[]> {
  const rows = Array.from({ length: count }, () => ({
    invitationId: randomUUID(),
    outboxId: randomUUID(),
    accountId: account.accountId,
    email: count === 1 && options.email ? options.email : uniqueEmail(),
  }));
  await db.$transaction([
    db.invitation.createMany({
      data: rows.map((row) => ({
        id: row.invitationId,
        accountId: row.accountId,
        email: row.email,
        username: row.email.toLowerCase(),
        role: options.role ?? 'ACCOUNT_MANAGER',
        state: 'PENDING' as const,
        deliveryStatus: 'QUEUED' as const,
        expiresAt: options.expiresAt ?? new Date(Date.now() + 7 * DAY_MS),
        invitedById: account.inviterId,
      })),
    }),
    db.outboxMessage.createMany({
      data: rows.map((row) => ({
        id: row.outboxId,
        accountId: row.accountId,
        topic: options.topic ?? 'invitation.created',
        payload: { v: 1, invitationId: row.invitationId, accountId: row.accountId },
      })),
    }),
  ]);
  return rows;
}

/** Closes every outbox row still open, so that no test's leftovers reach the next test's relay. */
export async function closeOpenOutbox(db: Database): Promise<void> {
  await db.outboxMessage.updateMany({ where: { completedAt: null }, data: { completedAt: new Date() } });
}
