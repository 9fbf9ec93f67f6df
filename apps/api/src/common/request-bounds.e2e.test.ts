// Hostile input that used to reach a 500 (an outside scan, issue 17): deep JSON, NUL bytes and lone
// surrogates in bodies, queries and filters. Each answers a 400 with its code, before any route.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { pino } from 'pino';
import { startTestApp, type TestApp, useTestApp } from '../testing/api-harness.js';

const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

describe('one place bounds what a request may carry', () => {
  const { t, world, as } = useTestApp({ world: true });
  // Unchecked, so that the timings below are the server's alone.
  const login = (body: string) => t.unchecked.post('/api/auth/login').set('Content-Type', 'application/json').send(body);

  test('JSON nested 520,000 levels answers 400 JSON_TOO_DEEP before sign-in, faster than a flat body of the same size', async () => {
    const deep = `{"email":${nested(520_000)},"password":"x"}`;
    const flat = `{"email":"${'a'.repeat(deep.length - 30)}","password":"x"}`;
    const timed = async (body: string) => {
      const started = process.hrtime.bigint();
      const res = await login(body);
      return { res, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const [deepRun, flatRun] = [await timed(deep), await timed(flat)];
    assert.deepEqual([deepRun.res.status, deepRun.res.body.code], [400, 'JSON_TOO_DEEP']);
    assert.equal(flatRun.res.status < 500, true);
    console.info(`1 MB body: nested ${deepRun.ms.toFixed(1)} ms, flat ${flatRun.ms.toFixed(1)} ms`);
    assert.ok(deepRun.ms <= 2 * flatRun.ms + 50, `nested ${deepRun.ms} ms, flat ${flatRun.ms} ms`);
    assert.equal((await login(`{"email":${nested(33)},"password":"x"}`)).body.code, 'JSON_TOO_DEEP');
    assert.equal((await login(`{"email":${nested(31)},"password":"x"}`)).body.code, 'VALIDATION_FAILED');
  });

  test('a NUL or a lone surrogate in a body, the query or the filter is 400 INVALID_TEXT; an emoji is fine', async () => {
    assert.deepEqual((await login('{"email":"a\\u0000@example.com","password":"x"}')).body.code, 'INVALID_TEXT');
    const solo = world.account('standalone').id;
    const lists = `/api/accounts/${solo}/lists`;
    assert.deepEqual([(await as('soloOwner').post(lists, { name: 'a\ud800b' })).status, (await as('soloOwner').post(lists, { name: 'a\ud800b' })).body.code], [400, 'INVALID_TEXT']);
    const created = await as('soloOwner').post(lists, { name: 'Fans 😀' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, 'Fans 😀');
    const filtered = await as('soloOwner').get(`${lists}?filter=${encodeURIComponent('{"q":"a\\u0000"}')}`);
    assert.deepEqual([filtered.status, filtered.body.code], [400, 'INVALID_TEXT']);
    const query = await as('soloOwner').get(`${lists}?sort=name%00`);
    assert.deepEqual([query.status, query.body.code], [400, 'INVALID_TEXT']);
  });
});

describe('no token reaches a log line, even from a request refused before routing', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { logger: pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) }) });
  });
  afterAll(() => t.close());

  test('bad JSON, a body too large and an unknown route under the invitation routes log a redacted path', async () => {
    const token = randomBytes(32).toString('base64url');
    const accept = `/api/invitations/${token}/accept`;
    const broken = await t.http.post(accept).set('Content-Type', 'application/json').send('{');
    assert.deepEqual([broken.status, broken.body.code], [400, 'MALFORMED_JSON']);
    const large = await t.http.post(accept).set('Content-Type', 'application/json').send(`{"password":"${'x'.repeat(1_100_000)}"}`);
    assert.equal(large.status, 413);
    const deep = await t.http.post(accept).set('Content-Type', 'application/json').send(`{"a":${'['.repeat(40)}${']'.repeat(40)}}`);
    assert.equal(deep.body.code, 'JSON_TOO_DEEP');
    assert.equal((await t.http.get(`/api/invitations/${token}/elsewhere`)).status, 404);
    assert.equal((await t.http.get(`/api/invitations/${token}`)).status, 404, 'a routed request logs its pattern');

    const completed = lines.map((line) => JSON.parse(line) as { msg: string; route?: string }).filter((entry) => entry.msg === 'request completed');
    assert.ok(completed.length >= 5, `${completed.length} request lines`);
    assert.deepEqual(
      lines.filter((line) => line.includes(token)),
      [],
      'no line holds the token',
    );
    assert.deepEqual(
      completed.slice(-5).map((entry) => entry.route),
      ['/api/invitations/:redacted/accept', '/api/invitations/:redacted/accept', '/api/invitations/:redacted/accept', '/api/invitations/:redacted/elsewhere', '/api/invitations/:token'],
    );
  });
});
