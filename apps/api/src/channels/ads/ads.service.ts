import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { AuditRepository } from '../../audit/audit.repository.js';
import { DATABASE } from '../../database/database.module.js';
import { PublishableRecords, type PublishableRow } from '../publishable/publishable-records.js';
import { AD_CHANNELS, type AdChannel } from './ad-channels.js';

export interface AdRow extends PublishableRow {
  channel: AdChannel;
  name: string;
  headline: string;
  budgetCents: number;
}

/** Ads of every channel share one table and one life; each channel sees only its own. */
@Injectable()
export class AdsService {
  private readonly byChannel: Map<AdChannel, PublishableRecords<AdRow>>;

  constructor(@Inject(DATABASE) db: Database, audit: AuditRepository) {
    this.byChannel = new Map(
      AD_CHANNELS.map(({ channel }) => [
        channel,
        new PublishableRecords<AdRow>(db, audit, {
          delegate: (client) => client.ad,
          scope: { channel },
          notFound: ['AD_NOT_FOUND', 'ad on this channel'],
          audit: { prefix: 'ad', targetType: 'ad' },
          schedulable: true,
          sortable: ['createdAt', 'updatedAt', 'name', 'budgetCents', 'state', 'scheduledAt', 'publishedAt'],
          searchField: 'name',
        }),
      ]),
    );
  }

  channel(channel: AdChannel): PublishableRecords<AdRow> {
    return this.byChannel.get(channel)!;
  }
}
