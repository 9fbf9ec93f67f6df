import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SLUG_MAX, SLUG_PATTERN } from '../slug.js';
import { IsOptionalNotNull } from '../../common/validation.js';

export const TITLE_MAX = 200;
/** 200 KB of HTML, counted in characters; the JSON body limit (1 MB) bounds the bytes. */
export const BODY_HTML_MAX = 200 * 1024;

const SLUG_MESSAGE = `slug must be lower-case letters and digits separated by single hyphens, at most ${SLUG_MAX} characters`;

export class CreateLandingPageDto {
  @ApiProperty({ maxLength: TITLE_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source, description: 'The public address /api/public/pages/<slug>; derived from the title when left out; unique across all accounts' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(SLUG_MAX, { message: SLUG_MESSAGE })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @ApiPropertyOptional({ maxLength: BODY_HTML_MAX, default: '', description: 'Served as is inside a page whose Content-Security-Policy allows no scripts' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(BODY_HTML_MAX)
  bodyHtml?: string;
}

export class UpdateLandingPageDto {
  @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source, description: 'Changing it moves the public address' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(SLUG_MAX, { message: SLUG_MESSAGE })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @ApiPropertyOptional({ maxLength: BODY_HTML_MAX })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(BODY_HTML_MAX)
  bodyHtml?: string;
}
