import { ApiProperty } from '@nestjs/swagger';

/** One line of the caller's own security log, as GET /api/me/security-events lists them. */
export class SecurityEventDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ description: 'What happened: "signup", "password.changed", "session.revoked", "account.security-policy.changed"…', maxLength: 100 })
  action!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The client address of the request (X-Forwarded-For only with TRUST_PROXY)', maxLength: 100 })
  ip!: string | null;
  @ApiProperty({ description: 'The browser and system, read from the user agent: "Chrome 131 on macOS", or "Unknown device"', maxLength: 200 })
  device!: string;
}
