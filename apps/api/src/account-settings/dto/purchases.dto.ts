import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

/** What can be bought, at what unit price, in cents (USD). */
export const CATALOGUE = {
  STOCK_IMAGE: { label: 'Stock image', unitPriceCents: 1_000 },
  PLUS_CAMPAIGN: { label: 'Plus campaign', unitPriceCents: 5_000 },
} as const satisfies Record<string, { label: string; unitPriceCents: number }>;

export type CatalogueItem = keyof typeof CATALOGUE;
export const CATALOGUE_ITEMS = Object.keys(CATALOGUE) as CatalogueItem[];
export const MAX_QUANTITY = 100;

export class CreatePurchaseDto {
  @ApiProperty({ enum: CATALOGUE_ITEMS })
  @IsIn(CATALOGUE_ITEMS, { message: `item must be one of ${CATALOGUE_ITEMS.join(', ')}` })
  item!: CatalogueItem;

  @ApiProperty({ minimum: 1, maximum: MAX_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;
}
