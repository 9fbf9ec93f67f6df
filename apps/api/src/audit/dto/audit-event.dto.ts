import { ApiProperty } from '@nestjs/swagger';

export class AuditActorDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ type: String, format: 'email', maxLength: 254, nullable: true, description: 'Null once the user no longer exists' }) email!: string | null;
  @ApiProperty({ type: String, maxLength: 120, nullable: true }) name!: string | null;
}

export class AuditEventDto {
  @ApiProperty({ pattern: '^[0-9]{1,19}$', maxLength: 19, description: 'A 64-bit integer, as text' }) id!: string;
  @ApiProperty({ maxLength: 100, example: 'invitation.created', description: '<record>.<what happened>' }) action!: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'Who did it; null for the system' }) actor!: AuditActorDto | null;
  @ApiProperty({ type: String, maxLength: 100, nullable: true, example: 'invitation' }) targetType!: string | null;
  @ApiProperty({ type: String, maxLength: 100, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What changed, by action' }) data!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 30 }) createdAt!: string;
}
