import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';

const ASSIGNABLE_ROLES = ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER'] as const;

export class ChangeRoleDto {
  @ApiProperty({ enum: ASSIGNABLE_ROLES, description: 'Ownership moves only with POST .../owner' })
  @IsIn(ASSIGNABLE_ROLES, { message: `role must be one of ${ASSIGNABLE_ROLES.join(', ')}` })
  role!: (typeof ASSIGNABLE_ROLES)[number];
}

export class TransferOwnershipDto {
  @ApiProperty({ format: 'uuid', description: 'A member of the account, who becomes its owner' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}
