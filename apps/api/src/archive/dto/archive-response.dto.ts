import { ApiProperty } from '@nestjs/swagger';
import { SLUG_MAX } from '../../content/slug.js';
import { COUNT, NULLABLE_DATE_TIME, UUID } from '../../openapi/schema-parts.js';
import { ARCHIVE_LISTING_CHOICES, type ArchiveListingChoice } from './archive.dto.js';

const URL_MAX = 2_000;
const PUBLIC_URL = { type: String, format: 'uri', maxLength: URL_MAX } as const;

export class ArchiveFeedsDto {
  @ApiProperty({ ...PUBLIC_URL, description: 'RSS 2.0' }) rss!: string;
  @ApiProperty({ ...PUBLIC_URL, description: 'Atom 1.0' }) atom!: string;
}

export class ArchiveAuthorDto {
  @ApiProperty(UUID) userId!: string;
  @ApiProperty({ maxLength: 200 }) name!: string;
  @ApiProperty({ maxLength: SLUG_MAX }) slug!: string;
  @ApiProperty({ ...COUNT, description: 'Of their campaigns, how many the archive lists now' }) listedCampaigns!: number;
  @ApiProperty({ description: 'Their own page was taken down; their campaigns stay on the account page' }) pageRemoved!: boolean;
  @ApiProperty({ ...PUBLIC_URL, nullable: true, description: 'Their page; null once removed' }) url!: string | null;
}

export class ArchiveDto {
  @ApiProperty({ maxLength: SLUG_MAX, description: 'Until first saved, a suggestion from the account name' }) slug!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() listByDefault!: boolean;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: '0 until first saved; the ETag' }) version!: number;
  @ApiProperty(NULLABLE_DATE_TIME) updatedAt!: string | null;
  @ApiProperty({ ...PUBLIC_URL, description: "The account's archive page (answers 404 while the archive is off)" }) url!: string;
  @ApiProperty({ type: ArchiveFeedsDto }) feeds!: ArchiveFeedsDto;
  @ApiProperty({ type: [ArchiveAuthorDto], maxItems: 10_000, description: 'Everyone who sent a campaign of the account, by name' }) authors!: ArchiveAuthorDto[];
}

export class CampaignListingDto {
  @ApiProperty(UUID) campaignId!: string;
  @ApiProperty({ enum: ARCHIVE_LISTING_CHOICES }) choice!: ArchiveListingChoice;
  @ApiProperty({ description: 'Whether the archive lists it now (sent, and listed by choice or by default)' }) listed!: boolean;
  @ApiProperty({ description: 'It went to a list restricted to chosen members: listed only on purpose' }) restricted!: boolean;
  @ApiProperty() archiveEnabled!: boolean;
  @ApiProperty({ ...PUBLIC_URL, nullable: true, description: 'Its public page while listed' }) url!: string | null;
}
