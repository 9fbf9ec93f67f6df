import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AccessTokenVerifier } from './access-token-verifier.js';
import { AuthController } from './auth.controller.js';
import { EmailVerificationController } from './email-verification.controller.js';
import { EmailChangeController, MyPasswordController, PasswordResetController } from './password.controller.js';
import { AuthService } from './auth.service.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { MySessionsController } from './my-sessions.controller.js';
import { MySessionsService } from './my-sessions.service.js';
import { SessionsService } from './sessions.service.js';
import { SignupThrottleService } from './signup-throttle.service.js';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a
        // public key and throws, which measured 500 µs per verification against 12 µs.
        const key = createSecretKey(Buffer.from(config.JWT_SECRET));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  controllers: [AuthController, EmailVerificationController, PasswordResetController, MyPasswordController, EmailChangeController, MySessionsController],
  providers: [
    AccessTokenVerifier,
    AuthService,
    SessionsService,
    LoginThrottleService,
    MySessionsService,
    SignupThrottleService,
    LocalStrategy,
  ],
  exports: [AccessTokenVerifier, AuthService, SessionsService, JwtModule],
})
export class AuthModule {}
