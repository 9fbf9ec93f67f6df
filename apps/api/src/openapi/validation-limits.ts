import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/** What a request DTO's class-validator decorators enforce, as JSON Schema keywords. */
const LIMITS = ['enum', 'maxLength', 'minLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'maxItems', 'minItems', 'uniqueItems'] as const;

type Schema = SchemaObject | ReferenceObject;
const isSchema = (schema: Schema | undefined): schema is SchemaObject => schema !== undefined && !('$ref' in schema);

function addLimits(target: Schema | undefined, source: Schema | undefined): void {
  if (!isSchema(target) || !isSchema(source)) return;
  for (const keyword of LIMITS) {
    if (source[keyword] !== undefined && target[keyword] === undefined) (target as Record<string, unknown>)[keyword] = source[keyword];
  }
  addLimits(target.items, source.items);
  for (const [name, property] of Object.entries(target.properties ?? {})) addLimits(property, source.properties?.[name]);
}

/**
 * Every limit the server enforces on a request DTO (MaxLength, IsUUID, ArrayMaxSize, ...) written into
 * its schema in the document, read from the same class-validator decorators that enforce it, so the
 * two cannot drift apart. What a schema already states is kept.
 */
export function addValidationLimits(document: OpenAPIObject): OpenAPIObject {
  const enforced = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/' }) as Record<string, SchemaObject>;
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    addLimits(schema, enforced[name]);
    sizeUuids(schema);
  }
  return document;
}

/** A UUID has one length, in requests and answers alike; saying so lets a client size its fields. */
function sizeUuids(schema: Schema | undefined): void {
  if (!isSchema(schema)) return;
  if (schema.format === 'uuid' && schema.maxLength === undefined) schema.maxLength = 36;
  sizeUuids(schema.items);
  for (const property of Object.values(schema.properties ?? {})) sizeUuids(property);
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) sizeUuids(part);
}
