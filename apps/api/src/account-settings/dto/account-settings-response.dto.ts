import { ApiProperty } from '@nestjs/swagger';

const VERSION = {
  type: 'integer',
  format: 'int32',
  minimum: 0,
  maximum: 2_147_483_647,
  description: 'Goes up by one with every write; 0 until the first write (the defaults). The ETag',
} as const;
const UPDATED_AT = { type: String, format: 'date-time', maxLength: 30, nullable: true, description: 'Null until the first write' } as const;
const text = (maxLength: number) => ({ type: String, nullable: true, maxLength }) as const;

export class AccountSettingsDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) accountId!: string;
  @ApiProperty({ maxLength: 64, example: 'Europe/Paris', description: 'An IANA time zone, or UTC' }) timeZone!: string;
  @ApiProperty({ maxLength: 35, example: 'en-US', description: 'A BCP 47 language tag, canonical' }) locale!: string;
  @ApiProperty(text(100)) defaultFromName!: string | null;
  @ApiProperty({ ...text(254), format: 'email' }) defaultFromEmail!: string | null;
  @ApiProperty(VERSION) version!: number;
  @ApiProperty(UPDATED_AT) updatedAt!: string | null;
}

export class BusinessProfileDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) accountId!: string;
  @ApiProperty(text(200)) legalName!: string | null;
  @ApiProperty(text(300)) website!: string | null;
  @ApiProperty(text(40)) phone!: string | null;
  @ApiProperty(text(200)) addressLine1!: string | null;
  @ApiProperty(text(200)) addressLine2!: string | null;
  @ApiProperty(text(100)) city!: string | null;
  @ApiProperty(text(100)) region!: string | null;
  @ApiProperty(text(20)) postalCode!: string | null;
  @ApiProperty({ ...text(2), description: 'ISO 3166-1 alpha-2' }) country!: string | null;
  @ApiProperty(text(100)) industry!: string | null;
  @ApiProperty(VERSION) version!: number;
  @ApiProperty(UPDATED_AT) updatedAt!: string | null;
}
