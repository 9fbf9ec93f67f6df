import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token of the emailed link (`/verify-email?token=...`)' })
  @IsString()
  @Length(1, 200)
  token!: string;
}

export class ResendVerificationDto {
  @ApiProperty({ example: 'sue.casa@greenacresrealty.com' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;
}
