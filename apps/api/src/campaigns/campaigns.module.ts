import { Module } from '@nestjs/common';
import { ListAccessModule } from '../list-access/list-access.module.js';
import { AutomationsController } from './automations.controller.js';
import { AutomationsRepository } from './automations.repository.js';
import { AutomationsService } from './automations.service.js';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsRepository } from './campaigns.repository.js';
import { CampaignsService } from './campaigns.service.js';
import { ReportsController } from './reports.controller.js';

/** Campaigns (drafts, test sends, sending and scheduling), their reports, and automated email series. */
@Module({
  imports: [ListAccessModule],
  controllers: [CampaignsController, ReportsController, AutomationsController],
  providers: [CampaignsRepository, CampaignsService, AutomationsRepository, AutomationsService],
})
export class CampaignsModule {}
