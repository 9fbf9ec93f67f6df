import { ApiProperty } from '@nestjs/swagger';
import { PUBLISH_STATES, type PublishState } from '../../common/publish-state.js';

export const MAX_INT32 = 2_147_483_647;
export const UUID = { type: String, format: 'uuid', maxLength: 36 } as const;
export const DATE_TIME = { type: String, format: 'date-time', maxLength: 30 } as const;
export const VERSION = { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_INT32, description: 'Bumped by every write; its ETag is what If-Match takes' } as const;

/** What every publishable record (social post, ad, store) answers, as stored in Partner Portal's records. */
export class PublishableRecordDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  accountId!: string;

  @ApiProperty({ enum: PUBLISH_STATES })
  state!: PublishState;

  @ApiProperty({ ...DATE_TIME, nullable: true, description: 'When it was last marked published' })
  publishedAt!: string | null;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

/** A publishable record that can be scheduled (social posts and ads; stores cannot). */
export class SchedulableRecordDto extends PublishableRecordDto {
  @ApiProperty({ ...DATE_TIME, nullable: true, description: 'When it is to be published; set only while SCHEDULED' })
  scheduledAt!: string | null;
}
