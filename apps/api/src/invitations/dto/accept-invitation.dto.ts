import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

export class AcceptInvitationDto {
  @ApiPropertyOptional({ description: "A new person's password to set, or an existing user's password to prove who they are" })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  password?: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(120)
  name?: string;
}
