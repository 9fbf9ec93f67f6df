import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ACTIONS, can, isAction } from '@partner-portal/permissions';
import { API_PREFIX } from '../app.factory.js';
import { SessionsService } from '../auth/sessions.service.js';
import { startTestApp, type TestApp } from '../testing/api-harness.js';
import { createFixtureWorld, type FixtureWorld } from '../testing/fixture-world.js';
import { listRoutes, type RegisteredRoute } from './route-inventory.js';

/**
 * Every registered route × every caller of the fixture world × every account of it: outsiders get
 * 404, callers whose grants can() refuses get 403, everyone else is let through. Routes added later
 * are swept without touching this test.
 */
describe('authorization sweep over every registered route', () => {
  let t: TestApp;
  let world: FixtureWorld;
  let routes: RegisteredRoute[];

  before(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000' });
    world = await createFixtureWorld(t);
    routes = listRoutes(t.app, API_PREFIX);
  });
  after(() => t.close());

  const send = (route: RegisteredRoute, path: string, token?: string) => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const request = t.http[method](path);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return route.method === 'GET' || route.method === 'DELETE' ? request : request.send({});
  };

  const pathFor = (route: RegisteredRoute, accountId: string) =>
    route.path.replace(/:(accountId|partnerId)\b/g, accountId).replace(/:[A-Za-z]+/g, () => randomUUID());

  test('every route declares its access (deny by default)', () => {
    assert.ok(routes.length >= 8, `only ${routes.length} routes found`);
    for (const route of routes) {
      assert.ok(route.access !== undefined, `${route.method} ${route.path} declares nothing`);
      assert.ok(
        ['public', 'signed-in', 'account'].includes(route.access) || isAction(route.access),
        `${route.method} ${route.path} declares "${route.access}"`,
      );
    }
  });

  test('every action of the matrix guards at least one route', () => {
    const guarded = new Set(routes.map((route) => route.access));
    assert.deepEqual(ACTIONS.filter((action) => !guarded.has(action)), []);
  });

  test('bad input on every account route, by a caller allowed there: a 4xx with a code, never a 5xx', async () => {
    const badInputs: { what: string; query: string; body?: string | object; type?: string }[] = [
      { what: 'malformed JSON', query: '', body: '{"name": ', type: 'application/json' },
      { what: 'wrong types and unknown fields', query: '', body: { name: 42, email: ['x'], listIds: 'all', scheduledAt: 'soon', unknownField: true } },
      { what: 'huge strings', query: '', body: { name: 'x'.repeat(100_000), subject: 'x'.repeat(100_000), body: 'x'.repeat(100_000) } },
      { what: 'bad paging', query: '?page=-1&perPage=100000&sort=%00&filter=%7Bnot-json' },
    ];
    let checked = 0;
    for (const route of routes.filter((r) => r.access !== 'public' && r.access !== 'signed-in')) {
      const allowed = world.accounts.flatMap((account) =>
        world.callers
          .filter((caller) => {
            const grants = world.grantsOf(caller.key, account.key);
            return grants.length > 0 && (route.access === 'account' || grants.some((grant) => can(grant, route.access as never, account.target)));
          })
          .map((caller) => ({ account, caller })),
      )[0];
      assert.ok(allowed, `no fixture caller may call ${route.method} ${route.path}`);
      for (const input of badInputs) {
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        let request = t.http[method](pathFor(route, allowed.account.id) + input.query)
          .set('Authorization', `Bearer ${allowed.caller.token}`)
          .set('If-Match', '"1"');
        if (input.body !== undefined && route.method !== 'GET') {
          if (input.type) request = request.set('Content-Type', input.type);
          request = request.send(input.body);
        }
        const res = await request;
        const where = `${route.method} ${route.path} with ${input.what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
        assert.ok(res.status < 500, where);
        if (res.status >= 400) assert.match(String(res.body?.code), /^[A-Z][A-Z_]+$/, where);
        checked += 1;
      }
    }
    assert.ok(checked > 0);
  });

  test('anonymous callers get 401 on every route that is not public', async () => {
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const res = await send(route, pathFor(route, world.account('standalone').id));
      assert.equal(res.status, 401, `${route.method} ${route.path}`);
      assert.equal(res.body.code, 'UNAUTHENTICATED');
    }
  });

  test('every caller × every account on every account route: 404 outside, 403 when can() refuses, through otherwise', async () => {
    const accountRoutes = routes.filter((r) => r.access !== 'public' && r.access !== 'signed-in');
    assert.ok(accountRoutes.length >= 4);
    let checked = 0;
    for (const route of accountRoutes) {
      for (const account of world.accounts) {
        for (const caller of world.callers) {
          const grants = world.grantsOf(caller.key, account.key);
          const res = await send(route, pathFor(route, account.id), caller.token);
          const where = `${route.method} ${route.path} as ${caller.key} in ${account.key}: ${res.status} ${res.body?.code}`;
          if (grants.length === 0) {
            assert.equal(res.status, 404, where);
            assert.equal(res.body.code, 'ACCOUNT_NOT_FOUND', where);
          } else if (route.access !== 'account' && !grants.some((grant) => can(grant, route.access as never, account.target))) {
            assert.equal(res.status, 403, where);
            assert.equal(res.body.code, 'FORBIDDEN', where);
          } else {
            assert.ok(![401, 403].includes(res.status), where);
            assert.notEqual(res.body?.code, 'ACCOUNT_NOT_FOUND', where);
            assert.ok(res.status < 500, where);
          }
          checked += 1;
        }
      }
    }
    assert.equal(checked, accountRoutes.length * world.accounts.length * world.callers.length);
  });

  test('an outsider learns nothing: a missing account, a malformed id and a foreign account answer alike', async () => {
    const stranger = world.caller('stranger').token;
    const bodies = await Promise.all(
      [world.account('reseller').id, randomUUID(), 'not-a-uuid', "1' OR '1'='1"].map(async (id) => {
        const res = await t.http.get(`/api/accounts/${encodeURIComponent(id)}`).set('Authorization', `Bearer ${stranger}`);
        return [res.status, res.body];
      }),
    );
    for (const body of bodies) assert.deepEqual(body, bodies[0]);
    assert.equal(bodies[0]![0], 404);
  });

  test('a revoked session is refused on every route that is not public', async () => {
    const { accessToken } = await t.app.get(SessionsService).open(world.caller('resellerOwner').userId, {});
    assert.equal((await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${accessToken}`)).status, 204);
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const res = await send(route, pathFor(route, world.account('reseller').id), accessToken);
      assert.equal(res.status, 401, `${route.method} ${route.path}`);
    }
  });
});
