import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Database } from '@partner-portal/db';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE } from '../database/database.module.js';

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
}

/** An access token names a user and a revocable session, never roles: grants are read per request. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

@Injectable()
export class SessionsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
  ) {}

  /** A new session; `twoFactor` when it was signed in with a second factor or a passkey. */
  async open(userId: string, client: { ip?: string; userAgent?: string }, { twoFactor = false } = {}): Promise<IssuedSession> {
    const expiresAt = new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const session = await this.db.session.create({
      data: { userId, expiresAt, ip: client.ip, userAgent: client.userAgent?.slice(0, 300), twoFactor },
    });
    const claims: AccessTokenClaims = { sub: userId, sid: session.id };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresAt };
  }

  /** The person proved a second factor during this session (set it up, or added a passkey). */
  async markTwoFactor(sessionId: string): Promise<void> {
    await this.db.session.updateMany({ where: { id: sessionId }, data: { twoFactor: true } });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  }
}
