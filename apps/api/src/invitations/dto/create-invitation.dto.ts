import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { INVITABLE_ROLES } from '../invitation-rules.js';
import { IsOptionalNotNull } from '../../common/validation.js';

/** An invitation gives either a built-in role or a custom role of the account, exactly one of them. */
export class CreateInvitationDto {
  @ApiProperty({ example: 'sue.casa+1@greenacresrealty.com' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ enum: INVITABLE_ROLES, description: 'A built-in role; send this or customRoleId' })
  @ValidateIf((body: CreateInvitationDto) => body.customRoleId === undefined)
  @IsIn(INVITABLE_ROLES, { message: `role must be one of ${INVITABLE_ROLES.join(', ')}` })
  role?: (typeof INVITABLE_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'A custom role of this account, instead of role' })
  @ValidateIf((body: CreateInvitationDto) => body.role === undefined)
  @IsUUID('all', { message: 'customRoleId must be a UUID' })
  customRoleId?: string;

  @ApiPropertyOptional({ description: 'Confirms that a pending invitation to this email is revoked and replaced' })
  @IsOptionalNotNull()
  @IsBoolean()
  replacePending?: boolean;
}
