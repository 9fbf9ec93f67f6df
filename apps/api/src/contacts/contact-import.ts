import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, Prisma } from '@partner-portal/db';
import { CsvError, type Info, parse } from 'csv-parse';
import { isEmail } from 'class-validator';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import { fromSpreadsheetCell } from '../common/spreadsheet-cell.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE } from '../database/database.module.js';
import type { Tx } from './contacts.repository.js';
import { CONTACT_LIMITS } from './dto/contact.dto.js';

export const IMPORT_BATCH_SIZE = 500;
export const MAX_REPORTED_ERRORS = 100;
/** A row error's message may quote the cell that broke the row (csv-parse does): cut to this many characters. */
export const MAX_ROW_ERROR_MESSAGE = 500;
/** Header names reported as ignored: at most this many, each cut to MAX_IGNORED_COLUMN_NAME characters. */
export const MAX_IGNORED_COLUMNS = 100;
export const MAX_IGNORED_COLUMN_NAME = 100;
const MAX_RECORD_BYTES = 64 * 1024;
const IMPORT_TIMEOUT_MS = 15 * 60_000;

type ImportedField = 'email' | 'firstName' | 'lastName' | 'phone' | 'company';

/** Header names, compared lower-cased without spaces, dashes or underscores. */
const COLUMN_ALIASES: Record<string, ImportedField> = {
  email: 'email',
  emailaddress: 'email',
  firstname: 'firstName',
  lastname: 'lastName',
  phone: 'phone',
  company: 'company',
};

export interface RowError {
  line: number;
  email: string | null;
  code: 'EMAIL_MISSING' | 'EMAIL_INVALID' | 'FIELD_TOO_LONG' | 'MALFORMED_ROW';
  message: string;
}

export interface ImportResult {
  /** Contacts that did not exist before. */
  created: number;
  /** Existing contacts that the file changed. */
  updated: number;
  /** Rows for existing contacts that brought nothing new. */
  unchanged: number;
  /** Rows whose email appeared on an earlier row of the file: merged into that contact. */
  merged: number;
  /** Rows refused; each one is in errors (up to MAX_REPORTED_ERRORS of them). */
  skipped: number;
  errorCount: number;
  errors: RowError[];
  ignoredColumns: string[];
}

interface Row {
  email: string;
  emailKey: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  company: string | null;
}

const tooLarge = (max: number) =>
  new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'IMPORT_TOO_LARGE', `The file is larger than the ${max} bytes an import may hold; split it.`, { Connection: 'close' });

/** Reads the CSV as it arrives and upserts it in batches, in one transaction: a refused file leaves nothing behind. */
@Injectable()
export class ContactImportService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditRepository,
  ) {}

  async import(context: AccountContext, actorUserId: string, source: Readable, options: { listId?: string; declaredBytes?: number }): Promise<ImportResult> {
    const max = this.config.IMPORT_MAX_BYTES;
    if (options.declaredBytes !== undefined && options.declaredBytes > max) throw tooLarge(max);
    const accountId = context.account.id;
    const parser = parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: MAX_RECORD_BYTES,
      info: true,
      skip_records_with_error: true,
    });
    let bytes = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > max) done(tooLarge(max));
        else done(null, chunk);
      },
    });
    const run = new ImportRun(accountId, options.listId);
    parser.on('skip', (error: Error & { lines?: number }) => run.malformed(error.lines ?? 0, error.message));
    let failure: Error | undefined;
    const fail = (error: Error) => {
      failure ??= error;
      parser.destroy(error);
    };
    // The failure is rethrown below, whether or not reading had begun when it happened.
    parser.on('error', () => {});
    limiter.on('error', fail);
    source.on('error', () => fail(new AppError(HttpStatus.BAD_REQUEST, 'IMPORT_ABORTED', 'The upload stopped before the end of the file.')));
    source.pipe(limiter).pipe(parser);
    try {
      return await this.db.$transaction(
        async (tx) => {
          if (options.listId) await lockList(tx, accountId, options.listId);
          await run.begin(tx);
          for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
            await run.accept(record, info.lines);
          }
          if (failure) throw failure;
          const result = await run.finish();
          await this.audit.record(
            {
              accountId,
              actorUserId,
              action: 'contacts.imported',
              targetType: options.listId ? 'list' : undefined,
              targetId: options.listId,
              data: { created: result.created, updated: result.updated, unchanged: result.unchanged, merged: result.merged, skipped: result.skipped, bytes },
            },
            tx,
          );
          return result;
        },
        { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
      );
    } catch (caught) {
      const error = failure ?? caught;
      if (error instanceof CsvError) {
        throw new AppError(HttpStatus.BAD_REQUEST, 'MALFORMED_CSV', `The file is not valid CSV: ${error.message}`);
      }
      throw error;
    } finally {
      parser.destroy();
      source.unpipe(limiter);
      // Whatever is left of a refused upload is read and dropped, so the answer can be delivered.
      source.resume();
    }
  }
}

