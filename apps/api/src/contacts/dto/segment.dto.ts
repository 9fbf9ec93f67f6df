import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsDefined, IsIn, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

export const SEGMENT_FIELDS = ['email', 'firstName', 'lastName', 'company', 'status', 'createdAt', 'list'] as const;
export const SEGMENT_OPS = ['contains', 'equals', 'startsWith', 'before', 'after', 'in'] as const;
export const SEGMENT_MATCHES = ['all', 'any'] as const;
export const MAX_SEGMENT_RULES = 20;

export type SegmentField = (typeof SEGMENT_FIELDS)[number];
export type SegmentOp = (typeof SEGMENT_OPS)[number];

export class SegmentRuleDto {
  @ApiProperty({ enum: SEGMENT_FIELDS })
  @IsIn(SEGMENT_FIELDS, { message: `field must be one of ${SEGMENT_FIELDS.join(', ')}` })
  field!: SegmentField;

  @ApiProperty({ enum: SEGMENT_OPS })
  @IsIn(SEGMENT_OPS, { message: `op must be one of ${SEGMENT_OPS.join(', ')}` })
  op!: SegmentOp;

  @ApiProperty({
    description: 'A string (text fields; a date for before/after; a status or list id for equals), or an array of strings for in',
    oneOf: [{ type: 'string', maxLength: 254 }, { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', maxLength: 254 } }],
  })
  @IsDefined()
  value!: unknown;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSegmentDto {
  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: SEGMENT_MATCHES, description: 'all: every rule holds; any: at least one does' })
  @IsIn(SEGMENT_MATCHES, { message: 'match must be all or any' })
  match!: (typeof SEGMENT_MATCHES)[number];

  @ApiProperty({ type: [SegmentRuleDto], minItems: 1, maxItems: MAX_SEGMENT_RULES })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_SEGMENT_RULES)
  @ValidateNested({ each: true })
  @Type(() => SegmentRuleDto)
  rules!: SegmentRuleDto[];
}

export class UpdateSegmentDto {
  @ApiProperty({ required: false, maxLength: 100 })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiProperty({ required: false, enum: SEGMENT_MATCHES })
  @IsOptionalNotNull()
  @IsIn(SEGMENT_MATCHES, { message: 'match must be all or any' })
  match?: (typeof SEGMENT_MATCHES)[number];

  @ApiProperty({ required: false, type: [SegmentRuleDto], minItems: 1, maxItems: MAX_SEGMENT_RULES })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_SEGMENT_RULES)
  @ValidateNested({ each: true })
  @Type(() => SegmentRuleDto)
  rules?: SegmentRuleDto[];
}
