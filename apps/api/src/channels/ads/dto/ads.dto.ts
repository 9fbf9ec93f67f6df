import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/validation.js';

export const MIN_BUDGET_CENTS = 100;
export const MAX_BUDGET_CENTS = 10_000_000;

export class CreateAdDto {
  @ApiProperty({ maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ maxLength: 300 })
  @IsString()
  @Length(1, 300)
  headline!: string;

  @ApiProperty({ minimum: MIN_BUDGET_CENTS, maximum: MAX_BUDGET_CENTS, description: 'Budget in cents' })
  @IsInt()
  @Min(MIN_BUDGET_CENTS)
  @Max(MAX_BUDGET_CENTS)
  budgetCents!: number;
}

export class UpdateAdDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 300)
  headline?: string;

  @ApiPropertyOptional({ minimum: MIN_BUDGET_CENTS, maximum: MAX_BUDGET_CENTS })
  @IsOptionalNotNull()
  @IsInt()
  @Min(MIN_BUDGET_CENTS)
  @Max(MAX_BUDGET_CENTS)
  budgetCents?: number;
}

export class CreateLookalikeDto {
  @ApiProperty({ maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ format: 'uuid', description: 'A contact list of this account; its member count now becomes the source size' })
  @IsUUID('all', { message: 'sourceListId must be a UUID' })
  sourceListId!: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2 country code', maxLength: 2 })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter upper-case country code such as US' })
  country!: string;
}
