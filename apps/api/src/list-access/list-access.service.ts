import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, Prisma } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { DATABASE } from '../database/database.module.js';
import type { ListAccessLevel } from './caller-list-access.js';
import type { ReplaceListAccessDto } from './dto/list-access.dto.js';

type Tx = Prisma.TransactionClient;
type Client = Tx | Database;

export interface MemberListAccess {
  userId: string;
  restricted: boolean;
  lists: { listId: string; listName: string; level: ListAccessLevel }[];
}

const userNotFound = () => new AppError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', 'That person is not a member of this account.');

/** What the audit log keeps of a member's access: its flag and its lists by id (names change). */
const snapshot = ({ restricted, lists }: MemberListAccess) => ({ restricted, lists: lists.map(({ listId, level }) => ({ listId, level })) });

/** The lists a member is restricted to, read and replaced by whoever holds users.manage in the account. */
@Injectable()
export class ListAccessService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly audit: AuditRepository,
  ) {}

  async get(context: AccountContext, userId: string): Promise<MemberListAccess> {
    const accountId = context.account.id;
    const member = await this.db.membership.findUnique({ where: { accountId_userId: { accountId, userId } }, select: { listRestricted: true } });
    if (!member) throw userNotFound();
    return this.read(this.db, accountId, userId, member.listRestricted);
  }

  /** Replaces the member's whole set in one transaction, and records the change with what it was before. */
  async replace(context: AccountContext, actorUserId: string, userId: string, body: ReplaceListAccessDto): Promise<MemberListAccess> {
    const accountId = context.account.id;
    return this.db.$transaction(async (tx) => {
      // The member stays while this runs: removing it (which drops its ListAccess rows) waits.
      const [member] = await tx.$queryRaw<{ role: string; list_restricted: boolean }[]>`
        SELECT role::text AS role, list_restricted FROM membership
        WHERE account_id = ${accountId}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
      if (!member) throw userNotFound();
      if (member.role === 'ACCOUNT_OWNER') {
        throw new AppError(HttpStatus.BAD_REQUEST, 'OWNER_UNRESTRICTED', "The account's owner always reaches every list; its access cannot be restricted.");
      }
      const missing = await this.lockMissingLists(tx, accountId, body.lists.map((entry) => entry.listId));
      if (missing.length > 0) {
        throw new AppError(
          HttpStatus.NOT_FOUND,
          'LIST_NOT_FOUND',
          `No such list in this account: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''}.`,
          {},
          { ids: missing },
        );
      }
      const before = await this.read(tx, accountId, userId, member.list_restricted);
      await tx.listAccess.deleteMany({ where: { accountId, userId } });
      if (body.lists.length > 0) {
        await tx.listAccess.createMany({ data: body.lists.map(({ listId, level }) => ({ accountId, userId, listId, level })) });
      }
      if (member.list_restricted !== body.restricted) {
        await tx.membership.update({ where: { accountId_userId: { accountId, userId } }, data: { listRestricted: body.restricted } });
      }
      const after = await this.read(tx, accountId, userId, body.restricted);
      if (JSON.stringify(snapshot(before)) !== JSON.stringify(snapshot(after))) {
        await this.audit.record(
          {
            accountId,
            actorUserId,
            action: 'member.list-access-changed',
            targetType: 'user',
            targetId: userId,
            data: { before: snapshot(before), after: snapshot(after) },
          },
          tx,
        );
      }
      return after;
    });
  }

  private async read(client: Client, accountId: string, userId: string, restricted: boolean): Promise<MemberListAccess> {
    const rows = await client.listAccess.findMany({
      where: { accountId, userId },
      select: { listId: true, level: true, list: { select: { name: true } } },
      orderBy: [{ list: { name: 'asc' } }, { listId: 'asc' }],
    });
    return { userId, restricted, lists: rows.map((row) => ({ listId: row.listId, listName: row.list.name, level: row.level })) };
  }

  /** The ids that are not lists of the account; the others cannot be deleted until the transaction ends. */
  private async lockMissingLists(tx: Tx, accountId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM contact_list
      WHERE account_id = ${accountId}::uuid AND id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) FOR SHARE`;
    const present = new Set(found.map((row) => row.id));
    return ids.filter((id) => !present.has(id));
  }
}
