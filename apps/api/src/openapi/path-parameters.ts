import type { OpenAPIObject, ParameterObject, SchemaObject } from '@nestjs/swagger';
import { SLUG_MAX, SLUG_PATTERN } from '../content/slug.js';

const UUID: SchemaObject = { type: 'string', format: 'uuid', maxLength: 36 };

/** What each path parameter of the API is. A route naming one not listed here stops the API at start. */
const PATH_PARAMETERS: Record<string, { description: string; schema: SchemaObject }> = {
  accountId: { description: 'The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not.', schema: UUID },
  partnerId: { description: 'The partner account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not.', schema: UUID },
  token: {
    description: "The invitation's token, from the link in its email. Single use; 404 INVITATION_NOT_FOUND when unknown, used, revoked or expired.",
    schema: { type: 'string', minLength: 1, maxLength: 256, pattern: '^[A-Za-z0-9_-]+$' },
  },
  sessionId: { description: "One of the caller's own sessions; 404 SESSION_NOT_FOUND for any other, or one already ended.", schema: UUID },
  passkeyId: { description: "One of the caller's own passkeys; 404 PASSKEY_NOT_FOUND for any other.", schema: UUID },
  slug: { description: "The published page's address.", schema: { type: 'string', minLength: 1, maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source } },
  archiveSlug: { description: "The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off.", schema: { type: 'string', minLength: 1, maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source } },
  authorSlug: { description: "An author's address in the archive; 404 ARCHIVE_PAGE_NOT_FOUND when unknown or removed.", schema: { type: 'string', minLength: 1, maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source } },
  campaignSlug: { description: "A campaign's address in the archive, fixed when it was sent; 404 ARCHIVE_PAGE_NOT_FOUND unless listed.", schema: { type: 'string', minLength: 1, maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source } },
};

/** `{nameId}` names a record by its id: any id that is not a UUID is as unknown as one that does not exist (404). */
function describe(name: string): { description: string; schema: SchemaObject } {
  const known = PATH_PARAMETERS[name];
  if (known) return known;
  const record = /^([a-z]+)Id$/.exec(name);
  if (!record) throw new Error(`The path parameter "${name}" is not described in apps/api/src/openapi/path-parameters.ts`);
  return { description: `The ${record[1]}'s id; 404 when no such ${record[1]} is in the account.`, schema: UUID };
}

/**
 * Every path parameter of every operation, declared once here: Nest's explorer sees only `@Param()`
 * arguments, not the account the guard resolves, and types every one as a plain string.
 */
export function describePathParameters(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
      if (!operation) continue;
      const others = (operation.parameters ?? []).filter((parameter) => !('in' in parameter) || parameter.in !== 'path');
      const pathParameters: ParameterObject[] = names.map((name) => ({ name, in: 'path', required: true, ...describe(name) }));
      operation.parameters = [...pathParameters, ...others];
    }
  }
  return document;
}
