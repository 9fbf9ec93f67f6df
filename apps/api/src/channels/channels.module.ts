import { Module } from '@nestjs/common';
import { AD_CONTROLLERS } from './ads/ads.controller.js';
import { AdsService } from './ads/ads.service.js';
import { LookalikesController } from './ads/lookalikes.controller.js';
import { LookalikesRepository } from './ads/lookalikes.repository.js';
import { LookalikesService } from './ads/lookalikes.service.js';
import { SocialCommentsRepository } from './social/social-comments.repository.js';
import { SocialCommentsService } from './social/social-comments.service.js';
import { SocialController } from './social/social.controller.js';
import { SocialPostsService } from './social/social-posts.service.js';
import { StoresController } from './stores/stores.controller.js';
import { StoresService } from './stores/stores.service.js';

/** Social posts and comments, ads and lookalike audiences, online stores. */
@Module({
  controllers: [SocialController, LookalikesController, ...AD_CONTROLLERS, StoresController],
  providers: [SocialPostsService, SocialCommentsService, SocialCommentsRepository, AdsService, LookalikesService, LookalikesRepository, StoresService],
})
export class ChannelsModule {}
