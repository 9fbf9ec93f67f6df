import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import type { AccountContext } from '../../access/account-context.js';
import { AuditRepository } from '../../audit/audit.repository.js';
import { AppError } from '../../common/app-error.js';
import type { PageQueryDto } from '../../common/paging.js';
import { DATABASE } from '../../database/database.module.js';
import { PublishableRecords, type PublishableRow, type RecordRef } from '../publishable/publishable-records.js';
import { type CreateSocialPostDto, SOCIAL_NETWORKS, type SocialNetwork, type UpdateSocialPostDto } from './dto/social.dto.js';

export const MAX_X_POST_LENGTH = 280;

export interface SocialPostRow extends PublishableRow {
  network: SocialNetwork;
  body: string;
}

/** A scheduled or published post is edited only by whoever may schedule or publish it. */
const NEEDS_PUBLISH_TO_EDIT = new Set(['SCHEDULED', 'PUBLISHED']);

function assertFitsNetwork(network: SocialNetwork, body: string) {
  if (network === 'X' && body.length > MAX_X_POST_LENGTH) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'POST_TOO_LONG_FOR_NETWORK', `A post on X has at most ${MAX_X_POST_LENGTH} characters; this one has ${body.length}.`);
  }
}

@Injectable()
export class SocialPostsService {
  readonly records: PublishableRecords<SocialPostRow>;

  constructor(@Inject(DATABASE) db: Database, audit: AuditRepository) {
    this.records = new PublishableRecords<SocialPostRow>(db, audit, {
      delegate: (client) => client.socialPost,
      notFound: ['SOCIAL_POST_NOT_FOUND', 'social post'],
      audit: { prefix: 'social-post', targetType: 'social-post' },
      schedulable: true,
      sortable: ['createdAt', 'updatedAt', 'scheduledAt', 'publishedAt', 'state', 'network'],
      searchField: 'body',
      enumFilters: { network: SOCIAL_NETWORKS },
    });
  }

  list(accountId: string, query: PageQueryDto) {
    return this.records.page(accountId, query);
  }

  get(accountId: string, id: string) {
    return this.records.get(accountId, id);
  }

  create(accountId: string, actorUserId: string, input: CreateSocialPostDto) {
    assertFitsNetwork(input.network, input.body);
    return this.records.create(accountId, actorUserId, { network: input.network, body: input.body });
  }

  update(context: AccountContext, ref: RecordRef, actorUserId: string, input: UpdateSocialPostDto) {
    return this.records.update(ref, actorUserId, (current) => {
      if (NEEDS_PUBLISH_TO_EDIT.has(current.state) && !context.can('social.posts.publish')) {
        throw new AppError(
          HttpStatus.FORBIDDEN,
          'PUBLISH_PERMISSION_REQUIRED',
          `This post is ${current.state.toLowerCase()}; editing it needs the permission to schedule and publish social posts.`,
        );
      }
      assertFitsNetwork(input.network ?? current.network, input.body ?? current.body);
      return { ...(input.network ? { network: input.network } : {}), ...(input.body !== undefined ? { body: input.body } : {}) };
    });
  }
}
