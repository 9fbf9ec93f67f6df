import { ApiProperty } from '@nestjs/swagger';
import { ACTIONS, type Action } from '@partner-portal/permissions';
import { MAX_ROLE_NAME } from './role.dto.js';
import { DATE_TIME } from '../../openapi/schema-parts.js';

const ACTION_IDS = { isArray: true, enum: [...ACTIONS], enumName: 'ActionId', maxItems: ACTIONS.length } as const;

export class CustomRoleDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;

  @ApiProperty({ maxLength: MAX_ROLE_NAME })
  name!: string;

  @ApiProperty({ ...ACTION_IDS, description: 'In the order of the permission matrix' })
  actions!: Action[];

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: 2_147_483_647, description: 'Goes up by one with every change; the ETag' })
  version!: number;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Members holding the role plus pending invitations that would give it' })
  holders!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

export class GrantableActionsDto {
  @ApiProperty({ ...ACTION_IDS, description: 'What the caller holds here, never users.manage; in the order of the permission matrix' })
  actions!: Action[];
}
