import { ApiProperty } from '@nestjs/swagger';
import { TRIAL_PRODUCTS, type TrialProduct } from './trials.dto.js';
import { DATE_TIME } from '../../openapi/schema-parts.js';

export class TrialDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ format: 'uuid', maxLength: 36 }) accountId!: string;
  @ApiProperty({ enum: TRIAL_PRODUCTS }) product!: TrialProduct;
  @ApiProperty(DATE_TIME) startedAt!: string;
  @ApiProperty({ ...DATE_TIME, description: '30 days after it started' }) endsAt!: string;
  @ApiProperty({ type: String, format: 'uuid', maxLength: 36, nullable: true }) startedById!: string | null;
}
