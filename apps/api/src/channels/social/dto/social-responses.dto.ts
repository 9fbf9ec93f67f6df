import { ApiProperty } from '@nestjs/swagger';
import { SchedulableRecordDto } from '../../publishable/publishable-record.dto.js';
import { MAX_POST_LENGTH, SOCIAL_NETWORKS, type SocialNetwork } from './social.dto.js';
import { DATE_TIME, UUID, VERSION } from '../../../openapi/schema-parts.js';

export class SocialPostDto extends SchedulableRecordDto {
  @ApiProperty({ enum: SOCIAL_NETWORKS })
  network!: SocialNetwork;

  @ApiProperty({ maxLength: MAX_POST_LENGTH })
  body!: string;
}

/** An incoming comment on a post, as recorded through the API, and the response stored for it. */
export class SocialCommentDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  accountId!: string;

  @ApiProperty(UUID)
  postId!: string;

  @ApiProperty({ maxLength: 200, description: 'Who wrote the comment on the network' })
  author!: string;

  @ApiProperty({ maxLength: 5000 })
  body!: string;

  @ApiProperty({ type: String, maxLength: 5000, nullable: true, description: 'null until someone responds' })
  response!: string | null;

  @ApiProperty({ ...DATE_TIME, nullable: true })
  respondedAt!: string | null;

  @ApiProperty({ ...UUID, nullable: true, description: 'The user who responded' })
  respondedById!: string | null;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}
