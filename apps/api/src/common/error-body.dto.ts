import { ApiProperty } from '@nestjs/swagger';

/** The body of every error the API answers (error-envelope.filter.ts): a stable code and a message for people. */
export class ErrorBody {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 404 })
  statusCode!: number;

  @ApiProperty({ maxLength: 64, pattern: '^[A-Z][A-Z0-9_]*$', example: 'ACCOUNT_NOT_FOUND', description: 'Stable; what a client branches on' })
  code!: string;

  @ApiProperty({ maxLength: 2000, example: 'No such account.', description: 'For people; may change' })
  message!: string;
}
