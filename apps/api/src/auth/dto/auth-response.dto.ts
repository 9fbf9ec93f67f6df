import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) name!: string | null;
}

export class AccountSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['STANDALONE', 'PARTNER', 'CLIENT'] }) kind!: string;
  @ApiPropertyOptional({ enum: ['RESELLER', 'REFERRAL'], nullable: true, type: String }) partnerProgram!: string | null;
}

export class SessionDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' }) accessToken!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}

export class SignupResponseDto extends SessionDto {
  @ApiProperty({ type: AccountSummaryDto }) account!: AccountSummaryDto;
}
