import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { DATABASE } from '../database/database.module.js';
import { CallerListAccess } from './caller-list-access.js';

type Client = Pick<Database | Prisma.TransactionClient, 'listAccess'>;

/** Reads the caller's ListAccess rows, only when the guard found it restricted: the others cost nothing. */
@Injectable()
export class ListAccessReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async forCaller(context: AccountContext, userId: string, client: Client = this.db): Promise<CallerListAccess> {
    if (!context.listRestricted) return CallerListAccess.UNRESTRICTED;
    const rows = await client.listAccess.findMany({ where: { accountId: context.account.id, userId }, select: { listId: true, level: true } });
    return new CallerListAccess(true, new Map(rows.map((row) => [row.listId, row.level])));
  }
}
