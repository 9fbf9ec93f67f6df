import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { AuditRepository } from '../../audit/audit.repository.js';
import { notFound } from '../../common/id-param.js';
import { type PageQueryDto, parsePageQuery } from '../../common/paging.js';
import { DATABASE } from '../../database/database.module.js';
import type { CreateSocialCommentDto } from './dto/social.dto.js';
import { SocialCommentsRepository } from './social-comments.repository.js';

const POST_NOT_FOUND = ['SOCIAL_POST_NOT_FOUND', 'social post'] as const;

/**
 * Comments on social posts. No network can be reached, so an incoming comment is recorded by a person
 * (or an integration) through the API, and a response is stored in Partner Portal, not posted anywhere.
 */
@Injectable()
export class SocialCommentsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly comments: SocialCommentsRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(accountId: string, postId: string, query: PageQueryDto) {
    const { limit, offset, sort } = parsePageQuery(query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
    if (!(await this.comments.postExists(accountId, postId))) throw notFound(...POST_NOT_FOUND);
    return this.comments.page(accountId, postId, limit, offset, sort.descending);
  }

  record(accountId: string, postId: string, actorUserId: string, input: CreateSocialCommentDto) {
    return this.db.$transaction(async (tx) => {
      if (!(await this.comments.lockPost(tx, accountId, postId))) throw notFound(...POST_NOT_FOUND);
      const comment = await this.comments.create(tx, { accountId, postId, author: input.author, body: input.body });
      await this.audit.record({ accountId, actorUserId, action: 'social-comment.recorded', targetType: 'social-comment', targetId: comment.id, data: { postId } }, tx);
      return comment;
    });
  }

  respond(ref: { accountId: string; id: string; version: number }, actorUserId: string, response: string) {
    return this.db.$transaction(async (tx) => {
      const comment = await this.comments.respond(tx, ref, { response, respondedById: actorUserId });
      await this.audit.record(
        { accountId: ref.accountId, actorUserId, action: 'social-comment.responded', targetType: 'social-comment', targetId: comment.id, data: { postId: comment.postId } },
        tx,
      );
      return comment;
    });
  }
}
