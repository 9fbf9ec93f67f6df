import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { type PageQueryDto, parsePageQuery } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import type { TrialProduct } from './dto/trials.dto.js';
import { TrialsRepository } from './trials.repository.js';

export const TRIAL_DAYS = 30;

/** One trial per product per account, ever: the (account, product) key settles two requests at once. */
@Injectable()
export class TrialsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly trials: TrialsRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(accountId: string, query: PageQueryDto) {
    const { limit, offset, sort } = parsePageQuery(query, { sortable: ['startedAt', 'endsAt', 'product'] as const, defaultSort: 'startedAt' });
    return this.trials.page(accountId, limit, offset, sort);
  }

  start(accountId: string, actorUserId: string, product: TrialProduct) {
    const endsAt = new Date(Date.now() + TRIAL_DAYS * 24 * 60 * 60 * 1000);
    return this.db.$transaction(async (tx) => {
      const trial = await this.trials.startOnce(tx, { accountId, product, endsAt, startedById: actorUserId });
      if (!trial) throw new AppError(HttpStatus.CONFLICT, 'TRIAL_ALREADY_STARTED', `This account has already had a trial of ${product}.`);
      await this.audit.record({ accountId, actorUserId, action: 'trial.started', targetType: 'trial', targetId: trial.id, data: { product, endsAt: endsAt.toISOString() } }, tx);
      return trial;
    });
  }
}
