import { ApiProperty } from '@nestjs/swagger';
import { AccountKind, DeliveryStatus, InvitationState, Role } from '@partner-portal/db';
import { SessionDto } from '../../auth/dto/auth-response.dto.js';
import { MAX_ROLE_NAME } from '../../roles/dto/role.dto.js';
import { DATE_TIME } from '../../openapi/schema-parts.js';

/** The worker keeps at most this much of a delivery error (apps/worker MAX_DELIVERY_ERROR_LENGTH). */
const MAX_DELIVERY_ERROR = 500;

export class CustomRoleRefDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: MAX_ROLE_NAME }) name!: string;
}

/** An invitation as its account's managers see it (invitationView). */
export class InvitationDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiProperty({ enum: Object.values(Role), description: 'With a custom role: the built-in role kept beneath it' }) role!: Role;
  @ApiProperty({ type: CustomRoleRefDto, nullable: true, description: 'The custom role the invitee will hold, if any' }) customRole!: CustomRoleRefDto | null;
  @ApiProperty({ enum: Object.values(InvitationState) }) state!: InvitationState;
  @ApiProperty({ enum: Object.values(DeliveryStatus) }) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ type: String, nullable: true, maxLength: MAX_DELIVERY_ERROR, description: 'While QUEUED, the failure being retried; when FAILED, why it was given up' })
  deliveryError!: string | null;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Emails tried so far' }) deliveryAttempts!: number;
  @ApiProperty({ ...DATE_TIME, nullable: true, description: 'While QUEUED after a failure: when the next attempt is due' }) deliveryNextAttemptAt!: string | null;
  @ApiProperty(DATE_TIME) expiresAt!: string;
  @ApiProperty(DATE_TIME) createdAt!: string;
}

export class InvitingAccountDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
  @ApiProperty({ enum: Object.values(AccountKind) }) kind!: AccountKind;
}

export class InviterDto {
  @ApiProperty({ type: String, nullable: true, maxLength: 120 }) name!: string | null;
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
}

/** What the invitee sees before accepting. */
export class InvitationPreviewDto {
  @ApiProperty({ type: InvitingAccountDto }) account!: InvitingAccountDto;
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiProperty({ enum: Object.values(Role) }) role!: Role;
  @ApiProperty({ type: CustomRoleRefDto, nullable: true }) customRole!: CustomRoleRefDto | null;
  @ApiProperty({ type: InviterDto, nullable: true, description: 'Null once the inviter no longer exists' }) invitedBy!: InviterDto | null;
  @ApiProperty(DATE_TIME) expiresAt!: string;
  @ApiProperty({ description: 'The email already has a login: accepting asks for its password (or to be signed in as it)' }) existingUser!: boolean;
}

export class JoinedAccountDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
}

/** The invitee is signed in, and a member of the account it joined. */
export class AcceptedInvitationDto extends SessionDto {
  @ApiProperty({ type: JoinedAccountDto }) account!: JoinedAccountDto;
}
