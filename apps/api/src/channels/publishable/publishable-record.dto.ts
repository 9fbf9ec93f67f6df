import { ApiProperty } from '@nestjs/swagger';
import { PUBLISH_STATES, type PublishState } from '../../common/publish-state.js';
import { DATE_TIME, UUID, VERSION } from '../../openapi/schema-parts.js';

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
