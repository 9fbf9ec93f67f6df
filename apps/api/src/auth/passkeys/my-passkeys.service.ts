import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { generateRegistrationOptions, type AuthenticatorTransportFuture, verifyRegistrationResponse } from '@simplewebauthn/server';
import { AppError } from '../../common/app-error.js';
import type { Page } from '../../common/paging.js';
import { isUniqueViolation } from '../../common/prisma-errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DATABASE } from '../../database/database.module.js';
import { type ClientInfo, recordSecurityEvent } from '../auth.service.js';
import { SessionsService } from '../sessions.service.js';
import type { AddPasskeyDto, PasskeyDto, PasskeyRegistrationOptionsDto } from './dto/passkey.dto.js';
import { PasskeyChallenges } from './passkey-challenges.js';
import { relyingPartyOf, type RelyingParty } from './relying-party.js';

export interface PasskeyOwner {
  userId: string;
  sessionId: string;
}

const passkeyNotFound = () => new AppError(HttpStatus.NOT_FOUND, 'PASSKEY_NOT_FOUND', 'No such passkey of yours.');
const passkeyInvalid = () => new AppError(HttpStatus.BAD_REQUEST, 'PASSKEY_INVALID', 'The passkey could not be verified. Try adding it again.');

type PasskeyRow = Pick<PasskeyDto, 'id' | 'name' | 'deviceType' | 'backedUp'> & { createdAt: Date; lastUsedAt: Date | null };

export function toPasskeyDto(row: PasskeyRow): PasskeyDto {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    deviceType: row.deviceType,
    backedUp: row.backedUp,
  };
}

/**
 * A person's own passkeys: registering one (options, then the authenticator's answer), listing, renaming
 * and removing them. `passkey` belongs to a person (no row-level security), so every query names the caller.
 */
@Injectable()
export class MyPasskeysService {
  private readonly rp: RelyingParty;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly challenges: PasskeyChallenges,
    private readonly sessions: SessionsService,
  ) {
    this.rp = relyingPartyOf(config);
  }

  async registrationOptions(caller: PasskeyOwner): Promise<PasskeyRegistrationOptionsDto> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: caller.userId }, select: { email: true, name: true } });
    const existing = await this.db.passkey.findMany({ where: { userId: caller.userId }, select: { credentialId: true, transports: true } });
    const options = await generateRegistrationOptions({
      rpName: this.rp.name,
      rpID: this.rp.id,
      // The same user handle for every passkey of the person, so an authenticator keeps one per person.
      userID: new TextEncoder().encode(caller.userId),
      userName: user.email,
      userDisplayName: user.name ?? user.email,
      attestationType: 'none',
      excludeCredentials: existing.map((key) => ({ id: key.credentialId, transports: key.transports as AuthenticatorTransportFuture[] })),
      // Discoverable, so signing in needs no email.
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
    return { options, challengeToken: await this.challenges.issue('passkey-registration', options.challenge, caller.userId) };
  }

  /** Stores a verified new passkey; this session has now shown a second factor. */
  async add(caller: PasskeyOwner, body: AddPasskeyDto, client: ClientInfo): Promise<PasskeyDto> {
    const challenge = await this.challenges.take(body.challengeToken, 'passkey-registration', passkeyInvalid, caller.userId);
    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response: body.response,
        expectedChallenge: challenge,
        expectedOrigin: this.rp.origin,
        expectedRPID: this.rp.id,
        requireUserVerification: true,
      });
    } catch {
      throw passkeyInvalid();
    }
    if (!verification.verified) throw passkeyInvalid();
    const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
    const name = body.name.trim();
    try {
      const row = await this.db.$transaction(async (tx) => {
        const created = await tx.passkey.create({
          data: {
            userId: caller.userId,
            credentialId: credential.id,
            publicKey: Buffer.from(credential.publicKey),
            counter: BigInt(credential.counter),
            transports: credential.transports ?? [],
            deviceType: credentialDeviceType,
            backedUp: credentialBackedUp,
            name,
          },
        });
        await recordSecurityEvent(tx, caller.userId, 'passkey.added', client);
        await tx.mailOutboxMessage.create({
          data: { userId: caller.userId, topic: 'person.passkey-added', payload: { v: 1, userId: caller.userId, passkeyName: name } },
        });
        return created;
      });
      await this.sessions.markTwoFactor(caller.sessionId);
      return toPasskeyDto(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError(HttpStatus.CONFLICT, 'PASSKEY_EXISTS', 'This passkey is already registered.');
      throw error;
    }
  }

  async list(caller: PasskeyOwner, page: { limit: number; offset: number; descending: boolean }): Promise<Page<PasskeyDto>> {
    const where = { userId: caller.userId };
    const [rows, total] = await Promise.all([
      this.db.passkey.findMany({ where, orderBy: [{ createdAt: page.descending ? 'desc' : 'asc' }, { id: 'asc' }], take: page.limit, skip: page.offset }),
      this.db.passkey.count({ where }),
    ]);
    return { total, data: rows.map(toPasskeyDto) };
  }

  async rename(caller: PasskeyOwner, passkeyId: string, name: string): Promise<PasskeyDto> {
    const { count } = await this.db.passkey.updateMany({ where: { id: passkeyId, userId: caller.userId }, data: { name: name.trim() } });
    if (count === 0) throw passkeyNotFound();
    return toPasskeyDto(await this.db.passkey.findUniqueOrThrow({ where: { id: passkeyId } }));
  }

  async remove(caller: PasskeyOwner, passkeyId: string, client: ClientInfo): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, userId: caller.userId }, select: { name: true } });
      if (!passkey) throw passkeyNotFound();
      const { count } = await tx.passkey.deleteMany({ where: { id: passkeyId, userId: caller.userId } });
      if (count === 0) throw passkeyNotFound();
      await recordSecurityEvent(tx, caller.userId, 'passkey.removed', client);
      await tx.mailOutboxMessage.create({
        data: { userId: caller.userId, topic: 'person.passkey-removed', payload: { v: 1, userId: caller.userId, passkeyName: passkey.name } },
      });
    });
  }
}
