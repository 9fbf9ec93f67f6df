import { ApiProperty } from '@nestjs/swagger';
import { AUTOMATION_STATUSES, type AutomationStatus } from '../automations.repository.js';
import { AUTOMATION_TRIGGERS, AutomationStepDto, type AutomationTrigger, MAX_STEPS } from './automation.dto.js';
import { DATE_TIME, NULLABLE_DATE_TIME, UUID, VERSION } from '../../openapi/schema-parts.js';

export class AutomationDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ maxLength: 200 })
  name!: string;

  @ApiProperty({ enum: AUTOMATION_TRIGGERS })
  trigger!: AutomationTrigger;

  @ApiProperty({ ...UUID, nullable: true, description: 'Set for CONTACT_JOINS_LIST only' })
  triggerListId!: string | null;

  @ApiProperty({ type: [AutomationStepDto], minItems: 1, maxItems: MAX_STEPS })
  steps!: AutomationStepDto[];

  @ApiProperty({ enum: AUTOMATION_STATUSES })
  status!: AutomationStatus;

  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'When it was last activated' })
  activatedAt!: string | null;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}
