import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/validation.js';

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
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ example: 'EUR' })
  @IsOptionalNotNull()
  @IsIn(CURRENCIES, { message: CURRENCY_MESSAGE })
  currency?: string;
}
