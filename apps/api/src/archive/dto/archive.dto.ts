import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { SLUG_MAX, SLUG_PATTERN } from '../../content/slug.js';

export const ARCHIVE_LISTING_CHOICES = ['DEFAULT', 'LISTED', 'UNLISTED'] as const;
export type ArchiveListingChoice = (typeof ARCHIVE_LISTING_CHOICES)[number];

export class PutArchiveDto {
  @ApiProperty({ description: 'Whether the archive is published; off, its pages and feeds answer 404' })
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty({ maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source, example: 'green-acres', description: 'Its public address, unique across accounts' })
  @IsString()
  @MaxLength(SLUG_MAX)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and single hyphens, such as green-acres' })
  slug!: string;

  @ApiProperty({ description: 'true: every sent campaign is listed unless unlisted (except those sent to a list restricted to chosen members); false: none until listed' })
  @IsBoolean()
  listByDefault!: boolean;
}

export class PutCampaignListingDto {
  @ApiProperty({ enum: ARCHIVE_LISTING_CHOICES, description: "DEFAULT follows the archive's default; LISTED and UNLISTED are chosen on purpose" })
  @IsIn(ARCHIVE_LISTING_CHOICES)
  choice!: ArchiveListingChoice;
}
