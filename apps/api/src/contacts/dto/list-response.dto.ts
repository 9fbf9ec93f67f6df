import { ApiProperty } from '@nestjs/swagger';
import { LIST_ACCESS_LEVELS, type ListAccessLevel } from '../../list-access/caller-list-access.js';
import { COUNT, DATE_TIME, VERSION } from '../../openapi/schema-parts.js';

/** A list with its member count, as its caller sees it: never its members. */
export class ContactListDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;

  @ApiProperty({ maxLength: 100 })
  name!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 1000 })
  description!: string | null;

  @ApiProperty(COUNT)
  memberCount!: number;

  @ApiProperty({
    enum: LIST_ACCESS_LEVELS,
    nullable: true,
    description: "The caller's level on the list when it is restricted to chosen lists; null when its role decides alone",
  })
  access!: ListAccessLevel | null;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

export class ListMembersAddedDto {
  @ApiProperty({ ...COUNT, description: 'Contacts that were not members before' })
  added!: number;

  @ApiProperty({ ...COUNT, description: 'Contacts sent that were members already' })
  alreadyMembers!: number;

  @ApiProperty({ ...COUNT, description: 'Members of the list now' })
  memberCount!: number;
}
