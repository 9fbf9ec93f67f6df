import { ApiProperty } from '@nestjs/swagger';
import { ChargeKind, Plan } from '@partner-portal/db';
import { COUNT } from '../../openapi/schema-parts.js';

const CENTS = { type: 'integer', format: 'int32', minimum: -2_147_483_648, maximum: 2_147_483_647 } as const;

export class RecentChargeDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ enum: Object.values(ChargeKind) }) kind!: ChargeKind;
  @ApiProperty({ maxLength: 200, example: 'Standard plan, November 2026' }) description!: string;
  @ApiProperty({ ...CENTS, description: 'In cents; a CREDIT may be negative' }) amountCents!: number;
  @ApiProperty({ maxLength: 3, example: 'USD' }) currency!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) createdAt!: string;
}

export class SingleBillTotalsDto {
  @ApiProperty({ ...COUNT, description: 'Single Bill clients' }) clients!: number;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Their plans, per month, in cents (USD)' })
  monthlyTotalCents!: number;
}

export class BillingSummaryDto {
  @ApiProperty({ enum: Object.values(Plan) }) plan!: Plan;
  @ApiProperty({ ...COUNT, description: 'The list price of the plan, in cents' }) monthlyPriceCents!: number;
  @ApiProperty({ enum: ['USD'] }) currency!: 'USD';
  @ApiProperty({ enum: ['ACCOUNT', 'PARTNER'], description: 'PARTNER: a Single Bill client, whose partner pays' }) paidBy!: 'ACCOUNT' | 'PARTNER';
  // RECENT_CHARGES (billing.repository.ts)
  @ApiProperty({ type: RecentChargeDto, isArray: true, maxItems: 20, description: 'The latest charges on this bill, newest first' }) recentCharges!: RecentChargeDto[];
  @ApiProperty({ type: SingleBillTotalsDto, nullable: true, description: 'Set for a partner account only' }) singleBill!: SingleBillTotalsDto | null;
}

/** One Single Bill client on its partner's bill. */
export class SingleBillLineDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) clientId!: string;
  @ApiProperty({ maxLength: 120 }) clientName!: string;
  @ApiProperty({ enum: Object.values(Plan) }) plan!: Plan;
  @ApiProperty({ ...COUNT, description: 'In cents (USD)' }) monthlyPriceCents!: number;
}
