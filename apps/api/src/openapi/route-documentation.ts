import type { OpenAPIObject, OperationObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import type { RegisteredRoute } from '../access/route-inventory.js';

/**
 * What every route of a kind answers, written into its operation from the route itself rather than by
 * hand on each: list routes' sort and filter errors, versioned writes' If-Match, 412 and 428, the ETag
 * of every versioned record answered, and what any JSON body may be refused for.
 */
const ERROR = { $ref: '#/components/schemas/ErrorBody' };
const VERSION_CONFLICT: SchemaObject = {
  allOf: [
    ERROR,
    { type: 'object', properties: { details: { type: 'object', properties: { current: { type: 'object', description: 'The record as it is now, as a read of it answers' } } } } },
  ],
};
const ETAG_HEADER = { description: 'The version of the record, for If-Match', required: true, schema: { type: 'string', pattern: '^"\\d{1,9}"$', maxLength: 11 } };

type Schema = SchemaObject | ReferenceObject;

function addCodes(operation: OperationObject, status: string, codes: string[], schema: Schema = ERROR): void {
  const existing = operation.responses[status] as ResponseObject | undefined;
  const missing = codes.filter((code) => !existing?.description?.includes(code.split(':')[0]!));
  if (existing && missing.length === 0) return;
  const description = existing?.description ? `${existing.description}; ${missing.join(', ')}` : missing.join(', ');
  const content = existing?.content && schema === ERROR ? existing.content : { 'application/json': { schema } };
  operation.responses[status] = { ...existing, description, content };
}

function resolve(document: OpenAPIObject, schema: Schema | undefined): SchemaObject | undefined {
  if (!schema) return undefined;
  if ('$ref' in schema) return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop()!]);
  return schema;
}

/** A body with a numeric `version` gets an ETag (common/versioning.ts, EtagInterceptor). */
function answersVersionedRecord(document: OpenAPIObject, response: ResponseObject): boolean {
  const schema = resolve(document, response.content?.['application/json']?.schema);
  return Boolean(schema?.properties?.version);
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

export function documentRoutes(document: OpenAPIObject, routes: RegisteredRoute[]): OpenAPIObject {
  for (const route of routes) {
    const operation = document.paths[openApiPath(route.path)]?.[route.method.toLowerCase() as 'get'];
    if (!operation) continue;
    for (const [status, description] of Object.entries(route.errors)) addCodes(operation, status, [description]);
    if (route.paged) addCodes(operation, '400', ['INVALID_SORT', 'INVALID_FILTER', 'UNKNOWN_FILTER']);
    if (route.versioned) {
      operation.parameters = [
        ...(operation.parameters ?? []),
        {
          name: 'If-Match',
          in: 'header',
          required: true,
          description: 'The ETag of the version you read ("3"); a write to any other version is refused with 412',
          schema: { type: 'string', pattern: '^(W/)?"\\d{1,9}"$', maxLength: 13 },
        },
      ];
      addCodes(operation, '400', ['INVALID_IF_MATCH']);
      addCodes(operation, '412', ['VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now'], VERSION_CONFLICT);
      addCodes(operation, '428', ['PRECONDITION_REQUIRED: no If-Match']);
    }
    if (operation.requestBody) {
      addCodes(operation, '400', ['MALFORMED_JSON', 'JSON_TOO_DEEP', 'INVALID_TEXT']);
      addCodes(operation, '413', ['PAYLOAD_TOO_LARGE: the body is larger than the route takes']);
    }
    for (const [status, response] of Object.entries(operation.responses)) {
      if (response && status.startsWith('2') && !('$ref' in response) && answersVersionedRecord(document, response)) {
        response.headers = { ...response.headers, ETag: ETAG_HEADER };
      }
    }
  }
  return document;
}
