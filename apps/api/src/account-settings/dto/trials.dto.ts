import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const TRIAL_PRODUCTS = ['SOCIAL_ADS', 'EVENTS', 'SMS', 'ECOMMERCE'] as const;
export type TrialProduct = (typeof TRIAL_PRODUCTS)[number];

export class StartTrialDto {
  @ApiProperty({ enum: TRIAL_PRODUCTS })
  @IsIn(TRIAL_PRODUCTS, { message: `product must be one of ${TRIAL_PRODUCTS.join(', ')}` })
  product!: TrialProduct;
}
