import { ApiProperty } from '@nestjs/swagger';
import { DeliveryStatus, Role } from '@partner-portal/db';
import { MAX_PER_PAGE } from '../../common/paging.js';
import { CustomRoleRefDto } from '../../invitations/dto/invitation.dto.js';
import { COUNT, DATE_TIME } from '../../openapi/schema-parts.js';

/** A member, or a pending invitation, in one list. */
export class PersonDto {
  @ApiProperty({ enum: ['MEMBER', 'INVITATION'] }) kind!: 'MEMBER' | 'INVITATION';
  @ApiProperty({ format: 'uuid', maxLength: 36, description: 'The user id of a member, the invitation id of an invitation' }) id!: string;
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 120, description: 'Always null for an invitation' }) name!: string | null;
  @ApiProperty({ enum: Object.values(Role), description: 'With a custom role: the built-in role kept beneath it' }) role!: Role;
  @ApiProperty({ type: CustomRoleRefDto, nullable: true, description: 'The custom role held (or to be given); its actions replace those of the built-in role' })
  customRole!: CustomRoleRefDto | null;
  @ApiProperty({ description: 'Reaches lists and contacts only through its list access; always false for an invitation' }) listRestricted!: boolean;
  @ApiProperty({ enum: ['ACTIVE', 'PENDING'], description: 'ACTIVE: a member; PENDING: an invitation' }) status!: 'ACTIVE' | 'PENDING';
  @ApiProperty({ type: String, enum: [...Object.values(DeliveryStatus), null], nullable: true, description: 'Null for a member' })
  deliveryStatus!: DeliveryStatus | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 500, description: 'While QUEUED, the failure being retried; when FAILED, why it was given up' })
  deliveryError!: string | null;
  @ApiProperty({ ...COUNT, nullable: true, description: 'Emails tried so far; null for a member' }) deliveryAttempts!: number | null;
  @ApiProperty({ ...DATE_TIME, nullable: true, description: 'While QUEUED after a failure: when the next attempt is due' }) deliveryNextAttemptAt!: string | null;
  @ApiProperty({ ...DATE_TIME, description: 'When the member joined or the invitation was sent' }) since!: string;
  @ApiProperty({ ...DATE_TIME, nullable: true, description: 'When the invitation expires; null for a member' }) expiresAt!: string | null;
}

export class PeopleCountDto {
  @ApiProperty({ ...COUNT, description: 'Members plus pending invitations' }) count!: number;
  @ApiProperty({ ...COUNT, nullable: true, description: 'How many people the account may have; null: no limit' }) limit!: number | null;
}

export class TeamPageDto {
  @ApiProperty({ type: PersonDto, isArray: true, maxItems: MAX_PER_PAGE, description: 'The owner first, then by email' }) data!: PersonDto[];
  @ApiProperty(COUNT) total!: number;
  @ApiProperty({ type: PeopleCountDto }) people!: PeopleCountDto;
}

export class RoleChangedDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) userId!: string;
  @ApiProperty({ enum: ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER'], description: 'With a custom role: the built-in role kept beneath it' })
  role!: Role;
  @ApiProperty({ type: CustomRoleRefDto, nullable: true }) customRole!: CustomRoleRefDto | null;
}

export class OwnershipTransferredDto {
  @ApiProperty({ format: 'uuid', maxLength: 36, description: 'The owner now' }) ownerId!: string;
}
