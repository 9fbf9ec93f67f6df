import { ApiProperty } from '@nestjs/swagger';
import { PUBLISH_STATES, type PublishState } from '../../common/publish-state.js';
import { SLUG_MAX, SLUG_PATTERN } from '../slug.js';
import { ALT_TEXT_MAX, ASSET_NAME_MAX } from './asset.dto.js';
import { BODY_HTML_MAX, TITLE_MAX } from './landing-page.dto.js';
import { DATE_TIME, MAX_INT32, UUID, VERSION } from '../../openapi/schema-parts.js';

const PIXELS = { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_INT32, nullable: true } as const;

/** What image-sniffer.ts recognises: the only types an upload is stored as, and served with. */
export const ASSET_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** The largest UPLOAD_MAX_BYTES the configuration accepts (config.ts). */
export const ASSET_MAX_BYTES = 50 * 1024 * 1024;

/** A library image or logo; where its bytes lie on disk is never shown. */
export class AssetDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  accountId!: string;

  @ApiProperty({ enum: ['IMAGE', 'LOGO'], description: 'IMAGE under /library, LOGO under /logos' })
  kind!: 'IMAGE' | 'LOGO';

  @ApiProperty({ maxLength: ASSET_NAME_MAX })
  name!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: ALT_TEXT_MAX })
  altText!: string | null;

  @ApiProperty({ enum: ASSET_MIME_TYPES, description: 'Read from the bytes at upload' })
  mimeType!: (typeof ASSET_MIME_TYPES)[number];

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: ASSET_MAX_BYTES })
  sizeBytes!: number;

  @ApiProperty({ ...PIXELS, description: 'In pixels, when the image header gives it' })
  width!: number | null;

  @ApiProperty({ ...PIXELS, description: 'In pixels, when the image header gives it' })
  height!: number | null;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

/** A landing page as the list shows it: everything but its HTML. */
export class LandingPageSummaryDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  accountId!: string;

  @ApiProperty({ maxLength: TITLE_MAX })
  title!: string;

  @ApiProperty({ maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source, description: 'Published at /api/public/pages/<slug>' })
  slug!: string;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 0,
    maximum: MAX_INT32,
    description: 'The version of the HTML allow-list bodyHtml was last cleaned by (0: never)',
  })
  htmlPolicy!: number;

  @ApiProperty({ enum: PUBLISH_STATES })
  state!: PublishState;

  @ApiProperty({ ...DATE_TIME, nullable: true, description: 'When it was last published' })
  publishedAt!: string | null;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

/**
 * The stored HTML is the sent HTML cleaned by sanitize-html, which may lengthen it: escaping turns one
 * character into at most six (`"` into `&quot;`).
 */
export const STORED_BODY_HTML_MAX = 6 * BODY_HTML_MAX;

export class LandingPageDto extends LandingPageSummaryDto {
  @ApiProperty({ maxLength: STORED_BODY_HTML_MAX, description: 'As stored: cleaned to the landing page allow-list' })
  bodyHtml!: string;
}
