import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate } from 'class-validator';

export class ScheduleDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'When the record becomes published, in the future (within a year)' })
  @Type(() => Date)
  @IsDate({ message: 'scheduledAt must be an ISO 8601 date-time' })
  scheduledAt!: Date;
}
