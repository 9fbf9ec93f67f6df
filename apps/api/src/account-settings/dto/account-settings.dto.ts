import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class PutAccountSettingsDto {
  @ApiProperty({ example: 'Europe/Paris', description: 'An IANA time zone (Intl.supportedValuesOf("timeZone")) or UTC' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @ApiProperty({ example: 'en-US', description: 'A BCP 47 language tag; stored in its canonical form' })
  @IsString()
  @MaxLength(35)
  locale!: string;

  @ApiPropertyOptional({ maxLength: 100, type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  defaultFromName?: string | null;

  @ApiPropertyOptional({ maxLength: 254, type: String, nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'defaultFromEmail must be an email address' })
  defaultFromEmail?: string | null;
}

/** Optional text; null or absent clears it (IsOptional lets both through). */
const Text = (max: number) => applyDecorators(IsOptional(), IsString(), Length(1, max));

/** Every field is optional; one left out (or null) is cleared, since PUT replaces the whole profile. */
export class PutBusinessProfileDto {
  @ApiPropertyOptional({ maxLength: 200, type: String, nullable: true })
  @Text(200)
  legalName?: string | null;

  @ApiPropertyOptional({ maxLength: 300, type: String, nullable: true, example: 'https://example.com' })
  @IsOptional()
  @MaxLength(300)
  @Matches(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { message: 'website must be an http(s) address' })
  website?: string | null;

  @ApiPropertyOptional({ maxLength: 40, type: String, nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{3,40}$/, { message: 'phone must be digits, spaces and + ( ) . - only, at most 40' })
  phone?: string | null;

  @ApiPropertyOptional({ maxLength: 200, type: String, nullable: true })
  @Text(200)
  addressLine1?: string | null;

  @ApiPropertyOptional({ maxLength: 200, type: String, nullable: true })
  @Text(200)
  addressLine2?: string | null;

  @ApiPropertyOptional({ maxLength: 100, type: String, nullable: true })
  @Text(100)
  city?: string | null;

  @ApiPropertyOptional({ maxLength: 100, type: String, nullable: true })
  @Text(100)
  region?: string | null;

  @ApiPropertyOptional({ maxLength: 20, type: String, nullable: true })
  @Text(20)
  postalCode?: string | null;

  @ApiPropertyOptional({ example: 'US', type: String, nullable: true, description: 'ISO 3166-1 alpha-2', maxLength: 2 })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter upper-case country code such as US' })
  country?: string | null;

  @ApiPropertyOptional({ maxLength: 100, type: String, nullable: true })
  @Text(100)
  industry?: string | null;
}
