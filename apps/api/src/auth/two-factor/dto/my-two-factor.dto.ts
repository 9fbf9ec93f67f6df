import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class CurrentPasswordDto {
  @ApiProperty({ maxLength: 200, description: 'Your current password' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class ConfirmTotpDto {
  @ApiProperty({ description: 'A code the authenticator app shows for the secret being set up', pattern: '^\\d{6}$', minLength: 6, maxLength: 6, example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code!: string;
}

export class DisableTotpDto extends CurrentPasswordDto {
  @ApiProperty({ description: 'A current code of the authenticator app, or an unused recovery code', minLength: 6, maxLength: 40, example: '123456' })
  @IsString()
  @Length(6, 40)
  code!: string;
}

export class TwoFactorStatusDto {
  @ApiProperty() totpEnabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, maxLength: 30 }) totpEnabledAt!: string | null;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 10, description: 'Recovery codes not used yet' }) recoveryCodesLeft!: number;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 1000, description: 'Passkeys registered' }) passkeys!: number;
}

export class TotpSetupDto {
  @ApiProperty({ description: 'The secret, base32, for typing into an authenticator app', maxLength: 64, pattern: '^[A-Z2-7]+$', example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }) secret!: string;
  @ApiProperty({ description: 'The otpauth:// URL to show as a QR code', format: 'uri', maxLength: 1000 }) otpauthUrl!: string;
}

export class RecoveryCodesDto {
  @ApiProperty({ type: String, isArray: true, minItems: 10, maxItems: 10, maxLength: 11, pattern: '^[a-z2-9]{5}-[a-z2-9]{5}$', description: 'Shown this once: each signs in once in place of a code (`xxxxx-xxxxx`)' })
  recoveryCodes!: string[];
}
