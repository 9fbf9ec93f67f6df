import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, MaxLength } from 'class-validator';

export class ScheduleDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'When the record becomes published, in the future (within a year)' })
  @MaxLength(64)
  @IsDateString({ strict: true }, { message: 'scheduledAt must be an ISO 8601 date-time' })
  scheduledAt!: string;
}
