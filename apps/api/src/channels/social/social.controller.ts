import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../../access/account-context.js';
import { RequirePermission } from '../../access/route-access.decorator.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/paging.js';
import type { AuthenticatedUser } from '../../common/request-context.js';
import { IfMatch } from '../../common/versioning.js';
import { ApiErrors, ApiPageResponse } from '../../openapi/responses.js';
import { ScheduleDto } from '../publishable/publishable.dto.js';
import { SocialCommentDto, SocialPostDto } from './dto/social-responses.dto.js';
import { CreateSocialCommentDto, CreateSocialPostDto, RespondToCommentDto, UpdateSocialPostDto } from './dto/social.dto.js';
import { SocialCommentsService } from './social-comments.service.js';
import { SocialPostsService } from './social-posts.service.js';

const PostId = () => IdParam('postId', 'SOCIAL_POST_NOT_FOUND', 'social post');
const NOT_SENT = 'Recorded in Partner Portal only: no social network is contacted.';
const POST_NOT_FOUND = 'SOCIAL_POST_NOT_FOUND: no such social post in the account';
const TOO_LONG = 'POST_TOO_LONG_FOR_NETWORK: a post on X has at most 280 characters';
const BAD_MOVE = 'INVALID_STATE_TRANSITION: the post cannot go to that state from the one it is in';

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
  @ApiPageResponse(SocialPostDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    return this.posts.list(context.account.id, query);
  }

  @RequirePermission('social.posts.create')
  @Get('social/posts/:postId')
  @ApiOperation({ summary: 'One social post, with its ETag' })
  @ApiOkResponse({ type: SocialPostDto })
  @ApiErrors({ 404: POST_NOT_FOUND })
  get(@CurrentAccount() context: AccountContext, @PostId() postId: string) {
    return this.posts.get(context.account.id, postId);
  }

  @RequirePermission('social.posts.create')
  @Post('social/posts')
  @ApiOperation({ summary: 'Draft a social post (at most 3,000 characters; 280 on X)' })
  @ApiCreatedResponse({ type: SocialPostDto, description: 'The draft' })
  @ApiErrors({ 400: TOO_LONG })
  create(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @Body() body: CreateSocialPostDto) {
    return this.posts.create(context.account.id, caller.userId, body);
  }

  @RequirePermission('social.posts.create')
  @Patch('social/posts/:postId')
  @ApiOperation({ summary: 'Edit a post (If-Match); a scheduled or published post needs social.posts.publish' })
  @ApiOkResponse({ type: SocialPostDto })
  @ApiErrors({ 400: TOO_LONG, 403: 'PUBLISH_PERMISSION_REQUIRED: the post is scheduled or published, and the caller may not publish posts', 404: POST_NOT_FOUND })
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
  @ApiOkResponse({ type: SocialPostDto })
  @ApiErrors({ 400: 'SCHEDULE_IN_PAST, SCHEDULE_TOO_FAR: scheduledAt must be in the future, within a year', 404: POST_NOT_FOUND, 409: BAD_MOVE })
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
  @ApiOkResponse({ type: SocialPostDto })
  @ApiErrors({ 404: POST_NOT_FOUND, 409: BAD_MOVE })
  publish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @IfMatch() version: number) {
    return this.posts.records.transition({ accountId: context.account.id, id: postId, version }, caller.userId, 'PUBLISHED');
  }

  @RequirePermission('social.posts.publish')
  @Post('social/posts/:postId/unpublish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Mark a published post unpublished in Partner Portal's records (If-Match)", description: NOT_SENT })
  @ApiOkResponse({ type: SocialPostDto })
  @ApiErrors({ 404: POST_NOT_FOUND, 409: BAD_MOVE })
  unpublish(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @IfMatch() version: number) {
    return this.posts.records.transition({ accountId: context.account.id, id: postId, version }, caller.userId, 'UNPUBLISHED');
  }

  @RequirePermission('social.posts.publish')
  @Delete('social/posts/:postId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a post and its comments (If-Match)' })
  @ApiNoContentResponse()
  @ApiErrors({ 404: POST_NOT_FOUND })
  remove(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @IfMatch() version: number) {
    return this.posts.records.remove({ accountId: context.account.id, id: postId, version }, caller.userId);
  }

  @RequirePermission('social.comments.respond')
  @Get('social/posts/:postId/comments')
  @ApiOperation({ summary: "A post's comments, paged (sort createdAt or -createdAt)" })
  @ApiPageResponse(SocialCommentDto)
  @ApiErrors({ 404: POST_NOT_FOUND })
  listComments(@CurrentAccount() context: AccountContext, @PostId() postId: string, @Query() query: PageQueryDto) {
    return this.comments.list(context.account.id, postId, query);
  }

  @RequirePermission('social.comments.respond')
  @Post('social/posts/:postId/comments')
  @ApiOperation({ summary: 'Record an incoming comment on a post', description: NOT_SENT })
  @ApiCreatedResponse({ type: SocialCommentDto, description: 'The comment' })
  @ApiErrors({ 404: POST_NOT_FOUND })
  recordComment(@CurrentAccount() context: AccountContext, @CurrentUser() caller: AuthenticatedUser, @PostId() postId: string, @Body() body: CreateSocialCommentDto) {
    return this.comments.record(context.account.id, postId, caller.userId, body);
  }

  @RequirePermission('social.comments.respond')
  @Post('social/comments/:commentId/respond')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Respond to a comment (If-Match); the response is stored, not posted to the network', description: NOT_SENT })
  @ApiOkResponse({ type: SocialCommentDto, description: 'The comment with its response' })
  @ApiErrors({ 404: 'SOCIAL_COMMENT_NOT_FOUND: no such comment in the account' })
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
