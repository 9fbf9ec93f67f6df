import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every error the API answers (error-envelope.filter.ts): a stable code and a message for people. */
export class ErrorBody {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 404 })
  statusCode!: number;

  @ApiProperty({ maxLength: 64, pattern: '^[A-Z][A-Z0-9_]*$', example: 'ACCOUNT_NOT_FOUND', description: 'Stable; what a client branches on' })
  code!: string;

  @ApiProperty({ maxLength: 2000, example: 'No such account.', description: 'For people; may change' })
  message!: string;

  @ApiPropertyOptional({
    description: 'More about some codes: VALIDATION_FAILED lists the problems of each field; VERSION_CONFLICT carries the record as it is now (current)',
    oneOf: [
      {
        type: 'array',
        maxItems: 1000,
        items: {
          type: 'object',
          required: ['field', 'problems'],
          properties: { field: { type: 'string', maxLength: 1000 }, problems: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 2000 } } },
        },
      },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: { field: string; problems: string[] }[] | Record<string, unknown>;
}
