import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength, ValidateIf } from 'class-validator';

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'sue.casa@greenacresrealty.com' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token of the emailed link (`/reset-password?token=...`)' })
  @IsString()
  @Length(1, 200)
  token!: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200, { message: 'password must be between 10 and 200 characters' })
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200, { message: 'newPassword must be between 10 and 200 characters' })
  newPassword!: string;
}

export class ChangeEmailDto {
  @ApiProperty({ example: 'sue@new-realty.example', description: 'The address to sign in with from now on, once its emailed link is followed' })
  @IsEmail({}, { message: 'newEmail must be an email address' })
  @MaxLength(254)
  newEmail!: string;

  @ApiProperty({ maxLength: 200, description: 'Your current password' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class ConfirmEmailChangeDto {
  @ApiProperty({ description: 'The token of the emailed link (`/confirm-email-change?token=...`)' })
  @IsString()
  @Length(1, 200)
  token!: string;
}

export class ChangeNameDto {
  @ApiProperty({ type: String, nullable: true, maxLength: 120, description: 'Null or empty: no name' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(120)
  name!: string | null;
}
