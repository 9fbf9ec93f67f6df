import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { AuditRepository } from '../../audit/audit.repository.js';
import { DATABASE } from '../../database/database.module.js';
import { PublishableRecords, type PublishableRow } from '../publishable/publishable-records.js';

export interface StoreRow extends PublishableRow {
  name: string;
  currency: string;
}

@Injectable()
export class StoresService {
  readonly records: PublishableRecords<StoreRow>;

  constructor(@Inject(DATABASE) db: Database, audit: AuditRepository) {
    this.records = new PublishableRecords<StoreRow>(db, audit, {
      delegate: (client) => client.store,
      notFound: ['STORE_NOT_FOUND', 'store'],
      audit: { prefix: 'store', targetType: 'store' },
      schedulable: false,
      sortable: ['createdAt', 'updatedAt', 'name', 'state', 'publishedAt'],
      searchField: 'name',
    });
  }
}
