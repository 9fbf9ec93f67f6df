import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, test } from '@jest/globals';
import fc from 'fast-check';
import { listRoutes, type RegisteredRoute } from '../access/route-inventory.js';
import { API_PREFIX } from '../app.factory.js';
import { useTestApp } from '../testing/api-harness.js';
import { type FixtureWorld, firstAllowed } from '../testing/fixture-world.js';
import { deepJson, encodeSegment, hostileObject, hostileSegment, hostileText, hostileValue } from './hostile.js';

/**
 * Every operation of the OpenAPI document, called as a caller allowed there (so input reaches
 * validation and the handlers) with hostile path parameters, query strings, headers and bodies in
 * every media type it takes. Any 5xx fails, with the shrunk request and the seed to replay it
 * (FUZZ_SEED); FUZZ_RUNS sets the requests per operation. The API must still be healthy afterwards,
 * with its heap back within bounds.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 24);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const HEAP_GROWTH_LIMIT = 100 * 1024 * 1024;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
}
interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components?: { schemas?: Record<string, Schema> };
}

type Body =
  | { kind: 'none' }
  | { kind: 'raw'; type: string; text: string }
  | { kind: 'multipart'; file: Uint8Array; filename: string; fields: Record<string, string> };

interface HostileRequest {
  path: string;
  query: string;
  ifMatch: string | undefined;
  auth: string | undefined;
  body: Body;
}

const IF_MATCH = fc.constantFrom(undefined, '"1"', '"2"', '*', 'W/"1"', '"99999999999999999999"', '"-1"', '1', 'garbage', '""');

function propertiesOf(document: OpenApiDocument, schema: Schema | undefined): string[] {
  const resolved = schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
  return Object.keys(resolved?.properties ?? {});
}

function bodiesFor(document: OpenApiDocument, method: Method, operation: Operation): fc.Arbitrary<Body> {
  const json = (properties: string[]) =>
    fc.oneof(
      { arbitrary: hostileObject(properties).map((value) => JSON.stringify(value)), weight: 6 },
      { arbitrary: hostileValue.map((value) => JSON.stringify(value) ?? 'null'), weight: 1 },
      { arbitrary: deepJson, weight: 1 },
      { arbitrary: fc.constantFrom('{', '{"a":', '[1,,]', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '\u0000', '{"__proto__":{"admin":true}}'), weight: 1 },
    ).map((text): Body => ({ kind: 'raw', type: 'application/json', text }));
  const content = operation.requestBody?.content;
  if (!content) return method === 'get' || method === 'delete' ? fc.constant({ kind: 'none' }) : fc.oneof(fc.constant<Body>({ kind: 'none' }), json([]));
  return fc.oneof(
    ...Object.entries(content).map(([type, media]) => {
      if (type === 'application/json') return json(propertiesOf(document, media.schema));
      if (type === 'multipart/form-data') {
        return fc
          .record({
            file: fc.uint8Array({ maxLength: 4_096 }),
            filename: fc.oneof(fc.constantFrom('a.png', '../../x.png', '.png', 'x.svg', 'a'.repeat(300)), fc.string({ maxLength: 20 })),
            fields: fc.dictionary(fc.constantFrom('name', 'alt', 'title', 'constructor'), fc.string({ maxLength: 30 }), { maxKeys: 2 }),
          })
          .map((parts): Body => ({ kind: 'multipart', ...parts }));
      }
      const cells = fc.array(fc.array(hostileText, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
      return fc
        .oneof(cells.map((rows) => ['email,first_name,last_name', ...rows.map((row) => row.join(','))].join('\n')), hostileText)
        .map((text): Body => ({ kind: 'raw', type, text }));
    }),
  );
}

function queriesFor(operation: Operation): fc.Arbitrary<string> {
  const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
  const value = (name: string) =>
    name === 'filter'
      ? fc.oneof(hostileObject(['q', 'status', 'state', 'listId']).map((filter) => JSON.stringify(filter)), hostileText, deepJson)
      : fc.oneof(hostileText, fc.integer().map(String));
  const pairs = fc.tuple(
    fc.record(Object.fromEntries(declared.map((name) => [name, value(name)])), { requiredKeys: [] }),
    fc.dictionary(fc.constantFrom('unknown', 'page[]', '__proto__', 'sort', 'filter[q]'), hostileText, { maxKeys: 2 }),
  );
  return fc.oneof(
    pairs.map(([known, stray]) => {
      const all = [...Object.entries(stray), ...Object.entries(known)].filter((pair): pair is [string, string] => pair[1] !== undefined);
      return all.length === 0 ? '' : `?${all.map(([name, text]) => `${encodeSegment(name)}=${encodeSegment(text)}`).join('&')}`;
    }),
    fc.constantFrom('?page=%ff', '?filter=%00', '?sort=%ed%a0%80', '?perPage=1e309&page=-0', '?a=1&a=2&a=3'),
  );
}

function requestsFor(document: OpenApiDocument, path: string, method: Method, route: RegisteredRoute, world: FixtureWorld): fc.Arbitrary<HostileRequest> {
  const operation = document.paths[path]![method]!;
  const allowed = route.access === 'public' || route.access === undefined ? undefined : firstAllowed(world, route.access === 'signed-in' ? 'account' : route.access);
  // Logging out (or out of every other session) would end sessions other requests here use; they are called with strangers' tokens.
  const ownToken = allowed && !path.endsWith('/auth/logout') && !path.endsWith('/sessions/revoke-others') ? `Bearer ${allowed.caller.token}` : undefined;
  const segments = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) =>
    (name === 'accountId' || name === 'partnerId') && allowed
      ? fc.oneof({ arbitrary: fc.constant(allowed.account.id), weight: 4 }, { arbitrary: hostileSegment, weight: 1 })
      : hostileSegment,
  );
  return fc.record({
    path: fc.tuple(...segments).map((values) => {
      let index = 0;
      return path.replace(/\{\w+\}/g, () => values[index++]!);
    }),
    query: queriesFor(operation),
    ifMatch: IF_MATCH,
    auth: ownToken
      ? fc.oneof({ arbitrary: fc.constant(ownToken), weight: 8 }, { arbitrary: fc.constantFrom('Bearer x', 'Bearer ', 'Basic Og=='), weight: 1 })
      : fc.constantFrom(undefined, 'Bearer x', `Bearer ${'a'.repeat(4_000)}`),
    body: bodiesFor(document, method, operation),
  });
}

/** The collector only runs on demand, so the heap before and after can be compared without garbage. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

describe('every OpenAPI operation, walked with hostile input (fast-check)', () => {
  const { t, world } = useTestApp({ env: { LOGIN_MAX_FAILURES_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: '1000' }, world: true });

  test('no request answers 5xx, every refusal carries a code, and the API stays healthy with a bounded heap', async () => {
    const document = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
    const routes = listRoutes(t.app, API_PREFIX);
    const byStatus = new Map<number, number>();
    const failures: string[] = [];
    let operations = 0;

    // Without the contract check of t.http: hostile requests meet answers no operation documents (431 from Node's parser, for one).
    const http = t.unchecked;
    const send = async (method: Method, request: HostileRequest) => {
      let call = http[method](`${request.path}${request.query}`);
      if (request.auth) call = call.set('Authorization', request.auth);
      if (request.ifMatch) call = call.set('If-Match', request.ifMatch);
      const { body } = request;
      if (body.kind === 'raw') call = call.set('Content-Type', body.type).send(body.text);
      if (body.kind === 'multipart') {
        for (const [name, value] of Object.entries(body.fields)) call = call.field(name, value);
        call = call.attach('file', Buffer.from(body.file), body.filename || 'file');
      }
      return call;
    };

    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of METHODS.filter((name) => item[name])) {
        const pattern = path.replace(/\{(\w+)\}/g, ':$1');
        const route = routes.find((candidate) => candidate.method === method.toUpperCase() && candidate.path === pattern);
        assert.ok(route, `${method.toUpperCase()} ${path} is documented but not registered`);
        operations += 1;
        const details = await fc.check(
          fc.asyncProperty(requestsFor(document, path, method, route, world), async (request) => {
            const res = await send(method, request);
            byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
            const refusal = res.status >= 400 && res.type === 'application/json';
            return res.status < 500 && (!refusal || (/^[A-Z][A-Z_]+$/.test(String(res.body?.code)) && !JSON.stringify(res.body).includes('    at ')));
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: false },
        );
        if (details.failed) failures.push(`${method.toUpperCase()} ${path}: ${JSON.stringify(details.counterexample)?.slice(0, 600)} (${String((details as { errorInstance?: unknown }).errorInstance ?? 'property false')})`);
      }
    }
    collectGarbage();
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

    const health = await t.http.get('/api/health');
    const requests = [...byStatus.values()].reduce((sum, count) => sum + count, 0);
    const counts = [...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ');
    console.info(
      `OpenAPI fuzz (seed ${SEED}, ${RUNS} runs): ${operations} operations, ${requests} requests; by status ${counts}; heap ${(heapGrowth / 1024 / 1024).toFixed(1)} MB after vs before`,
    );
    assert.deepEqual(failures, [], `replay with FUZZ_SEED=${SEED}`);
    assert.ok(operations >= 100, `only ${operations} operations in the document`);
    assert.deepEqual([health.status, health.body.status], [200, 'ok']);
    assert.ok(heapGrowth < HEAP_GROWTH_LIMIT, `the heap grew by ${heapGrowth} bytes`);
  }, 900_000);
});
