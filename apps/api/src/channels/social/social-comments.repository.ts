import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@partner-portal/db';
import type { Page } from '../../common/paging.js';
import { updateVersioned } from '../../common/versioned-store.js';
import { DATABASE } from '../../database/database.module.js';

type Client = Prisma.TransactionClient;
type Comment = Awaited<ReturnType<Database['socialComment']['findFirstOrThrow']>>;

export const COMMENT_NOT_FOUND: [string, string] = ['SOCIAL_COMMENT_NOT_FOUND', 'comment'];

@Injectable()
export class SocialCommentsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(accountId: string, postId: string, limit: number, offset: number, descending: boolean): Promise<Page<Comment>> {
    const where = { accountId, postId };
    const direction = descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.socialComment.count({ where }),
      this.db.socialComment.findMany({ where, orderBy: [{ createdAt: direction }, { id: direction }], take: limit, skip: offset }),
    ]);
    return { data, total };
  }

  async postExists(accountId: string, postId: string): Promise<boolean> {
    return (await this.db.socialPost.count({ where: { accountId, id: postId } })) > 0;
  }

  /** Holds the post until the transaction ends, so it cannot be deleted under a comment being recorded. */
  async lockPost(tx: Client, accountId: string, postId: string): Promise<boolean> {
    const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM social_post WHERE account_id = ${accountId}::uuid AND id = ${postId}::uuid FOR SHARE`;
    return rows.length > 0;
  }

  create(tx: Client, data: { accountId: string; postId: string; author: string; body: string }): Promise<Comment> {
    return tx.socialComment.create({ data });
  }

  respond(tx: Client, ref: { accountId: string; id: string; version: number }, data: { response: string; respondedById: string }): Promise<Comment> {
    return updateVersioned(
      tx.socialComment,
      { where: { accountId: ref.accountId, id: ref.id }, version: ref.version, notFound: COMMENT_NOT_FOUND },
      { ...data, respondedAt: new Date() },
    );
  }
}
