import { ApiProperty } from '@nestjs/swagger';
import { BillingMode } from '@partner-portal/db';
import { InvitationDto } from '../../invitations/dto/invitation.dto.js';
import { DATE_TIME } from '../../openapi/schema-parts.js';

const PEOPLE = { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Members plus pending invitations' } as const;

export class ClientOwnerDto {
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiProperty({ enum: ['ACTIVE', 'PENDING'], description: 'PENDING: invited, not yet accepted' }) status!: 'ACTIVE' | 'PENDING';
}

/** A client account as the Accounts tab shows it. */
export class ClientRowDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
  @ApiProperty({ enum: Object.values(BillingMode) }) billingMode!: BillingMode;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty({ type: ClientOwnerDto, nullable: true, description: 'Null when it has no owner and no pending owner invitation' }) owner!: ClientOwnerDto | null;
  @ApiProperty(PEOPLE) people!: number;
}

export class PendingClientOwnerDto {
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiProperty({ enum: ['PENDING'], description: 'Invited, not yet accepted' }) status!: 'PENDING';
}

/** The new client, its owner invited. */
export class CreatedClientDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
  @ApiProperty({ enum: Object.values(BillingMode) }) billingMode!: BillingMode;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty({ type: PendingClientOwnerDto }) owner!: PendingClientOwnerDto;
  @ApiProperty({ type: InvitationDto, description: "The owner's invitation, its email sent by the worker" }) ownerInvitation!: InvitationDto;
  @ApiProperty({ ...PEOPLE, minimum: 1, maximum: 1, description: 'The pending owner' }) people!: number;
}
