import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Length, MaxLength, Matches } from 'class-validator';
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { DATE_TIME, NULLABLE_DATE_TIME, UUID } from '../../../openapi/schema-parts.js';
import { AUTHENTICATION_RESPONSE_SCHEMA, CREATION_OPTIONS_SCHEMA, REGISTRATION_RESPONSE_SCHEMA, REQUEST_OPTIONS_SCHEMA } from './webauthn-schemas.js';

const PASSKEY_NAME = { minLength: 1, maxLength: 100, example: 'Work laptop' } as const;
const CHALLENGE_TOKEN = { description: 'The challengeToken the options came with: single use, valid for 5 minutes', maxLength: 2048 } as const;

/** One of the caller's passkeys. */
export class PasskeyDto {
  @ApiProperty(UUID) id!: string;
  @ApiProperty({ maxLength: 100, description: 'The name the person gave it' }) name!: string;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'When it last signed in; null if never' }) lastUsedAt!: string | null;
  @ApiProperty({ enum: ['singleDevice', 'multiDevice'], description: 'multiDevice: a synced passkey' }) deviceType!: string;
  @ApiProperty({ description: 'Whether the passkey is backed up (synced) by its provider' }) backedUp!: boolean;
}

export class PasskeyRegistrationOptionsDto {
  @ApiProperty({ allOf: [CREATION_OPTIONS_SCHEMA] }) options!: PublicKeyCredentialCreationOptionsJSON;
  @ApiProperty(CHALLENGE_TOKEN) challengeToken!: string;
}

export class PasskeyAuthenticationOptionsDto {
  @ApiProperty({ allOf: [REQUEST_OPTIONS_SCHEMA] }) options!: PublicKeyCredentialRequestOptionsJSON;
  @ApiProperty(CHALLENGE_TOKEN) challengeToken!: string;
}

class ChallengeTokenField {
  @ApiProperty(CHALLENGE_TOKEN)
  @IsString()
  @MaxLength(2048)
  challengeToken!: string;
}

export class AddPasskeyDto extends ChallengeTokenField {
  @ApiProperty(PASSKEY_NAME)
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  // Its structure is checked by verifyRegistrationResponse, which refuses anything else as PASSKEY_INVALID.
  @ApiProperty({ allOf: [REGISTRATION_RESPONSE_SCHEMA] })
  @IsObject()
  response!: RegistrationResponseJSON;
}

export class RenamePasskeyDto {
  @ApiProperty(PASSKEY_NAME)
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}

export class PasskeyLoginDto extends ChallengeTokenField {
  // Its structure is checked by verifyAuthenticationResponse, which refuses anything else as PASSKEY_INVALID.
  @ApiProperty({ allOf: [AUTHENTICATION_RESPONSE_SCHEMA] })
  @IsObject()
  response!: AuthenticationResponseJSON;
}
