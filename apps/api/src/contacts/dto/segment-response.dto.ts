import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { MAX_SEGMENT_RULES, SEGMENT_MATCHES, SegmentRuleDto } from './segment.dto.js';
import { COUNT, DATE_TIME, VERSION } from '../../openapi/schema-parts.js';

export class SegmentDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;

  @ApiProperty({ maxLength: 100 })
  name!: string;

  @ApiProperty({ enum: SEGMENT_MATCHES, description: 'all: every rule holds; any: at least one does' })
  match!: (typeof SEGMENT_MATCHES)[number];

  @ApiPropertyOptional({
    type: [SegmentRuleDto],
    maxItems: MAX_SEGMENT_RULES,
    description: 'Only for callers with segments.create: a rule such as "email contains ..." tells about contacts',
  })
  rules?: SegmentRuleDto[];

  @ApiProperty({ ...COUNT, description: 'Contacts matching the rules now' })
  size!: number;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}
