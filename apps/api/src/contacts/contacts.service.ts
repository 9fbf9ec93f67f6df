import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import type { Page, PageRequest } from '../common/paging.js';
import { deleteVersioned } from '../common/versioned-store.js';
import { versionConflict } from '../common/versioning.js';
import { DATABASE } from '../database/database.module.js';
import { listMembersHidden } from '../list-access/caller-list-access.js';
import { ListAccessReader } from '../list-access/list-access.reader.js';
import { type ContactChanges, type ContactFilter, type ContactSort, type ContactView, ContactsRepository, type Tx } from './contacts.repository.js';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto.js';
import { ListsRepository } from './lists.repository.js';
import { isUniqueViolation } from '../common/prisma-errors.js';

export const CONTACT_NOT_FOUND: [string, string] = ['CONTACT_NOT_FOUND', 'contact'];

export function unknownIds(code: string, what: string, ids: string[]): AppError {
  return new AppError(HttpStatus.BAD_REQUEST, code, `No such ${what} in this account: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', ...' : ''}.`, {}, { ids });
}

@Injectable()
export class ContactsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly contacts: ContactsRepository,
    private readonly lists: ListsRepository,
    private readonly audit: AuditRepository,
    private readonly listAccess: ListAccessReader,
  ) {}

  /** Row-level security leaves out the contacts a restricted member cannot see, from the page and from its total. */
  async list(context: AccountContext, userId: string, request: PageRequest<ContactSort, ContactFilter>): Promise<Page<ContactView>> {
    const { listId } = request.filter;
    if (listId) {
      const access = await this.listAccess.forCaller(context, userId);
      if (access.seesList(listId) && !access.seesMembers(listId)) throw listMembersHidden();
    }
    return this.contacts.pageMatching(context.account.id, request.filter, request);
  }

  async get(context: AccountContext, id: string) {
    const contact = await this.contacts.findWithLists(context.account.id, id);
    if (!contact) throw notFound(...CONTACT_NOT_FOUND);
    return contact;
  }

  async create(context: AccountContext, actorUserId: string, body: CreateContactDto) {
    const accountId = context.account.id;
    const { listIds = [], ...fields } = body;
    const email = fields.email.trim();
    const emailKey = email.toLowerCase();
    const exists = async () => {
      const existing = await this.contacts.findByEmailKey(accountId, emailKey);
      return existing
        ? new AppError(HttpStatus.CONFLICT, 'CONTACT_EXISTS', 'A contact with this email already exists in this account.', {}, { id: existing.id })
        : undefined;
    };
    const duplicate = await exists();
    if (duplicate) throw duplicate;
    try {
      const id = await this.db.$transaction(async (tx) => {
        const missing = listIds.length > 0 ? await this.lists.lockMissing(tx, accountId, listIds) : [];
        if (missing.length > 0) throw unknownIds('UNKNOWN_LISTS', 'list', missing);
        const created = await tx.contact.create({ data: { ...fields, email, emailKey, accountId }, select: { id: true } });
        if (listIds.length > 0) await this.lists.addToLists(tx, accountId, created.id, listIds);
        await this.audit.record({ accountId, actorUserId, action: 'contact.created', targetType: 'contact', targetId: created.id, data: { listIds } }, tx);
        return created.id;
      });
      return this.get(context, id);
    } catch (error) {
      if (isUniqueViolation(error)) throw (await exists()) ?? error;
      throw error;
    }
  }

  async update(context: AccountContext, actorUserId: string, id: string, version: number, body: UpdateContactDto) {
    const accountId = context.account.id;
    const changes: ContactChanges = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    const sent = Object.keys(changes).sort();
    if (sent.length === 0) throw new AppError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_UPDATE', 'Send at least one field to change.');
    if (changes.email === null) throw new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'email cannot be removed.');
    if (typeof changes.email === 'string') {
      changes.email = changes.email.trim();
      changes.emailKey = changes.email.toLowerCase();
    }
    let edited: ContactView | null;
    try {
      edited = await this.contacts.editAt(accountId, id, version, changes, { actorUserId, sent });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.contacts.findByEmailKey(accountId, changes.emailKey!);
      throw new AppError(HttpStatus.CONFLICT, 'CONTACT_EXISTS', 'Another contact of this account has this email.', {}, { id: existing?.id });
    }
    if (edited) return edited;
    const current = await this.contacts.findWithLists(accountId, id);
    throw current ? versionConflict(current) : notFound(...CONTACT_NOT_FOUND);
  }

  async remove(context: AccountContext, actorUserId: string, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    await this.db.$transaction(async (tx: Tx) => {
      await deleteVersioned(tx.contact, { where: { accountId, id }, version, notFound: CONTACT_NOT_FOUND });
      await this.audit.record({ accountId, actorUserId, action: 'contact.deleted', targetType: 'contact', targetId: id }, tx);
    });
  }
}
