import { ApiProperty } from '@nestjs/swagger';

/** One item of the library shared by every reseller partner. */
export class PartnerResourceDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 100, example: 'Sales' }) category!: string;
  @ApiProperty({ maxLength: 200, example: 'Pitch deck' }) title!: string;
  @ApiProperty({ maxLength: 2000 }) description!: string;
  @ApiProperty({ format: 'uri', maxLength: 2048, example: 'https://example.com/partners/pitch-deck' }) url!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) createdAt!: string;
}
