import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { LIST_ACCESS_LEVELS, type ListAccessLevel } from '../caller-list-access.js';

export const MAX_LIST_ACCESS_ENTRIES = 1000;

export class ListAccessEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'listId must be a list id' })
  listId!: string;

  @ApiProperty({
    enum: LIST_ACCESS_LEVELS,
    description: 'VIEW: the list and its members; SEND: target it in a campaign, see its name and size, never its members; MANAGE: all of that, and change it',
  })
  @IsIn(LIST_ACCESS_LEVELS, { message: `level must be one of ${LIST_ACCESS_LEVELS.join(', ')}` })
  level!: ListAccessLevel;
}

export class ReplaceListAccessDto {
  @ApiProperty({ description: 'true: the member reaches only the lists below (and the contacts on the ones it may view); false: its role decides alone' })
  @IsBoolean()
  restricted!: boolean;

  @ApiProperty({ type: [ListAccessEntryDto], maxItems: MAX_LIST_ACCESS_ENTRIES, description: "The member's whole set; each list at most once" })
  @IsArray()
  @ArrayMaxSize(MAX_LIST_ACCESS_ENTRIES)
  @ArrayUnique((entry: ListAccessEntryDto) => entry?.listId, { message: 'lists must name each list at most once' })
  @ValidateNested({ each: true })
  @Type(() => ListAccessEntryDto)
  lists!: ListAccessEntryDto[];
}
