import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIONS, type Action } from '@partner-portal/permissions';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length, ValidateIf } from 'class-validator';

export const MAX_ROLE_NAME = 60;

/** May be left out, but not sent as null. */
const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const ROLE_NAME = { maxLength: MAX_ROLE_NAME, example: 'Sends campaigns, never sees contacts' };
const ROLE_ACTIONS = {
  isArray: true,
  enum: [...ACTIONS],
  enumName: 'ActionId',
  description: 'Action ids of the permission matrix, each at most once; only those the caller holds here, never users.manage',
  example: ['campaigns.create', 'campaigns.test-send', 'campaigns.send', 'lists.view', 'reports.view'],
};

export class CreateRoleDto {
  @ApiProperty(ROLE_NAME)
  @Transform(trim)
  @IsString()
  @Length(1, MAX_ROLE_NAME, { message: `name must be 1 to ${MAX_ROLE_NAME} characters` })
  name!: string;

  @ApiProperty(ROLE_ACTIONS)
  @IsArray()
  @ArrayMaxSize(ACTIONS.length)
  @ArrayUnique({ message: 'actions must not repeat an action' })
  @IsIn(ACTIONS, { each: true, message: 'actions must hold only known action ids' })
  actions!: Action[];
}

export class UpdateRoleDto {
  @ApiPropertyOptional(ROLE_NAME)
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @Length(1, MAX_ROLE_NAME, { message: `name must be 1 to ${MAX_ROLE_NAME} characters` })
  name?: string;

  @ApiPropertyOptional(ROLE_ACTIONS)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(ACTIONS.length)
  @ArrayUnique({ message: 'actions must not repeat an action' })
  @IsIn(ACTIONS, { each: true, message: 'actions must hold only known action ids' })
  actions?: Action[];
}
