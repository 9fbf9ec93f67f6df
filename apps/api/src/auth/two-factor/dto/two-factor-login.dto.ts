import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/validation.js';

export class TwoFactorLoginDto {
  @ApiProperty({ description: 'The twoFactorToken the password step answered', maxLength: 4096 })
  @IsString()
  @Length(1, 4096)
  twoFactorToken!: string;

  @ApiPropertyOptional({ description: 'The six digits the authenticator app shows; send this or recoveryCode', pattern: '^\\d{6}$', minLength: 6, maxLength: 6, example: '123456' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code?: string;

  @ApiPropertyOptional({ description: 'One of the recovery codes, each usable once; send this or code', minLength: 1, maxLength: 40, example: 'abcde-fghjk' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 40)
  recoveryCode?: string;
}
