import { Inject, Injectable } from '@nestjs/common';
import type { AssetKind, Database, Prisma } from '@partner-portal/db';
import type { Page, PageRequest } from '../common/paging.js';
import type { VersionedDelegate } from '../common/versioned-store.js';
import { DATABASE } from '../database/database.module.js';

type Tx = Prisma.TransactionClient;
type AssetRow = Prisma.AssetModel;

/** An asset as the API shows it: where its bytes lie on disk stays inside. */
export type AssetView = Omit<AssetRow, 'storageKey'>;

export const ASSET_SORTS = ['createdAt', 'name'] as const;
export type AssetSort = (typeof ASSET_SORTS)[number];
export interface AssetFilter {
  q?: string;
}

const HIDDEN = { storageKey: true } as const;

@Injectable()
export class AssetsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(accountId: string, kind: AssetKind, request: PageRequest<AssetSort, AssetFilter>): Promise<Page<AssetView>> {
    const where: Prisma.AssetWhereInput = {
      accountId,
      kind,
      ...(request.filter.q ? { name: { contains: request.filter.q, mode: 'insensitive' } } : {}),
    };
    const direction = request.sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.asset.count({ where }),
      this.db.asset.findMany({
        where,
        omit: HIDDEN,
        orderBy: [{ [request.sort.field]: direction }, { id: direction }],
        take: request.limit,
        skip: request.offset,
      }),
    ]);
    return { data, total };
  }

  find(accountId: string, kind: AssetKind, id: string, tx: Tx = this.db): Promise<AssetView | null> {
    return tx.asset.findFirst({ where: { accountId, kind, id }, omit: HIDDEN });
  }

  findStorageKey(accountId: string, kind: AssetKind, id: string, tx: Tx = this.db): Promise<{ storageKey: string; mimeType: string; name: string } | null> {
    return tx.asset.findFirst({ where: { accountId, kind, id }, select: { storageKey: true, mimeType: true, name: true } });
  }

  create(tx: Tx, data: Prisma.AssetUncheckedCreateInput): Promise<AssetView> {
    return tx.asset.create({ data, omit: HIDDEN });
  }

  /** For updateVersioned/deleteVersioned: the same atomic writes, answering (and 412-ing) with the public view. */
  versioned(tx: Tx): VersionedDelegate<AssetView> {
    return {
      updateManyAndReturn: (args) => tx.asset.updateManyAndReturn({ ...(args as Prisma.AssetUpdateManyAndReturnArgs), omit: HIDDEN }),
      deleteMany: (args) => tx.asset.deleteMany(args as Prisma.AssetDeleteManyArgs),
      findFirst: (args) => tx.asset.findFirst({ ...(args as Prisma.AssetFindFirstArgs), omit: HIDDEN }),
    };
  }
}
