import { ApiProperty } from '@nestjs/swagger';
import { PUBLISH_STATES, type PublishState } from '../../../common/publish-state.js';
import { PublishableRecordDto } from '../../publishable/publishable-record.dto.js';

export class StoreDto extends PublishableRecordDto {
  @ApiProperty({ enum: PUBLISH_STATES.filter((state) => state !== 'SCHEDULED'), description: 'A store is never scheduled' })
  declare state: Exclude<PublishState, 'SCHEDULED'>;

  @ApiProperty({ maxLength: 120 })
  name!: string;

  @ApiProperty({ maxLength: 3, pattern: '^[A-Z]{3}$', example: 'USD', description: 'ISO 4217 currency code' })
  currency!: string;
}
