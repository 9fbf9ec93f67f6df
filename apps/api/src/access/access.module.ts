import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { AccountAccessRepository } from './account-access.repository.js';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AccountAccessRepository, AccessGuard],
  exports: [AccountAccessRepository, AccessGuard],
})
export class AccessModule {}
