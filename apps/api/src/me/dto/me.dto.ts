import { ApiProperty } from '@nestjs/swagger';
import { AccountDto, ACTION_IDS, GrantDto } from '../../accounts/dto/account.dto.js';
import type { Action } from '@partner-portal/permissions';
import { UserDto } from '../../auth/dto/auth-response.dto.js';

export class PartnerGrantDto {
  @ApiProperty({ enum: ['ACCOUNT_OWNER', 'PARTNER_MANAGER'] }) role!: 'ACCOUNT_OWNER' | 'PARTNER_MANAGER';
  @ApiProperty({ enum: ['PARTNER'] }) via!: 'PARTNER';
}

/** What a partner's Owner or Partner Manager holds in each of its clients. */
export class ClientAccessDto {
  @ApiProperty({ type: PartnerGrantDto }) grant!: PartnerGrantDto;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'How many clients the partner manages' }) clients!: number;
}

export class MyAccountDto extends AccountDto {
  @ApiProperty({ type: GrantDto, description: "The caller's own membership" }) grant!: GrantDto;
  @ApiProperty(ACTION_IDS) actions!: Action[];
  @ApiProperty({ type: ClientAccessDto, nullable: true, description: 'Set on a partner account where the caller is Owner or Partner Manager' })
  clientAccess!: ClientAccessDto | null;
}

export class MeDto {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiProperty({ type: MyAccountDto, isArray: true, maxItems: 10_000, description: 'Every account the caller is a member of, by name' }) accounts!: MyAccountDto[];
}
