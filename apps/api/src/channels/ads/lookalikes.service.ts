import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { AuditRepository } from '../../audit/audit.repository.js';
import { AppError } from '../../common/app-error.js';
import { notFound } from '../../common/id-param.js';
import { type PageQueryDto, parsePageQuery } from '../../common/paging.js';
import { DATABASE } from '../../database/database.module.js';
import type { CreateLookalikeDto } from './dto/ads.dto.js';
import { LOOKALIKE_NOT_FOUND, LOOKALIKE_SORTABLE, LookalikesRepository } from './lookalikes.repository.js';

/** Lookalike audiences built from a contact list: the list's size is captured when the audience is made. */
@Injectable()
export class LookalikesService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly lookalikes: LookalikesRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(accountId: string, query: PageQueryDto) {
    return this.lookalikes.page(accountId, parsePageQuery(query, { sortable: LOOKALIKE_SORTABLE, defaultSort: 'createdAt' }));
  }

  async get(accountId: string, id: string) {
    const lookalike = await this.lookalikes.find(accountId, id);
    if (!lookalike) throw notFound(...LOOKALIKE_NOT_FOUND);
    return lookalike;
  }

  create(accountId: string, actorUserId: string, input: CreateLookalikeDto) {
    return this.db.$transaction(async (tx) => {
      const sourceSize = await this.lookalikes.listSize(tx, accountId, input.sourceListId);
      if (sourceSize === null) throw new AppError(HttpStatus.BAD_REQUEST, 'UNKNOWN_LIST', 'sourceListId names no contact list of this account.');
      const lookalike = await this.lookalikes.create(tx, { accountId, name: input.name, sourceListId: input.sourceListId, sourceSize, country: input.country });
      await this.audit.record(
        { accountId, actorUserId, action: 'lookalike.created', targetType: 'lookalike', targetId: lookalike.id, data: { sourceListId: input.sourceListId, sourceSize } },
        tx,
      );
      return lookalike;
    });
  }

  remove(ref: { accountId: string; id: string; version: number }, actorUserId: string) {
    return this.db.$transaction(async (tx) => {
      await this.lookalikes.remove(tx, ref);
      await this.audit.record({ accountId: ref.accountId, actorUserId, action: 'lookalike.deleted', targetType: 'lookalike', targetId: ref.id }, tx);
    });
  }
}
