import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';

const ASSIGNABLE_ROLES = ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER'] as const;

/** Either a built-in role or a custom role of the account, exactly one of them. */
export class ChangeRoleDto {
  @ApiPropertyOptional({ enum: ASSIGNABLE_ROLES, description: 'A built-in role; ownership moves only with POST .../owner. Clears any custom role.' })
  @ValidateIf((body: ChangeRoleDto) => body.customRoleId === undefined)
  @IsIn(ASSIGNABLE_ROLES, { message: `role must be one of ${ASSIGNABLE_ROLES.join(', ')}` })
  role?: (typeof ASSIGNABLE_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'A custom role of this account, instead of role; never for the owner' })
  @ValidateIf((body: ChangeRoleDto) => body.role === undefined)
  @IsUUID('all', { message: 'customRoleId must be a UUID' })
  customRoleId?: string;
}

export class TransferOwnershipDto {
  @ApiProperty({ format: 'uuid', description: 'A member of the account, who becomes its owner' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}
