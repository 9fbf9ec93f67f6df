import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_TEST_RECIPIENTS } from '@partner-portal/jobs';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

export const MAX_CAMPAIGN_LISTS = 50;
const ONE_LINE = /^[^\r\n]*$/;

/** Ids of the account's lists to send to, each at most once. */
const ListIds = ({ description }: { description?: string } = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_CAMPAIGN_LISTS, ...(description ? { description } : {}) }),
    IsArray(),
    ArrayMaxSize(MAX_CAMPAIGN_LISTS),
    ArrayUnique(),
    IsUUID('all', { each: true, message: 'listIds must be UUIDs' }),
  );

/** May be left out, but not sent as null: the column behind it is required. */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export class CreateCampaignDto {
  @ApiProperty({ maxLength: 200, example: 'Spring open house' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ maxLength: 200, example: 'Open house this Saturday' })
  @IsString()
  @Length(1, 200)
  @Matches(ONE_LINE, { message: 'subject must be one line' })
  subject!: string;

  @ApiProperty({ maxLength: 100, example: 'Green Acres Realty' })
  @IsString()
  @Length(1, 100)
  @Matches(ONE_LINE, { message: 'fromName must be one line' })
  fromName!: string;

  @ApiProperty({ example: 'sue@greenacresrealty.com' })
  @IsEmail({}, { message: 'fromEmail must be an email address' })
  @MaxLength(254)
  fromEmail!: string;

  @ApiProperty({ maxLength: 200_000 })
  @IsString()
  @Length(1, 200_000)
  bodyHtml!: string;

  @ApiPropertyOptional({ maxLength: 100_000, description: 'Plain-text part; derived from bodyHtml when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  bodyText?: string | null;

  @IsOptionalNotNull()
  @ListIds({ description: 'Lists of this account to send to' })
  listIds?: string[];
}

export class UpdateCampaignDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  @Matches(ONE_LINE, { message: 'subject must be one line' })
  subject?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOmittable()
  @IsString()
  @Length(1, 100)
  @Matches(ONE_LINE, { message: 'fromName must be one line' })
  fromName?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsEmail({}, { message: 'fromEmail must be an email address' })
  @MaxLength(254)
  fromEmail?: string;

  @ApiPropertyOptional({ maxLength: 200_000 })
  @IsOmittable()
  @IsString()
  @Length(1, 200_000)
  bodyHtml?: string;

  @ApiPropertyOptional({ maxLength: 100_000, type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  bodyText?: string | null;

  @IsOmittable()
  @ListIds()
  listIds?: string[];
}

export class SendCampaignDto {
  @IsOptionalNotNull()
  @ListIds({ description: "Replaces the campaign's lists; at least one list is needed to send" })
  listIds?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Omit to send now; otherwise in the future, at most a year ahead' })
  @IsOptionalNotNull()
  @MaxLength(64)
  @IsDateString({ strict: true }, { message: 'scheduledAt must be an ISO 8601 date-time' })
  scheduledAt?: string;
}

export class TestSendDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_TEST_RECIPIENTS, example: ['sue@greenacresrealty.com'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'to must name at least one address' })
  @ArrayMaxSize(MAX_TEST_RECIPIENTS, { message: `to must name at most ${MAX_TEST_RECIPIENTS} addresses` })
  @ArrayUnique()
  @IsEmail({}, { each: true, message: 'to must contain email addresses' })
  @MaxLength(254, { each: true })
  to!: string[];
}
