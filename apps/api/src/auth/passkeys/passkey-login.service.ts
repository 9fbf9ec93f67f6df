import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { type AuthenticatorTransportFuture, generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DATABASE } from '../../database/database.module.js';
import { type ClientInfo, type PublicUser, recordSecurityEvent, toPublicUser } from '../auth.service.js';
import type { PasskeyAuthenticationOptionsDto, PasskeyLoginDto } from './dto/passkey.dto.js';
import { PasskeyChallenges } from './passkey-challenges.js';
import { relyingPartyOf, type RelyingParty } from './relying-party.js';

/** The same answer for an unknown passkey, a bad signature, and a used or expired challenge. */
export const passkeyRefused = () => new AppError(HttpStatus.UNAUTHORIZED, 'PASSKEY_INVALID', 'The passkey could not be verified.');

/** Signing in with a passkey instead of the email, the password and the code. */
@Injectable()
export class PasskeyLoginService {
  private readonly rp: RelyingParty;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly challenges: PasskeyChallenges,
  ) {
    this.rp = relyingPartyOf(config);
  }

  /**
   * No allowCredentials: the authenticator offers the person's discoverable passkeys. User verification
   * (a PIN or biometric) is required: a passkey stands in for the password and the code, so it must be
   * two factors itself, not a touch alone.
   */
  async options(): Promise<PasskeyAuthenticationOptionsDto> {
    const options = await generateAuthenticationOptions({ rpID: this.rp.id, userVerification: 'required' });
    return { options, challengeToken: await this.challenges.issue('passkey-authentication', options.challenge) };
  }

  /** The person whose passkey signed the challenge; its counter and last use recorded. */
  async verify(body: PasskeyLoginDto, client: ClientInfo): Promise<PublicUser> {
    const challenge = await this.challenges.take(body.challengeToken, 'passkey-authentication', passkeyRefused);
    const credentialId = typeof body.response.id === 'string' ? body.response.id : '';
    const passkey = await this.db.passkey.findUnique({ where: { credentialId }, include: { user: true } });
    if (!passkey) throw passkeyRefused();
    let verification;
    try {
      verification = await verifyAuthenticationResponse({
        response: body.response,
        expectedChallenge: challenge,
        expectedOrigin: this.rp.origin,
        expectedRPID: this.rp.id,
        credential: {
          id: passkey.credentialId,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: Number(passkey.counter),
          transports: passkey.transports as AuthenticatorTransportFuture[],
        },
        requireUserVerification: true,
      });
    } catch {
      throw passkeyRefused();
    }
    // The user handle, when the authenticator gives one, must be the passkey's person.
    const userHandle: unknown = body.response.response.userHandle;
    const handleNamesOther = userHandle !== undefined && (typeof userHandle !== 'string' || Buffer.from(userHandle, 'base64url').toString() !== passkey.userId);
    if (!verification.verified || handleNamesOther) throw passkeyRefused();
    if (!passkey.user.emailVerifiedAt) {
      throw new AppError(HttpStatus.FORBIDDEN, 'EMAIL_NOT_VERIFIED', 'Verify your email address first: follow the link we emailed you, or ask for a new one.');
    }
    const { newCounter, credentialDeviceType, credentialBackedUp } = verification.authenticationInfo;
    await this.db.$transaction(async (tx) => {
      await tx.passkey.update({
        where: { id: passkey.id },
        data: { counter: BigInt(newCounter), lastUsedAt: new Date(), deviceType: credentialDeviceType, backedUp: credentialBackedUp },
      });
      await recordSecurityEvent(tx, passkey.userId, 'login.passkey', client);
    });
    return toPublicUser(passkey.user);
  }
}
