import { Module } from '@nestjs/common';
import { SecurityPolicyController } from './security-policy.controller.js';
import { SecurityPolicyService } from './security-policy.service.js';

/** An account's requirement of two-step sign-in (the access guard enforces it). */
@Module({
  controllers: [SecurityPolicyController],
  providers: [SecurityPolicyService],
})
export class SecurityPolicyModule {}
