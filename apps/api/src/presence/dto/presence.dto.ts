import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';
import { DATE_TIME, UUID } from '../../openapi/schema-parts.js';

/** An opaque digest of who is there, as one caller sees it. */
export const REVISION_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** At most this many editors of one record are answered (nobody has more people in an account). */
export const MAX_EDITORS = 100;

const EDITOR_ID = {
  ...UUID,
  description:
    'This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once.',
};

export class StayPresenceDto {
  @ApiProperty(EDITOR_ID)
  @IsUUID('all', { message: 'editorId must be a UUID' })
  editorId!: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 64,
    pattern: REVISION_PATTERN.source,
    description:
      'The revision of the previous answer. Without it the answer comes at once; with it, the call waits until who else is there changes, or heartbeatSeconds at most, and then answers. Call again at once with the new revision: each call also renews the mark.',
  })
  @IsOptionalNotNull()
  @IsString()
  @Matches(REVISION_PATTERN, { message: 'revision must be the revision of a previous answer' })
  revision?: string;
}

export class LeavePresenceQueryDto {
  @ApiProperty(EDITOR_ID)
  @IsUUID('all', { message: 'editorId must be a UUID' })
  editorId!: string;
}

export class PresentEditorDto {
  @ApiProperty(UUID)
  userId!: string;

  @ApiProperty({ type: String, maxLength: 120, nullable: true, description: "The person's name; show the email when there is none" })
  name!: string | null;

  @ApiProperty({ type: String, format: 'email', maxLength: 254 })
  email!: string;

  @ApiProperty({ ...DATE_TIME, description: 'When they opened the record (the earliest of their open screens)' })
  since!: string;
}

export class PresenceDto {
  @ApiProperty({
    type: [PresentEditorDto],
    maxItems: MAX_EDITORS,
    description: 'Everyone else editing the record now, partner staff acting in the account included, earliest first; never the caller',
  })
  others!: PresentEditorDto[];

  @ApiProperty({ type: String, maxLength: 64, pattern: REVISION_PATTERN.source, description: 'Send it back as revision to wait for the next change' })
  revision!: string;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: 300, description: 'The longest a call with revision waits; call again at once to stay' })
  heartbeatSeconds!: number;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 2, maximum: 600, description: 'A mark not renewed for this long lapses (a closed or crashed tab)' })
  expirySeconds!: number;
}
