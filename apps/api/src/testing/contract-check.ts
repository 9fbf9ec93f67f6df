// Every response an end-to-end test receives, checked against the API's contract (apps/api/openapi.json,
// which contract.e2e.test.ts keeps equal to the generated document): its status is documented for the
// operation, its documented headers are there and well formed, and its JSON body matches the schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const CONTRACT = fileURLToPath(new URL('../../openapi.json', import.meta.url));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
}
interface Response {
  headers?: Record<string, { required?: boolean; schema?: Json }>;
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, Response>;
}
export interface Document {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components: { schemas: Record<string, Json> };
}

export interface CheckedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text?: string;
}

/** OpenAPI 3.0's `nullable` is not JSON Schema: `{ type: 'string', nullable: true }` becomes `{ type: ['string', 'null'] }`. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'nullable' || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = `contract${value}`;
    else out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Json).map(([name, property]) => [name, toJsonSchema(property)])) : toJsonSchema(value);
  }
  if ((schema as Json).nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    if (out.$ref || out.allOf || out.oneOf) return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

export class Contract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: { method: string; pattern: RegExp; path: string; statics: number }[] = [];
  private readonly validators = new Map<unknown, ValidateFunction>();

  constructor(readonly document: Document) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: 'contract', components: toJsonSchema(document.components) as Json });
    for (const [path, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')}$`);
      const statics = path.split('/').filter((segment) => segment && !segment.startsWith('{')).length;
      for (const method of METHODS) if (item[method]) this.routes.push({ method, pattern, path, statics });
    }
    // A literal segment wins over a parameter: /lists/export before /lists/{listId}.
    this.routes.sort((a, b) => b.statics - a.statics);
  }

  operation(method: string, url: string): { path: string; operation: Operation } | undefined {
    const pathname = new URL(url, 'http://api.test').pathname;
    const route = this.routes.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
    return route && { path: route.path, operation: this.document.paths[route.path]![route.method as (typeof METHODS)[number]]! };
  }

  problems(method: string, url: string, res: CheckedResponse): string[] {
    return problemsWith(this, method, url, res);
  }

  validate(schema: Json, value: unknown): string[] {
    let validator = this.validators.get(schema);
    if (!validator) {
      validator = this.ajv.compile(toJsonSchema(schema) as Json);
      this.validators.set(schema, validator);
    }
    if (validator(value)) return [];
    return (validator.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}`.trim());
  }
}

let committed: Contract | undefined;

/** How one response departs from the committed contract: nothing when it follows it. Only `/api` routes are checked. */
export function contractProblems(method: string, url: string, res: CheckedResponse): string[] {
  if (!checked(url)) return [];
  committed ??= new Contract(JSON.parse(readFileSync(CONTRACT, 'utf8')) as Document);
  return committed.problems(method, url, res);
}

/** The API's routes, not the document itself, the queue dashboard or the portal. */
function checked(url: string): boolean {
  const pathname = new URL(url, 'http://api.test').pathname;
  return pathname.startsWith('/api/') && !pathname.startsWith('/api/docs') && !pathname.startsWith('/api/operations/');
}

export function problemsWith(contract: Contract, method: string, url: string, res: CheckedResponse): string[] {
  if (!checked(url)) return [];
  const pathname = new URL(url, 'http://api.test').pathname;
  const found = contract.operation(method.toLowerCase(), url);
  // An unknown route answers 404 in the error envelope (health.e2e.test.ts); a known one answers what it documents.
  if (!found) return res.status === 404 ? [] : [`${method.toUpperCase()} ${pathname} is not in the contract, and answered ${res.status}`];
  const where = `${method.toUpperCase()} ${found.path} answered ${res.status}`;
  const response = found.operation.responses[String(res.status)] ?? found.operation.responses[`${String(res.status)[0]}XX`] ?? found.operation.responses.default;
  if (!response) return [`${where}, which it does not document (documented: ${Object.keys(found.operation.responses).join(', ')})`];
  const problems: string[] = [];
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const value = res.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push(`${where} without its ${name} header`);
      continue;
    }
    const typed = header.schema?.type === 'integer' || header.schema?.type === 'number' ? Number(value) : value;
    for (const problem of header.schema ? contract.validate(header.schema, typed) : []) problems.push(`${where}: header ${name} ${problem}`);
  }
  const type = String(res.headers['content-type'] ?? '').split(';')[0]!.trim();
  const media = response.content;
  if (!media) {
    if (type === 'application/json' && res.text) problems.push(`${where} with a JSON body, which it does not document`);
    return problems;
  }
  if (!media[type]) return [...problems, `${where} as ${type || 'no content type'}, not as documented (${Object.keys(media).join(', ')})`];
  const schema = media[type]!.schema;
  if (schema && type === 'application/json') for (const problem of contract.validate(schema, res.body)) problems.push(`${where}: ${problem}`);
  return problems;
}
