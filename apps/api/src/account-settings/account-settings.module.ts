import { Module } from '@nestjs/common';
import { AccountSettingsController } from './account-settings.controller.js';
import { AccountSettingsService } from './account-settings.service.js';
import { PurchasesRepository } from './purchases.repository.js';
import { PurchasesService } from './purchases.service.js';
import { TrialsRepository } from './trials.repository.js';
import { TrialsService } from './trials.service.js';

/** Account settings, business profile, purchases and trials. */
@Module({
  controllers: [AccountSettingsController],
  providers: [AccountSettingsService, PurchasesService, PurchasesRepository, TrialsService, TrialsRepository],
})
export class AccountSettingsModule {}
