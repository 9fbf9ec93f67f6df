import { ApiProperty } from '@nestjs/swagger';
import { LIST_ACCESS_LEVELS, type ListAccessLevel } from '../caller-list-access.js';
import { MAX_LIST_ACCESS_ENTRIES } from './list-access.dto.js';

export class MemberListAccessEntryDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  listId!: string;

  @ApiProperty({ maxLength: 100 })
  listName!: string;

  @ApiProperty({ enum: LIST_ACCESS_LEVELS })
  level!: ListAccessLevel;
}

export class MemberListAccessDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  userId!: string;

  @ApiProperty({ description: 'true: the member reaches only the lists below (and the contacts on the ones it may view); false: its role decides alone' })
  restricted!: boolean;

  @ApiProperty({ type: [MemberListAccessEntryDto], maxItems: MAX_LIST_ACCESS_ENTRIES, description: 'By list name' })
  lists!: MemberListAccessEntryDto[];
}
