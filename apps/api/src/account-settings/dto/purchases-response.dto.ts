import { ApiProperty } from '@nestjs/swagger';
import { CATALOGUE_ITEMS, type CatalogueItem } from './purchases.dto.js';
import { DATE_TIME } from '../../openapi/schema-parts.js';

const CENTS = { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 } as const;
const BILLED_TO = { enum: ['ACCOUNT', 'PARTNER'], description: "PARTNER: on the partner's Single Bill" } as const;

export class CatalogueEntryDto {
  @ApiProperty({ enum: CATALOGUE_ITEMS }) item!: CatalogueItem;
  @ApiProperty({ maxLength: 100 }) label!: string;
  @ApiProperty({ ...CENTS, description: 'In cents (USD)' }) unitPriceCents!: number;
}

/** A purchase, as the charge it became. */
export class PurchaseChargeDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ format: 'uuid', maxLength: 36, description: "The account billed: the buyer's, or its partner's for a Single Bill client" }) accountId!: string;
  @ApiProperty({ enum: ['PURCHASE'] }) kind!: 'PURCHASE';
  @ApiProperty({ maxLength: 200, example: '3 × Stock image' }) description!: string;
  @ApiProperty(CENTS) amountCents!: number;
  @ApiProperty({ enum: ['USD'] }) currency!: string;
  @ApiProperty({ type: String, format: 'uuid', maxLength: 36, nullable: true, description: "On a partner's bill: the client that bought" }) forAccountId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', maxLength: 36, nullable: true }) purchasedById!: string | null;
  @ApiProperty(DATE_TIME) createdAt!: string;
}

export class PurchaseDto extends PurchaseChargeDto {
  @ApiProperty(BILLED_TO) billedTo!: 'ACCOUNT' | 'PARTNER';
}

export class PurchaseMadeDto {
  @ApiProperty({ type: PurchaseChargeDto }) charge!: PurchaseChargeDto;
  @ApiProperty(BILLED_TO) billedTo!: 'ACCOUNT' | 'PARTNER';
}
