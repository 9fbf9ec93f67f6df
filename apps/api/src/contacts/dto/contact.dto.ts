import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

export const CONTACT_STATUSES = ['SUBSCRIBED', 'UNSUBSCRIBED'] as const;
export type ContactStatusValue = (typeof CONTACT_STATUSES)[number];

/** Longest values a contact field may hold, shared by the API and the CSV import. */
export const CONTACT_LIMITS = { email: 254, firstName: 100, lastName: 100, phone: 40, company: 200 } as const;

export class CreateContactDto {
  @ApiProperty({ example: 'ada@example.com', maxLength: CONTACT_LIMITS.email })
  @IsString()
  @MaxLength(CONTACT_LIMITS.email)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @ApiPropertyOptional({ maxLength: CONTACT_LIMITS.firstName })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(CONTACT_LIMITS.firstName)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: CONTACT_LIMITS.lastName })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(CONTACT_LIMITS.lastName)
  lastName?: string;

  @ApiPropertyOptional({ maxLength: CONTACT_LIMITS.phone })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(CONTACT_LIMITS.phone)
  phone?: string;

  @ApiPropertyOptional({ maxLength: CONTACT_LIMITS.company })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(CONTACT_LIMITS.company)
  company?: string;

  @ApiPropertyOptional({ enum: CONTACT_STATUSES, default: 'SUBSCRIBED' })
  @IsOptionalNotNull()
  @IsIn(CONTACT_STATUSES, { message: `status must be one of ${CONTACT_STATUSES.join(', ')}` })
  status?: ContactStatusValue;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100, description: 'Lists of this account to add the contact to' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'listIds must hold list ids' })
  listIds?: string[];
}

/** Every field optional; null clears an optional field. */
export class UpdateContactDto {
  @ApiPropertyOptional({ maxLength: CONTACT_LIMITS.email })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(CONTACT_LIMITS.email)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_LIMITS.firstName })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.firstName)
  firstName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_LIMITS.lastName })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.lastName)
  lastName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_LIMITS.phone })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.phone)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_LIMITS.company })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.company)
  company?: string | null;

  @ApiPropertyOptional({ enum: CONTACT_STATUSES })
  @IsOptionalNotNull()
  @IsIn(CONTACT_STATUSES, { message: `status must be one of ${CONTACT_STATUSES.join(', ')}` })
  status?: ContactStatusValue;
}

export class ListScopeQueryDto {
  @ApiPropertyOptional({ format: 'uuid', maxLength: 36, description: 'Only the members of this list' })
  @IsOptionalNotNull()
  @IsUUID('all', { message: 'listId must be a list id' })
  listId?: string;
}

export class MembersDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'contactIds must hold contact ids' })
  contactIds!: string[];
}

export class CreateListDto {
  @ApiProperty({ maxLength: 100 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class UpdateListDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptionalNotNull()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;
}
