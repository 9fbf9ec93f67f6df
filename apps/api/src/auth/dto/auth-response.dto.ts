import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class UserDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ format: 'email', maxLength: 254 }) email!: string;
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 120 }) name!: string | null;
}

export class AccountSummaryDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 120 }) name!: string;
  @ApiProperty({ enum: ['STANDALONE', 'PARTNER', 'CLIENT'] }) kind!: string;
  @ApiPropertyOptional({ enum: ['RESELLER', 'REFERRAL'], nullable: true, type: String }) partnerProgram!: string | null;
}

export class SessionDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`', maxLength: 4096 }) accessToken!: string;
  @ApiProperty({ format: 'date-time', maxLength: 30 }) expiresAt!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}

export class SignupResponseDto extends SessionDto {
  @ApiProperty({ type: AccountSummaryDto }) account!: AccountSummaryDto;
}
