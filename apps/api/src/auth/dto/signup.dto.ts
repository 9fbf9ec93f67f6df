import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

export const PARTNER_PROGRAMS = ['RESELLER', 'REFERRAL'] as const;

export class SignupDto {
  @ApiProperty({ example: 'sue.casa@greenacresrealty.com', description: 'The email address, which is also the username' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200, { message: 'password must be between 10 and 200 characters' })
  password!: string;

  @ApiProperty({ example: 'Green Acres Realty' })
  @IsString()
  @Length(1, 120, { message: 'accountName must be between 1 and 120 characters' })
  accountName!: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ enum: PARTNER_PROGRAMS, description: 'Given: a partner account in this program' })
  @IsOptionalNotNull()
  @IsIn(PARTNER_PROGRAMS)
  partnerProgram?: (typeof PARTNER_PROGRAMS)[number];
}