async function lockList(tx: Tx, accountId: string, listId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM contact_list WHERE account_id = ${accountId}::uuid AND id = ${listId}::uuid FOR SHARE`;
  if (rows.length === 0) throw notFound('LIST_NOT_FOUND', 'list');
}

const clean = (value: string | undefined) => (value === undefined || value === '' ? null : value);

/** One import: the header, the rows of the current batch, and the counts so far. */
class ImportRun {
  private columns: Partial<Record<ImportedField, number>> | undefined;
  private ignoredColumns: string[] = [];
  private batch = new Map<string, Row>();
  private readonly result = { created: 0, updated: 0, unchanged: 0, merged: 0, skipped: 0, errorCount: 0, errors: [] as RowError[] };

  private tx!: Tx;

  constructor(
    private readonly accountId: string,
    private readonly listId: string | undefined,
  ) {}

  /** The email keys this file has already written, so a repeat in a later batch counts as merged. */
  async begin(tx: Tx) {
    this.tx = tx;
    await tx.$executeRawUnsafe('CREATE TEMP TABLE import_seen (email_key text PRIMARY KEY) ON COMMIT DROP');
  }

  malformed(line: number, message: string) {
    this.reject({ line, email: null, code: 'MALFORMED_ROW', message: message.slice(0, MAX_ROW_ERROR_MESSAGE) });
  }

  private reject(error: RowError) {
    this.result.skipped += 1;
    this.result.errorCount += 1;
    if (this.result.errors.length < MAX_REPORTED_ERRORS) this.result.errors.push(error);
  }

  async accept(record: string[], line: number) {
    if (!this.columns) return this.readHeader(record);
    const cell = (field: ImportedField) => {
      const index = this.columns![field];
      return index === undefined ? '' : fromSpreadsheetCell(record[index] ?? '');
    };
    const email = cell('email');
    if (email === '') return this.reject({ line, email: null, code: 'EMAIL_MISSING', message: 'The row has no email.' });
    if (email.length > CONTACT_LIMITS.email || !isEmail(email)) {
      return this.reject({ line, email: email.slice(0, CONTACT_LIMITS.email), code: 'EMAIL_INVALID', message: 'The email is not a valid address.' });
    }
    for (const field of ['firstName', 'lastName', 'phone', 'company'] as const) {
      if (cell(field).length > CONTACT_LIMITS[field]) {
        return this.reject({ line, email, code: 'FIELD_TOO_LONG', message: `${field} is longer than ${CONTACT_LIMITS[field]} characters.` });
      }
    }
    const row: Row = {
      email,
      emailKey: email.toLowerCase(),
      firstName: clean(cell('firstName')),
      lastName: clean(cell('lastName')),
      phone: clean(cell('phone')),
      company: clean(cell('company')),
    };
    const earlier = this.batch.get(row.emailKey);
    if (earlier) {
      this.result.merged += 1;
      this.batch.set(row.emailKey, {
        ...earlier,
        firstName: row.firstName ?? earlier.firstName,
        lastName: row.lastName ?? earlier.lastName,
        phone: row.phone ?? earlier.phone,
        company: row.company ?? earlier.company,
      });
    } else {
      this.batch.set(row.emailKey, row);
    }
    if (this.batch.size >= IMPORT_BATCH_SIZE) await this.flush();
  }

  private readHeader(record: string[]) {
    const columns: Partial<Record<ImportedField, number>> = {};
    record.forEach((name, index) => {
      const field = COLUMN_ALIASES[name.toLowerCase().replace(/[\s_-]/g, '')];
      if (field && columns[field] === undefined) columns[field] = index;
      else if (this.ignoredColumns.length < MAX_IGNORED_COLUMNS) this.ignoredColumns.push(name.slice(0, MAX_IGNORED_COLUMN_NAME));
    });
    if (columns.email === undefined) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'IMPORT_NO_EMAIL_COLUMN', 'The first row must be a header naming an "email" column.');
    }
    this.columns = columns;
  }

  private async flush() {
    const rows = [...this.batch.values()];
    this.batch = new Map();
    if (rows.length === 0) return;
    const firstSeen = new Set(
      (
        await this.tx.$queryRaw<{ email_key: string }[]>`
          INSERT INTO import_seen (email_key)
          SELECT k FROM (VALUES ${Prisma.join(rows.map((row) => Prisma.sql`(${row.emailKey}::text)`))}) AS v(k)
          ON CONFLICT DO NOTHING RETURNING email_key`
      ).map((r) => r.email_key),
    );
    const values = rows.map(
      (row) =>
        Prisma.sql`(gen_random_uuid(), ${this.accountId}::uuid, ${row.email}::text, ${row.emailKey}::text, ${row.firstName}::text, ${row.lastName}::text, ${row.phone}::text, ${row.company}::text, now())`,
    );
    const written = await this.tx.$queryRaw<{ email_key: string; inserted: boolean }[]>`
      INSERT INTO contact AS c (id, account_id, email, email_key, first_name, last_name, phone, company, updated_at)
      VALUES ${Prisma.join(values)}
      ON CONFLICT (account_id, email_key) DO UPDATE SET
        first_name = COALESCE(EXCLUDED.first_name, c.first_name),
        last_name = COALESCE(EXCLUDED.last_name, c.last_name),
        phone = COALESCE(EXCLUDED.phone, c.phone),
        company = COALESCE(EXCLUDED.company, c.company),
        version = c.version + 1,
        updated_at = now()
      WHERE (EXCLUDED.first_name IS NOT NULL AND EXCLUDED.first_name IS DISTINCT FROM c.first_name)
         OR (EXCLUDED.last_name IS NOT NULL AND EXCLUDED.last_name IS DISTINCT FROM c.last_name)
         OR (EXCLUDED.phone IS NOT NULL AND EXCLUDED.phone IS DISTINCT FROM c.phone)
         OR (EXCLUDED.company IS NOT NULL AND EXCLUDED.company IS DISTINCT FROM c.company)
      RETURNING c.email_key, (c.xmax = 0) AS inserted`;
    const outcome = new Map(written.map((r) => [r.email_key, r.inserted ? 'created' : 'updated'] as const));
    for (const row of rows) {
      if (!firstSeen.has(row.emailKey)) this.result.merged += 1;
      else this.result[outcome.get(row.emailKey) ?? 'unchanged'] += 1;
    }
    if (this.listId) {
      await this.tx.$executeRaw`
        INSERT INTO list_member (account_id, list_id, contact_id, added_at)
        SELECT account_id, ${this.listId}::uuid, id, now() FROM contact
        WHERE account_id = ${this.accountId}::uuid AND email_key IN (${Prisma.join(rows.map((row) => row.emailKey))})
        ON CONFLICT DO NOTHING`;
    }
  }

  async finish(): Promise<ImportResult> {
    if (!this.columns) throw new AppError(HttpStatus.BAD_REQUEST, 'IMPORT_EMPTY', 'The file is empty: send a header row naming an "email" column, then one row per contact.');
    await this.flush();
    return { ...this.result, ignoredColumns: this.ignoredColumns };
  }
}
