import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { notFound } from '../common/id-param.js';
import { toSpreadsheetCell } from '../common/spreadsheet-cell.js';
import { listMembersHidden } from '../list-access/caller-list-access.js';
import { ListAccessReader } from '../list-access/list-access.reader.js';
import { ContactsRepository } from './contacts.repository.js';
import { ListsRepository } from './lists.repository.js';

export const EXPORT_BATCH_SIZE = 1000;

/** The export's columns: the same names the import reads back. */
export const EXPORT_COLUMNS = [
  { key: 'id', header: 'id' },
  { key: 'email', header: 'email' },
  { key: 'firstName', header: 'first_name' },
  { key: 'lastName', header: 'last_name' },
  { key: 'phone', header: 'phone' },
  { key: 'company', header: 'company' },
  { key: 'status', header: 'status' },
  { key: 'createdAt', header: 'created_at' },
];

/**
 * Streams the account's contacts as CSV, one keyset page of EXPORT_BATCH_SIZE at a time and only as
 * fast as the client reads: memory holds one page, whatever the number of contacts. A member
 * restricted to chosen lists gets those row-level security lets it see: the contacts of its VIEW and
 * MANAGE lists. Cells a spreadsheet would run as formulas are written as text (spreadsheet-cell.ts).
 */
@Injectable()
export class ContactExportService {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly lists: ListsRepository,
    private readonly audit: AuditRepository,
    private readonly listAccess: ListAccessReader,
  ) {}

  async export(context: AccountContext, actorUserId: string, listId: string | undefined, res: Response, log: Logger): Promise<void> {
    const accountId = context.account.id;
    if (listId && !(await this.lists.exists(accountId, listId))) throw notFound('LIST_NOT_FOUND', 'list');
    if (listId && !(await this.listAccess.forCaller(context, actorUserId)).seesMembers(listId)) throw listMembersHidden();
    const contacts = this.contacts;
    const recordExport = (count: number) =>
      this.audit.record({ accountId, actorUserId, action: 'contacts.exported', targetType: listId ? 'list' : undefined, targetId: listId, data: { count } });
    let count = 0;
    async function* rows() {
      let afterId: string | undefined;
      for (;;) {
        const batch = await contacts.exportBatch(accountId, listId, afterId, EXPORT_BATCH_SIZE);
        count += batch.length;
        yield* batch;
        if (batch.length < EXPORT_BATCH_SIZE) break;
        afterId = batch[batch.length - 1]!.id;
      }
      // Before the response ends: whoever has the whole file finds the export in the audit log, and a
      // failure to record it cuts the download short rather than leave it unaudited.
      await recordExport(count);
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="contacts-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      await pipeline(Readable.from(rows()), stringify({ header: true, columns: EXPORT_COLUMNS, cast: { date: (value) => value.toISOString(), string: toSpreadsheetCell } }), res);
    } catch (error) {
      // The status line is gone already: all that is left is to stop, and say why in the log.
      log.warn({ err: error instanceof Error ? error.message : String(error), exported: count }, 'contact export stopped early');
    }
  }
}
