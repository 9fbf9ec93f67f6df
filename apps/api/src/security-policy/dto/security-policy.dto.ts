import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

/** An account's sign-in policy. */
export class SecurityPolicyDto {
  @ApiProperty({
    description:
      'Everyone who works in this account signs in with a second factor (an authenticator app or a passkey); for a partner, its Owners and Partner Managers also in every client',
  })
  requireTwoFactor!: boolean;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: 2_147_483_647, description: "The account's version, bumped by every change" })
  version!: number;
}

export class PutSecurityPolicyDto {
  @ApiProperty({ description: 'Require two-step sign-in of everyone who works in this account' })
  @IsBoolean()
  requireTwoFactor!: boolean;
}
