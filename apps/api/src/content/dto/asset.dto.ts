import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

export const ASSET_NAME_MAX = 200;
export const ALT_TEXT_MAX = 500;

/** The text fields of the multipart upload, beside its one `file` part. */
export class UploadAssetDto {
  @ApiPropertyOptional({ maxLength: ASSET_NAME_MAX, description: "Defaults to the uploaded file's name" })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(ASSET_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ maxLength: ALT_TEXT_MAX, description: 'Text shown in place of the image' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(ALT_TEXT_MAX)
  altText?: string;
}

/** For OpenAPI only: the multipart form as a whole. */
export class UploadAssetFormDto extends UploadAssetDto {
  @ApiProperty({ type: 'string', format: 'binary', maxLength: 5_242_880, description: 'A PNG, JPEG, GIF or WebP image; its type is read from its content; at most UPLOAD_MAX_BYTES (5 MB by default)' })
  file!: unknown;
}

export class UpdateAssetDto {
  @ApiPropertyOptional({ maxLength: ASSET_NAME_MAX })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(ASSET_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ maxLength: ALT_TEXT_MAX, type: String, nullable: true, description: 'null clears it' })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsString()
  @MaxLength(ALT_TEXT_MAX)
  altText?: string | null;
}
