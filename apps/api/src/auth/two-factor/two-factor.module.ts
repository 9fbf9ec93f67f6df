import { Module } from '@nestjs/common';
import { AuthModule } from '../auth.module.js';
import { MyTwoFactorController } from './my-two-factor.controller.js';
import { MyTwoFactorService } from './my-two-factor.service.js';
import { TwoFactorLoginController } from './two-factor-login.controller.js';
import { TwoFactorLoginService } from './two-factor-login.service.js';
import { TwoFactorThrottleService } from './two-factor-throttle.service.js';
import { UsedTwoFactorTokens } from './used-two-factor-tokens.service.js';

/** Two-factor sign-in with TOTP and recovery codes. The password step's challenge is AuthController's (two-factor-token.ts). */
@Module({
  imports: [AuthModule],
  controllers: [TwoFactorLoginController, MyTwoFactorController],
  providers: [TwoFactorLoginService, MyTwoFactorService, TwoFactorThrottleService, UsedTwoFactorTokens],
})
export class TwoFactorModule {}
