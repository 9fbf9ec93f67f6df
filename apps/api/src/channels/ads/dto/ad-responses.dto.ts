import { ApiProperty } from '@nestjs/swagger';
import { SchedulableRecordDto } from '../../publishable/publishable-record.dto.js';
import { AD_CHANNELS, type AdChannel } from '../ad-channels.js';
import { MAX_BUDGET_CENTS, MIN_BUDGET_CENTS } from './ads.dto.js';
import { DATE_TIME, MAX_INT32, UUID, VERSION } from '../../../openapi/schema-parts.js';

export class AdDto extends SchedulableRecordDto {
  @ApiProperty({ enum: AD_CHANNELS.map((spec) => spec.channel), description: "Always the channel of the route's path" })
  channel!: AdChannel;

  @ApiProperty({ maxLength: 120 })
  name!: string;

  @ApiProperty({ maxLength: 300 })
  headline!: string;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: MIN_BUDGET_CENTS, maximum: MAX_BUDGET_CENTS, description: 'Budget in cents' })
  budgetCents!: number;
}

export class LookalikeAudienceDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  accountId!: string;

  @ApiProperty({ maxLength: 120 })
  name!: string;

  @ApiProperty({ ...UUID, nullable: true, description: 'The contact list it was made from; the list may since have been deleted' })
  sourceListId!: string | null;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: MAX_INT32, description: "The source list's member count when the audience was made" })
  sourceSize!: number;

  @ApiProperty({ maxLength: 2, pattern: '^[A-Z]{2}$', example: 'US', description: 'ISO 3166-1 alpha-2 country code' })
  country!: string;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}
