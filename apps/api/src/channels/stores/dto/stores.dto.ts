import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

/** ISO 4217 codes as this runtime knows them. */
const CURRENCIES: readonly string[] = Intl.supportedValuesOf('currency');
const CURRENCY_MESSAGE = 'currency must be an ISO 4217 code in capitals, such as USD or EUR';

export class CreateStoreDto {
  @ApiProperty({ maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 currency code' })
  @IsIn(CURRENCIES, { message: CURRENCY_MESSAGE })
  currency!: string;
}

export class UpdateStoreDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ example: 'EUR' })
  @IsOptional()
  @IsIn(CURRENCIES, { message: CURRENCY_MESSAGE })
  currency?: string;
}
