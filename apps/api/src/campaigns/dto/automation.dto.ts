import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsOmittable } from './campaign.dto.js';

export const AUTOMATION_TRIGGERS = ['CONTACT_JOINS_LIST', 'CONTACT_BIRTHDAY', 'CONTACT_ANNIVERSARY'] as const;
export type AutomationTrigger = (typeof AUTOMATION_TRIGGERS)[number];
export const MAX_STEPS = 10;

export class AutomationStepDto {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 365, description: 'Days after the trigger (or after the previous step)' })
  @IsInt()
  @Min(0)
  @Max(365)
  delayDays!: number;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @Matches(/^[^\r\n]*$/, { message: 'subject must be one line' })
  subject!: string;

  @ApiProperty({ maxLength: 50_000 })
  @IsString()
  @Length(1, 50_000)
  bodyHtml!: string;
}

export class CreateAutomationDto {
  @ApiProperty({ maxLength: 200, example: 'Welcome series' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: AUTOMATION_TRIGGERS })
  @IsIn(AUTOMATION_TRIGGERS, { message: `trigger must be one of ${AUTOMATION_TRIGGERS.join(', ')}` })
  trigger!: AutomationTrigger;

  @ApiPropertyOptional({ format: 'uuid', description: 'The list whose new members start the series; only for CONTACT_JOINS_LIST' })
  @IsOptional()
  @IsUUID('all', { message: 'triggerListId must be a UUID' })
  triggerListId?: string | null;

  @ApiProperty({ type: [AutomationStepDto], minItems: 1, maxItems: MAX_STEPS })
  @IsArray()
  @ArrayMinSize(1, { message: 'steps must hold at least one email' })
  @ArrayMaxSize(MAX_STEPS, { message: `steps must hold at most ${MAX_STEPS} emails` })
  @ValidateNested({ each: true })
  @Type(() => AutomationStepDto)
  steps!: AutomationStepDto[];
}

export class UpdateAutomationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: AUTOMATION_TRIGGERS })
  @IsOmittable()
  @IsIn(AUTOMATION_TRIGGERS, { message: `trigger must be one of ${AUTOMATION_TRIGGERS.join(', ')}` })
  trigger?: AutomationTrigger;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'triggerListId must be a UUID' })
  triggerListId?: string | null;

  @ApiPropertyOptional({ type: [AutomationStepDto], minItems: 1, maxItems: MAX_STEPS })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1, { message: 'steps must hold at least one email' })
  @ArrayMaxSize(MAX_STEPS, { message: `steps must hold at most ${MAX_STEPS} emails` })
  @ValidateNested({ each: true })
  @Type(() => AutomationStepDto)
  steps?: AutomationStepDto[];
}
