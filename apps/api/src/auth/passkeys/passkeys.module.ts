import { Module } from '@nestjs/common';
import { AuthModule } from '../auth.module.js';
import { MyPasskeysController } from './my-passkeys.controller.js';
import { MyPasskeysService } from './my-passkeys.service.js';
import { PasskeyChallenges } from './passkey-challenges.js';
import { PasskeyLoginController } from './passkey-login.controller.js';
import { PasskeyLoginService } from './passkey-login.service.js';
import { PasskeyLoginThrottle } from './passkey-login-throttle.js';

/** Passkeys (WebAuthn): a person registers and manages theirs, and signs in with one. */
@Module({
  imports: [AuthModule],
  controllers: [MyPasskeysController, PasskeyLoginController],
  providers: [MyPasskeysService, PasskeyLoginService, PasskeyChallenges, PasskeyLoginThrottle],
})
export class PasskeysModule {}
