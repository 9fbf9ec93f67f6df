import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { AccountAccessRepository } from './account-access.repository.js';
import { SessionActivity } from './session-activity.js';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AccountAccessRepository, AccessGuard, SessionActivity],
  exports: [AccountAccessRepository, AccessGuard, SessionActivity],
})
export class AccessModule {}
