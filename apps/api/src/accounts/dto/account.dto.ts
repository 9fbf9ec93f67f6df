import { ApiProperty } from '@nestjs/swagger';
import { AccountKind, BillingMode, PartnerProgram } from '@partner-portal/db';
import { ACTIONS, type Action, ROLES } from '@partner-portal/permissions';
import { MAX_ROLE_NAME } from '../../roles/dto/role.dto.js';

/** Action ids, as GET .../roles names them too. */
export const ACTION_IDS = { enum: [...ACTIONS], enumName: 'ActionId', isArray: true, maxItems: ACTIONS.length } as const;

export class PartnerRefDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
}

/** How an account is shown wherever it is listed or opened (describeAccount). */
export class AccountDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
  @ApiProperty({ enum: Object.values(AccountKind) }) kind!: AccountKind;

  @ApiProperty({ type: String, enum: [...Object.values(PartnerProgram), null], nullable: true, description: 'Set for a PARTNER account only' })
  partnerProgram!: PartnerProgram | null;

  @ApiProperty({ type: String, enum: [...Object.values(BillingMode), null], nullable: true, description: 'Set for a CLIENT account only' })
  billingMode!: BillingMode | null;

  @ApiProperty({ type: PartnerRefDto, nullable: true, description: 'The partner managing a CLIENT account' })
  partner!: PartnerRefDto | null;
}

export class CustomRoleGrantDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: MAX_ROLE_NAME }) name!: string;
  @ApiProperty(ACTION_IDS) actions!: Action[];
}

/** What the caller holds in an account: a built-in role (its own, or through the partner), or a custom role. */
export class GrantDto {
  @ApiProperty({ enum: [...ROLES, 'CUSTOM'] }) role!: string;
  @ApiProperty({ enum: ['MEMBER', 'PARTNER'], description: 'PARTNER: held in the managing partner account' }) via!: 'MEMBER' | 'PARTNER';
  @ApiProperty({ type: CustomRoleGrantDto, required: false, description: 'Only when role is CUSTOM' }) customRole?: CustomRoleGrantDto;
}

/** One account as its reader sees it, with what it may do there. */
export class AccountViewDto extends AccountDto {
  @ApiProperty({ type: GrantDto, description: 'The grant allowing the most here' }) grant!: GrantDto;
  @ApiProperty(ACTION_IDS) actions!: Action[];
  @ApiProperty({ description: 'The caller reaches lists and contacts only through the lists it was given' }) listRestricted!: boolean;
}
