import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import type { Page, PageRequest } from '../common/paging.js';
import { deleteVersioned, updateVersioned } from '../common/versioned-store.js';
import { DATABASE } from '../database/database.module.js';
import type { ListAccessLevel } from '../list-access/caller-list-access.js';
import { ListAccessReader } from '../list-access/list-access.reader.js';
import { type ContactFilter, type ContactSort, type ContactView, ContactsRepository, type Tx } from './contacts.repository.js';
import { isUniqueViolation } from '../common/prisma-errors.js';
import { unknownIds } from './contacts.service.js';
import type { CreateListDto, UpdateListDto } from './dto/contact.dto.js';
import { type ListSort, type ListView, ListsRepository } from './lists.repository.js';

const LIST_NOT_FOUND: [string, string] = ['LIST_NOT_FOUND', 'list'];
const nameTaken = () => new AppError(HttpStatus.CONFLICT, 'LIST_NAME_TAKEN', 'This account already has a list with this name.');

/** A list as its caller sees it: with its level when the caller is restricted to chosen lists (null when its role decides alone). */
export type CallerListView = ListView & { access: ListAccessLevel | null };

@Injectable()
export class ListsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly lists: ListsRepository,
    private readonly contacts: ContactsRepository,
    private readonly audit: AuditRepository,
    private readonly listAccess: ListAccessReader,
  ) {}

  /**
   * A restricted member gets the lists it has access to (row-level security leaves out the others), each
   * with its real member count: SEND shows a list's size, never its members.
   */
  async list(context: AccountContext, userId: string, request: PageRequest<ListSort, { q?: string }>): Promise<Page<CallerListView>> {
    const [page, access] = await Promise.all([this.lists.page(context.account.id, request), this.listAccess.forCaller(context, userId)]);
    return { total: page.total, data: page.data.map((list) => ({ ...list, access: access.levelOf(list.id) })) };
  }

  async get(context: AccountContext, userId: string, id: string): Promise<CallerListView> {
    const [list, access] = await Promise.all([this.lists.find(context.account.id, id), this.listAccess.forCaller(context, userId)]);
    if (!list) throw notFound(...LIST_NOT_FOUND);
    return { ...list, access: access.levelOf(list.id) };
  }

  async create(context: AccountContext, actorUserId: string, body: CreateListDto): Promise<CallerListView> {
    const accountId = context.account.id;
    try {
      const id = await this.db.$transaction(async (tx: Tx) => {
        const list = await tx.contactList.create({ data: { accountId, name: body.name, description: body.description ?? null }, select: { id: true } });
        await this.audit.record({ accountId, actorUserId, action: 'list.created', targetType: 'list', targetId: list.id, data: { name: body.name } }, tx);
        return list.id;
      });
      return this.get(context, actorUserId, id);
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }

  async update(context: AccountContext, actorUserId: string, id: string, version: number, body: UpdateListDto): Promise<CallerListView> {
    const accountId = context.account.id;
    const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length === 0) throw new AppError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_UPDATE', 'Send a new name or description.');
    try {
      await this.db.$transaction(async (tx: Tx) => {
        await updateVersioned(tx.contactList, { where: { accountId, id }, version, notFound: LIST_NOT_FOUND }, changes);
        await this.audit.record({ accountId, actorUserId, action: 'list.updated', targetType: 'list', targetId: id, data: changes }, tx);
      });
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
    return this.get(context, actorUserId, id);
  }

  /** A list that a scheduled or sending campaign will send to stays; drafts and sent campaigns let go of it. */
  async remove(context: AccountContext, actorUserId: string, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    await this.db.$transaction(async (tx: Tx) => {
      const campaigns = await this.lists.lockCampaignsUsing(tx, accountId, id);
      const busy = campaigns.filter((campaign) => campaign.status === 'SCHEDULED' || campaign.status === 'SENDING');
      if (busy.length > 0) {
        throw new AppError(
          HttpStatus.CONFLICT,
          'LIST_IN_USE',
          'A scheduled or sending campaign goes to this list; unschedule it or wait until it is sent.',
          {},
          { campaignIds: busy.map((campaign) => campaign.id) },
        );
      }
      await this.lists.unlinkFromCampaigns(tx, accountId, id);
      await deleteVersioned(tx.contactList, { where: { accountId, id }, version, notFound: LIST_NOT_FOUND });
      await this.audit.record({ accountId, actorUserId, action: 'list.deleted', targetType: 'list', targetId: id, data: { unlinkedCampaigns: campaigns.length } }, tx);
    });
  }

  async members(context: AccountContext, id: string, request: PageRequest<ContactSort, ContactFilter>): Promise<Page<ContactView>> {
    const accountId = context.account.id;
    if (!(await this.lists.exists(accountId, id))) throw notFound(...LIST_NOT_FOUND);
    return this.contacts.pageMatching(accountId, { ...request.filter, listId: id }, request);
  }

  async addMembers(context: AccountContext, actorUserId: string, id: string, contactIds: string[]) {
    const accountId = context.account.id;
    return this.db.$transaction(async (tx: Tx) => {
      if ((await this.lists.lockMissing(tx, accountId, [id])).length > 0) throw notFound(...LIST_NOT_FOUND);
      const missing = await this.contacts.lockMissing(tx, accountId, contactIds);
      if (missing.length > 0) throw unknownIds('UNKNOWN_CONTACTS', 'contact', missing);
      const { count } = await this.lists.addMembers(tx, accountId, id, contactIds);
      if (count > 0) await this.audit.record({ accountId, actorUserId, action: 'list.members-added', targetType: 'list', targetId: id, data: { count } }, tx);
      return { added: count, alreadyMembers: contactIds.length - count, memberCount: await this.lists.countMembers(tx, accountId, id) };
    });
  }

  async removeMember(context: AccountContext, actorUserId: string, id: string, contactId: string): Promise<void> {
    const accountId = context.account.id;
    await this.db.$transaction(async (tx: Tx) => {
      if ((await this.lists.lockMissing(tx, accountId, [id])).length > 0) throw notFound(...LIST_NOT_FOUND);
      const { count } = await this.lists.removeMember(tx, accountId, id, contactId);
      if (count > 0) {
        await this.audit.record({ accountId, actorUserId, action: 'list.member-removed', targetType: 'list', targetId: id, data: { contactId } }, tx);
      }
    });
  }
}
