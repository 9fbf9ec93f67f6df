import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthenticatedUser } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { AccessTokenClaims } from './sessions.service.js';

/**
 * Verifies the token's signature and expiry only. Whether its session is still active is read by the
 * AccessGuard in the same query as the caller's grants.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): AuthenticatedUser | false {
    const wellFormed = typeof claims.sub === 'string' && typeof claims.sid === 'string';
    return wellFormed ? { userId: claims.sub, sessionId: claims.sid } : false;
  }
}
