import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import type { Page, PageRequest } from '../common/paging.js';
import { deleteVersioned, updateVersioned } from '../common/versioned-store.js';
import { DATABASE } from '../database/database.module.js';
import { type ContactSort, type ContactView, ContactsRepository, type Tx } from './contacts.repository.js';
import { isUniqueViolation } from '../common/prisma-errors.js';
import { unknownIds } from './contacts.service.js';
import type { CreateSegmentDto, UpdateSegmentDto } from './dto/segment.dto.js';
import { ListsRepository } from './lists.repository.js';
import { compileDefinition, listIdsOf, type SegmentDefinition, validateDefinition } from './segment-rules.js';
import { type SegmentRow, type SegmentSort, SegmentsRepository } from './segments.repository.js';

const SEGMENT_NOT_FOUND: [string, string] = ['SEGMENT_NOT_FOUND', 'segment'];
const nameTaken = () => new AppError(HttpStatus.CONFLICT, 'SEGMENT_NAME_TAKEN', 'This account already has a segment with this name.');

export interface SegmentView {
  id: string;
  name: string;
  match: SegmentDefinition['match'];
  /** Only for callers who may build segments: a rule such as "email contains ..." tells about contacts. */
  rules?: SegmentDefinition['rules'];
  size: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

@Injectable()
export class SegmentsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly segments: SegmentsRepository,
    private readonly contacts: ContactsRepository,
    private readonly lists: ListsRepository,
    private readonly audit: AuditRepository,
  ) {}

  private async view(context: AccountContext, row: SegmentRow): Promise<SegmentView> {
    const { definition, ...segment } = row;
    const size = await this.contacts.count(compileDefinition(context.account.id, definition));
    return {
      id: segment.id,
      name: segment.name,
      match: definition.match,
      ...(context.can('segments.create') ? { rules: definition.rules } : {}),
      size,
      version: segment.version,
      createdAt: segment.createdAt,
      updatedAt: segment.updatedAt,
    };
  }

  async list(context: AccountContext, request: PageRequest<SegmentSort, { q?: string }>): Promise<Page<SegmentView>> {
    const page = await this.segments.page(context.account.id, request);
    return { total: page.total, data: await Promise.all(page.data.map((row) => this.view(context, row))) };
  }

  private async find(context: AccountContext, id: string): Promise<SegmentRow> {
    const row = await this.segments.find(context.account.id, id);
    if (!row) throw notFound(...SEGMENT_NOT_FOUND);
    return row;
  }

  async get(context: AccountContext, id: string): Promise<SegmentView> {
    return this.view(context, await this.find(context, id));
  }

  async contactsOf(context: AccountContext, id: string, request: PageRequest<ContactSort, unknown>): Promise<Page<ContactView>> {
    const { definition } = await this.find(context, id);
    return this.contacts.page(compileDefinition(context.account.id, definition), request);
  }

  /** Every list a rule names must be one the caller sees (a restricted member may name any list it has access to). */
  private async checkLists(tx: Tx, context: AccountContext, definition: SegmentDefinition) {
    const accountId = context.account.id;
    const listIds = listIdsOf(definition);
    const lookUp = context.listRestricted ? this.lists.missing.bind(this.lists) : this.lists.lockMissing.bind(this.lists);
    const missing = listIds.length > 0 ? await lookUp(tx, accountId, listIds) : [];
    if (missing.length > 0) throw unknownIds('UNKNOWN_LISTS', 'list', missing);
  }

  async create(context: AccountContext, actorUserId: string, body: CreateSegmentDto): Promise<SegmentView> {
    const accountId = context.account.id;
    const definition = validateDefinition(body);
    try {
      const row = await this.db.$transaction(async (tx: Tx) => {
        await this.checkLists(tx, context, definition);
        const created = await tx.segment.create({ data: { accountId, name: body.name, rules: definition as unknown as Prisma.InputJsonValue } });
        await this.audit.record({ accountId, actorUserId, action: 'segment.created', targetType: 'segment', targetId: created.id, data: { name: body.name } }, tx);
        return created;
      });
      return this.view(context, SegmentsRepository.toRow(row));
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }

  async update(context: AccountContext, actorUserId: string, id: string, version: number, body: UpdateSegmentDto): Promise<SegmentView> {
    const accountId = context.account.id;
    if (body.name === undefined && body.match === undefined && body.rules === undefined) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_UPDATE', 'Send a new name, match or rules.');
    }
    const changes: Prisma.SegmentUpdateInput = {};
    if (body.name !== undefined) changes.name = body.name;
    if (body.match !== undefined || body.rules !== undefined) {
      // Based on the stored definition; should it have moved on since, the versioned write below refuses.
      const current = await this.find(context, id);
      const definition = validateDefinition({ match: body.match ?? current.definition.match, rules: body.rules ?? current.definition.rules });
      changes.rules = definition as unknown as Prisma.InputJsonValue;
    }
    try {
      const row = await this.db.$transaction(async (tx: Tx) => {
        if (changes.rules) await this.checkLists(tx, context, changes.rules as unknown as SegmentDefinition);
        const updated = await updateVersioned(tx.segment, { where: { accountId, id }, version, notFound: SEGMENT_NOT_FOUND }, changes);
        await this.audit.record(
          { accountId, actorUserId, action: 'segment.updated', targetType: 'segment', targetId: id, data: { fields: Object.keys(changes) } },
          tx,
        );
        return updated;
      });
      return this.view(context, SegmentsRepository.toRow(row));
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }

  async remove(context: AccountContext, actorUserId: string, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    await this.db.$transaction(async (tx: Tx) => {
      await deleteVersioned(tx.segment, { where: { accountId, id }, version, notFound: SEGMENT_NOT_FOUND });
      await this.audit.record({ accountId, actorUserId, action: 'segment.deleted', targetType: 'segment', targetId: id }, tx);
    });
  }
}
