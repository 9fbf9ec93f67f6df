import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { INVITABLE_ROLES } from '../invitation-rules.js';

export class CreateInvitationDto {
  @ApiProperty({ example: 'sue.casa+1@greenacresrealty.com' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES, { message: `role must be one of ${INVITABLE_ROLES.join(', ')}` })
  role!: (typeof INVITABLE_ROLES)[number];

  @ApiPropertyOptional({ description: 'Confirms that a pending invitation to this email is revoked and replaced' })
  @IsOptional()
  @IsBoolean()
  replacePending?: boolean;
}
