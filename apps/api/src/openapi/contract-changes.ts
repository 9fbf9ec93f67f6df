// What a change of the OpenAPI document breaks for a client built on the previous one: an operation
// removed, a field or enum value removed, a parameter or field newly required. Anything else (new
// operations, new optional fields, new enum values, new responses) is additive.

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface ContractDocument {
  info: { version: string };
  paths: Record<string, Record<string, Operation | unknown>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function operationsOf(document: ContractDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) if (item[method]) operations.set(`${method.toUpperCase()} ${path}`, item[method] as Operation);
  }
  return operations;
}

/** Differences of one schema that break a client, named from `where`, following nested objects and arrays. */
function schemaBreaks(before: Schema | undefined, after: Schema | undefined, where: string): string[] {
  if (!before || !after) return [];
  if (before.$ref || after.$ref) return before.$ref === after.$ref ? [] : [`${where}: now ${after.$ref ?? 'an inline schema'} instead of ${before.$ref ?? 'an inline schema'}`];
  const breaks: string[] = [];
  if (before.type && after.type && before.type !== after.type) breaks.push(`${where}: type ${before.type} became ${after.type}`);
  if (before.enum) {
    const removed = before.enum.filter((value) => !(after.enum ?? before.enum)!.includes(value));
    if (removed.length > 0) breaks.push(`${where}: enum value(s) ${removed.map((value) => JSON.stringify(value)).join(', ')} removed`);
  }
  for (const [name, property] of Object.entries(before.properties ?? {})) {
    if (!after.properties?.[name]) breaks.push(`${where}.${name}: removed`);
    else breaks.push(...schemaBreaks(property, after.properties[name], `${where}.${name}`));
  }
  const required = new Set(before.required ?? []);
  for (const name of after.required ?? []) if (!required.has(name)) breaks.push(`${where}.${name}: newly required`);
  breaks.push(...schemaBreaks(before.items, after.items, `${where}[]`));
  return breaks;
}

/** Every change from `before` to `after` that breaks a client of `before`, one line each. */
export function breakingChanges(before: ContractDocument, after: ContractDocument): string[] {
  const breaks: string[] = [];
  const afterOperations = operationsOf(after);
  for (const [key, operation] of operationsOf(before)) {
    const next = afterOperations.get(key);
    if (!next) {
      breaks.push(`${key}: operation removed`);
      continue;
    }
    const parameters = new Map((operation.parameters ?? []).map((parameter) => [`${parameter.in} ${parameter.name}`, parameter]));
    for (const parameter of next.parameters ?? []) {
      const previous = parameters.get(`${parameter.in} ${parameter.name}`);
      if (parameter.required && !previous?.required) breaks.push(`${key}: ${parameter.in} parameter ${parameter.name} newly required`);
      if (previous) breaks.push(...schemaBreaks(previous.schema, parameter.schema, `${key} ${parameter.in} ${parameter.name}`));
    }
    if (next.requestBody?.required && operation.requestBody && !operation.requestBody.required) breaks.push(`${key}: request body newly required`);
    for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
      if (!next.requestBody?.content?.[type]) breaks.push(`${key}: request body ${type} no longer accepted`);
      else breaks.push(...schemaBreaks(media.schema, next.requestBody.content[type]!.schema, `${key} body`));
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!status.startsWith('2')) continue;
      for (const [type, media] of Object.entries(response.content ?? {})) {
        const nextMedia = next.responses?.[status]?.content?.[type];
        if (!nextMedia) breaks.push(`${key}: ${status} ${type} response removed`);
        else breaks.push(...schemaBreaks(media.schema, nextMedia.schema, `${key} ${status}`));
      }
    }
  }
  const afterSchemas = after.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(before.components?.schemas ?? {})) {
    if (!afterSchemas[name]) breaks.push(`schema ${name}: removed`);
    else breaks.push(...schemaBreaks(schema, afterSchemas[name], `schema ${name}`));
  }
  return breaks;
}

const major = (version: string) => Number(/^(\d+)/.exec(version)?.[1] ?? Number.NaN);

/** Why `after` may not replace `before`: its breaking changes, unless its version's major number moved up. */
export function contractRefusal(before: ContractDocument, after: ContractDocument): string | undefined {
  const breaks = breakingChanges(before, after);
  if (breaks.length === 0 || major(after.info.version) > major(before.info.version)) return undefined;
  return `The contract breaks clients of version ${before.info.version}, and its version (${after.info.version}) does not raise the major number:\n  ${breaks.join('\n  ')}`;
}
