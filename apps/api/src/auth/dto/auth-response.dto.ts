import { ApiProperty } from '@nestjs/swagger';
import { AccountKind, PartnerProgram } from '@partner-portal/db';

export class UserDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 120 }) name!: string | null;
}

export class AccountSummaryDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
  @ApiProperty({ enum: Object.values(AccountKind) }) kind!: AccountKind;
  @ApiProperty({ type: String, enum: [...Object.values(PartnerProgram), null], nullable: true, description: 'Null for a standalone account' })
  partnerProgram!: PartnerProgram | null;
}

export class SessionDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`', maxLength: 4096 }) accessToken!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) expiresAt!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}

/** What a right password answers when the person has two-factor sign-in on: send a code with the token next. */
export class TwoFactorChallengeDto {
  @ApiProperty({ type: Boolean, enum: [true] }) twoFactorRequired!: true;
  @ApiProperty({ description: 'Send to POST /api/auth/login/two-factor with a code; single use, for five minutes', maxLength: 4096 }) twoFactorToken!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) expiresAt!: string;
}

/** What sign-up and "send the link again" answer, the same for every address. */
export class SignupAcceptedDto {
  @ApiProperty({ maxLength: 300, example: 'Check your inbox: we have sent an email to this address.' }) message!: string;
}

export const CHECK_YOUR_INBOX: SignupAcceptedDto = {
  message: 'Check your inbox: we have sent an email to this address. Follow its link to continue.',
};

/** The sign-up limits' window is at most a day (SIGNUP_WINDOW_SECONDS). */
export const SIGNUP_RETRY_AFTER = { description: 'Seconds until this is allowed again', required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 } } as const;
