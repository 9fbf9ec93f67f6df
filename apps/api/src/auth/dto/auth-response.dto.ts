import { ApiProperty } from '@nestjs/swagger';
import { AccountKind, PartnerProgram } from '@partner-portal/db';

export class UserDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 120 }) name!: string | null;
}

export class AccountSummaryDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
  @ApiProperty({ enum: Object.values(AccountKind) }) kind!: AccountKind;
  @ApiProperty({ type: String, enum: [...Object.values(PartnerProgram), null], nullable: true, description: 'Null for a standalone account' })
  partnerProgram!: PartnerProgram | null;
}

export class SessionDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`', maxLength: 4096 }) accessToken!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) expiresAt!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}

export class SignupResponseDto extends SessionDto {
  @ApiProperty({ type: AccountSummaryDto }) account!: AccountSummaryDto;
}
