import { ApiProperty } from '@nestjs/swagger';

/** One of the caller's own active sessions, as GET /api/me/sessions lists them. */
export class MySessionDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ description: 'The browser and system, read from the user agent: "Chrome 131 on macOS", or "Unknown device"', maxLength: 200 })
  device!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The user agent as the browser sent it at sign-in', maxLength: 300 })
  userAgent!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The client address at sign-in (X-Forwarded-For only with TRUST_PROXY)', maxLength: 100 })
  ip!: string | null;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30, description: 'When it signed in' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30, description: 'When it last made a request, to the minute' }) lastSeenAt!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) expiresAt!: string;
  @ApiProperty({ description: 'The session making this request' }) current!: boolean;
}

export class RevokedSessionsDto {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'How many sessions were signed out' })
  revoked!: number;
}
