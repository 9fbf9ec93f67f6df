// Property schemas that answers share, in the forms the contract's linter asks for (every string sized,
// every integer bounded): `@ApiProperty(DATE_TIME) createdAt!: string;`.

export const MAX_INT32 = 2_147_483_647;

export const UUID = { type: String, format: 'uuid', maxLength: 36 } as const;

/** A timestamp as JSON carries it: ISO 8601 in UTC. */
export const DATE_TIME = { type: String, format: 'date-time', maxLength: 30 } as const;
export const NULLABLE_DATE_TIME = { ...DATE_TIME, nullable: true } as const;

/** How many of something. */
export const COUNT = { type: 'integer', format: 'int32', minimum: 0, maximum: MAX_INT32 } as const;

/** A record's version: bumped by every write; answered as its ETag, which If-Match takes back. */
export const VERSION = { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_INT32, description: 'Bumped by every write; its ETag is what If-Match takes' } as const;
