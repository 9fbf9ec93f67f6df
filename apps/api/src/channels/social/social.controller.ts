import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../../access/account-context.js';
import { RequirePermission } from '../../access/route-access.decorator.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/paging.js';
import type { AuthenticatedUser } from '../../common/request-context.js';
import { IfMatch } from '../../common/versioning.js';
import { ScheduleDto } from '../publishable/publishable.dto.js';
import { CreateSocialCommentDto, CreateSocialPostDto, RespondToCommentDto, UpdateSocialPostDto } from './dto/social.dto.js';
import { SocialCommentsService } from './social-comments.service.js';
import { SocialPostsService } from './social-posts.service.js';

const PostId = () => IdParam('postId', 'SOCIAL_POST_NOT_FOUND', 'social post');
const NOT_SENT = 'Recorded in Partner Portal only: no social network is contacted.';

@ApiTags('social')
@Controller('accounts/:accountId')
export class SocialController {
  constructor(
    private readonly posts: SocialPostsService,
    private readonly comments: SocialCommentsService,
  ) {}

  // The matrix has no separate "view social posts" action: whoever may draft posts must see them to edit them.
  @RequirePermission('social.posts.create')
  @Get('social/posts')
  @ApiOperation({ summary: 'Social posts, paged; filter by q (body), state, network' })
  @ApiOkResponse({ description: '{ data, total }' })
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.posts.list(context.account.id, query);
  }

  @RequirePermission('social.posts.create')
  @Get('social/posts/:postId')
  @ApiOperation({ summary: 'One social post, with its ETag' })
  get(@CurrentAccount() context: AccountContext, @PostId() postId: string) {
    return this.posts.get(context.account.id, postId);
  }

  @RequirePermission('social.posts.create')
  @Post('social/posts')
  @ApiOperation({ summary: 'Draft a social post (at most 3,000 characters; 280 on X)' })
  @ApiCreatedResponse({ description: 'The draft' })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateSocialPostDto) {
    return this.posts.create(context.account.id, caller.userId, body);
  }

  @RequirePermission('social.posts.create')
  @Patch('social/posts/:postId')
  @ApiOperation({ summary: 'Edit a post (If-Match); a scheduled or published post needs social.posts.publish' })
  @ApiForbiddenResponse({ description: 'PUBLISH_PERMISSION_REQUIRED' })
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  update(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @PostId() postId: string,
    @IfMatch() version: number,
    @Body() body: UpdateSocialPostDto,
  ) {
    return this.posts.update(context, { accountId: context.account.id, id: postId, version }, caller.userId, body);
  }

  @RequirePermission('social.posts.publish')
  @Post('social/posts/:postId/schedule')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Schedule a post (If-Match)', description: NOT_SENT })
  @ApiConflictResponse({ description: 'INVALID_STATE_TRANSITION' })
  schedule(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @PostId() postId: string,
    @IfMatch() version: number,
    @Body() body: ScheduleDto,
  ) {
    return this.posts.records.transition({ accountId: context.account.id, id: postId, version }, caller.userId, 'SCHEDULED', new Date(body.scheduledAt));
  }

  @RequirePermission('social.posts.publish')
  @Post('social/posts/:postId/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Mark a post published in Partner Portal's records (If-Match)", description: NOT_SENT })
  @ApiConflictResponse({ description: 'INVALID_STATE_TRANSITION' })
  publish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @IfMatch() version: number) {
    return this.posts.records.transition({ accountId: context.account.id, id: postId, version }, caller.userId, 'PUBLISHED');
  }

  @RequirePermission('social.posts.publish')
  @Post('social/posts/:postId/unpublish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Mark a published post unpublished in Partner Portal's records (If-Match)", description: NOT_SENT })
  @ApiConflictResponse({ description: 'INVALID_STATE_TRANSITION' })
  unpublish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @IfMatch() version: number) {
    return this.posts.records.transition({ accountId: context.account.id, id: postId, version }, caller.userId, 'UNPUBLISHED');
  }

  @RequirePermission('social.posts.publish')
  @Delete('social/posts/:postId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a post and its comments (If-Match)' })
  @ApiNoContentResponse()
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @IfMatch() version: number) {
    return this.posts.records.remove({ accountId: context.account.id, id: postId, version }, caller.userId);
  }

  @RequirePermission('social.comments.respond')
  @Get('social/posts/:postId/comments')
  @ApiOperation({ summary: "A post's comments, paged (sort createdAt or -createdAt)" })
  @ApiOkResponse({ description: '{ data, total }' })
  listComments(@CurrentAccount() context: AccountContext, @PostId() postId: string, @Query() query: PageQueryDto) {
    return this.comments.list(context.account.id, postId, query);
  }

  @RequirePermission('social.comments.respond')
  @Post('social/posts/:postId/comments')
  @ApiOperation({ summary: 'Record an incoming comment on a post', description: NOT_SENT })
  @ApiCreatedResponse({ description: 'The comment' })
  recordComment(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @Body() body: CreateSocialCommentDto) {
    return this.comments.record(context.account.id, postId, caller.userId, body);
  }

  @RequirePermission('social.comments.respond')
  @Post('social/comments/:commentId/respond')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Respond to a comment (If-Match); the response is stored, not posted to the network', description: NOT_SENT })
  @ApiPreconditionFailedResponse({ description: 'VERSION_CONFLICT, with details.current' })
  respond(
    @CurrentAccount() context: AccountContext,
    @CurrentUser() caller: AuthenticatedUser,
    @IdParam('commentId', 'SOCIAL_COMMENT_NOT_FOUND', 'comment') commentId: string,
    @IfMatch() version: number,
    @Body() body: RespondToCommentDto,
  ) {
    return this.comments.respond({ accountId: context.account.id, id: commentId, version }, caller.userId, body.response);
  }
}
