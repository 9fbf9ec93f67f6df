import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { Page } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import type { TrialProduct } from './dto/trials.dto.js';

type Client = Prisma.TransactionClient;
type Trial = Awaited<ReturnType<Database['trial']['findFirstOrThrow']>>;

@Injectable()
export class TrialsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(accountId: string, limit: number, offset: number, sort: { field: 'startedAt' | 'endsAt' | 'product'; descending: boolean }): Promise<Page<Trial>> {
    const where = { accountId };
    const direction = sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.trial.count({ where }),
      this.db.trial.findMany({ where, orderBy: [{ [sort.field]: direction }, { id: direction }], take: limit, skip: offset }),
    ]);
    return { data, total };
  }

  /** Starts the trial unless the account already has one of that product: null then (ON CONFLICT DO NOTHING). */
  async startOnce(tx: Client, data: { accountId: string; product: TrialProduct; endsAt: Date; startedById: string }): Promise<Trial | null> {
    const [trial] = await tx.trial.createManyAndReturn({ data: [data], skipDuplicates: true });
    return trial ?? null;
  }
}
