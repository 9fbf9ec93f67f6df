import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, test } from '@jest/globals';
import { ACTIONS, can, isAction } from '@partner-portal/permissions';
import { API_PREFIX } from '../app.factory.js';
import { SessionsService } from '../auth/sessions.service.js';
import { useTestApp } from '../testing/api-harness.js';
import { firstAllowed } from '../testing/fixture-world.js';
import { listRoutes, type RegisteredRoute } from './route-inventory.js';

/**
 * Every registered route × every caller of the fixture world × every account of it: outsiders get
 * 404, callers whose grants can() refuses get 403, everyone else is let through. Routes added later
 * are swept without touching this test. A second dimension: members restricted to chosen lists, at
 * each level, against every route that names a list or a contact or lists them.
 */
const LIST_ACCESS_CODES = ['LIST_RESTRICTED', 'LIST_ACCESS_DENIED', 'LIST_MEMBERS_HIDDEN', 'LIST_NOT_SENDABLE'];

/** Routes that name a list or a contact, or list, export or search contacts, lists, a segment's contacts or a campaign's recipients. */
const LISTING = /\/(contacts|lists|members|recipients)(\/export)?$/;
const isListOrContactScoped = (route: RegisteredRoute) =>
  route.access !== 'public' && route.access !== 'signed-in' && (/:(listId|contactId)\b/.test(route.path) || (route.method === 'GET' && LISTING.test(route.path)));

// Thousands of requests each: about a minute on a quiet 2-core machine, over five on a loaded CI run.
const SWEEP_TIMEOUT_MS = 600_000;
const SWEEP_CONCURRENCY = 8;

/** Runs `work` over `items`, at most `size` at once. */
async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work));
}

describe('authorization sweep over every registered route', () => {
  const { t, world } = useTestApp({ env: { LOGIN_MAX_FAILURES_PER_IP: '100000' }, world: { listAccess: true } });
  let routes: RegisteredRoute[];

  beforeAll(async () => {
    routes = listRoutes(t.app, API_PREFIX);
  });

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

  /** The first caller of the fixture world that may call the route, and an account where it may (any signed-in caller for a signed-in route). */
  const allowedOn = (route: RegisteredRoute) => {
    const allowed = firstAllowed(world, route.access === 'signed-in' ? 'account' : route.access!);
    assert.ok(allowed, `no fixture caller may call ${route.method} ${route.path}`);
    return allowed;
  };

  test('every list route refuses a filter key it does not declare, prototype names included: 400 UNKNOWN_FILTER', async () => {
    const listRoutes = routes.filter((route) => route.paged && route.access !== 'public');
    assert.ok(listRoutes.length >= 20, `only ${listRoutes.length} list routes found`);
    for (const route of listRoutes) {
      const { account, caller } = allowedOn(route);
      for (const key of ['notAFilter', 'constructor', '__proto__', 'toString']) {
        const filter = encodeURIComponent(JSON.stringify({ [key]: 1 }));
        const res = await t.http.get(`${pathFor(route, account.id)}?filter=${filter}`).set('Authorization', `Bearer ${caller.token}`);
        assert.deepEqual([res.status, res.body.code], [400, 'UNKNOWN_FILTER'], `${route.path} with ${key}: ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
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
      const allowed = allowedOn(route);
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
  }, SWEEP_TIMEOUT_MS);

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
    // The restricted members belong to the standalone account only; elsewhere they are outsiders, as the stranger is.
    const callersIn = (accountKey: string) => world.callers.filter((caller) => accountKey === 'standalone' || !world.restrictionOf(caller.key));
    let checked = 0;
    const pairs = world.accounts.flatMap((account) => callersIn(account.key).map((caller) => ({ account, caller })));
    for (const route of accountRoutes) {
      // Every record id is made up and every body empty, so the calls of one route are independent: a few at a time.
      await inBatches(pairs, SWEEP_CONCURRENCY, async ({ account, caller }) => {
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
          // A member restricted to chosen lists may meet its list access (the next test); never a refusal of its role.
          const refusedByListAccess = world.restrictionOf(caller.key) !== undefined && res.status === 403 && LIST_ACCESS_CODES.includes(res.body?.code);
          assert.ok(![401, 403].includes(res.status) || refusedByListAccess, where);
          assert.notEqual(res.body?.code, 'ACCOUNT_NOT_FOUND', where);
          assert.ok(res.status < 500, where);
        }
        checked += 1;
      });
    }
    assert.equal(checked, accountRoutes.length * world.accounts.reduce((sum, account) => sum + callersIn(account.key).length, 0));
  }, SWEEP_TIMEOUT_MS);

  test('restricted members × every list- and contact-scoped route: 404 outside their access, their level decides inside', async () => {
    const fixtures = world.listAccess!;
    const { lists, contacts } = fixtures;
    const account = world.account('standalone');
    const scoped = routes.filter(isListOrContactScoped);
    for (const expected of [
      'GET /api/accounts/:accountId/lists',
      'GET /api/accounts/:accountId/lists/:listId/members',
      'DELETE /api/accounts/:accountId/lists/:listId/members/:contactId',
      'GET /api/accounts/:accountId/contacts',
      'PATCH /api/accounts/:accountId/contacts/:contactId',
      'GET /api/accounts/:accountId/contacts/export',
      'GET /api/accounts/:accountId/segments/:segmentId/contacts',
      'GET /api/accounts/:accountId/campaigns/:campaignId/recipients',
    ]) {
      assert.ok(scoped.some((route) => `${route.method} ${route.path}` === expected), `${expected} is swept`);
    }

    // What the lists hold, read as the database's owner.
    const membersOf = async (listId: string) =>
      new Set((await t.ownerDb.listMember.findMany({ where: { listId }, select: { contactId: true } })).map((row) => row.contactId));
    const members = new Map([[lists.granted, await membersOf(lists.granted)], [lists.hidden, await membersOf(lists.hidden)]]);
    const recipients = new Set(
      (await t.ownerDb.campaignRecipient.findMany({ where: { campaignId: fixtures.campaign }, select: { contactId: true } })).map((row) => row.contactId),
    );
    const fixtureIds = new Set<string>([...Object.values(lists), ...Object.values(contacts)]);

    const call = (route: RegisteredRoute, path: string, token: string) => {
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      // A stale If-Match and an empty body: a write let through is refused by the route itself, and changes nothing.
      const request = t.http[method](path).set('Authorization', `Bearer ${token}`).set('If-Match', '"999"');
      return route.method === 'GET' || route.method === 'DELETE' ? request : request.send({});
    };
    const listed = (res: { body: { data?: { id?: string; contactId?: string }[] }; text: string; type: string }) =>
      res.type === 'text/csv'
        ? res.text.trim().split('\n').slice(1).map((line) => line.split(',')[0]!)
        : (res.body.data ?? []).map((row) => row.contactId ?? row.id!);

    let checked = 0;
    for (const member of fixtures.members) {
      const caller = world.caller(member.key);
      const [grant] = world.grantsOf(member.key, 'standalone');
      const seenLists = new Set(member.level ? [lists.granted] : []);
      const seenContacts = new Set(member.level === 'VIEW' || member.level === 'MANAGE' ? [contacts.granted, contacts.both] : []);
      const visible = (ids: Iterable<string>) => [...ids].filter((id) => seenContacts.has(id)).sort();

      for (const route of scoped) {
        const listChoices = route.path.includes(':listId') ? [lists.granted, lists.hidden] : [undefined];
        const contactChoices = route.path.includes(':contactId') ? Object.values(contacts) : [undefined];
        for (const listId of listChoices) {
          for (const contactId of contactChoices) {
            const path = route.path
              .replace(':accountId', account.id)
              .replace(':listId', listId ?? '')
              .replace(':contactId', contactId ?? '')
              .replace(':segmentId', fixtures.segment)
              .replace(':campaignId', fixtures.campaign)
              .replace(/:[A-Za-z]+/g, () => randomUUID());
            const res = await call(route, path, caller.token);
            const where = `${route.method} ${route.path} as ${member.key} (list ${listId === lists.granted ? 'granted' : listId ? 'hidden' : '-'}, contact ${
              Object.entries(contacts).find(([, id]) => id === contactId)?.[0] ?? '-'
            }): ${res.status} ${res.body?.code ?? ''}`;
            checked += 1;

            // Restrictions never grant more than the role.
            if (!can(grant!, route.access as never, account.target)) {
              assert.deepEqual([res.status, res.body.code], [403, 'FORBIDDEN'], where);
              continue;
            }
            // Outside its access, a list or a contact does not exist for the member.
            if (listId && !seenLists.has(listId)) {
              assert.deepEqual([res.status, res.body.code], [404, 'LIST_NOT_FOUND'], where);
              continue;
            }
            if (contactId && !seenContacts.has(contactId)) {
              assert.deepEqual([res.status, res.body.code], [404, 'CONTACT_NOT_FOUND'], where);
              continue;
            }
            if (route.method !== 'GET') {
              // Changing a list or its members takes MANAGE; a contact it sees, its role decides.
              if (listId && member.level !== 'MANAGE') {
                assert.deepEqual([res.status, res.body.code], [403, 'LIST_ACCESS_DENIED'], where);
              } else {
                assert.ok(![401, 403, 404].includes(res.status) && res.status < 500, where);
                if (res.status < 300 && listId && contactId) await t.ownerDb.listMember.createMany({ data: [{ accountId: account.id, listId, contactId }], skipDuplicates: true });
              }
              continue;
            }
            if (route.path.endsWith('/:listId/members') && member.level === 'SEND') {
              assert.deepEqual([res.status, res.body.code], [403, 'LIST_MEMBERS_HIDDEN'], where);
              continue;
            }
            assert.equal(res.status, 200, where);
            if (route.path.endsWith('/lists/:listId')) {
              // SEND and up: the list's name and real size.
              assert.deepEqual([res.body.id, res.body.access, res.body.memberCount], [listId, member.level, members.get(listId!)!.size], where);
              continue;
            }
            // A listing: nothing the member may not see, and a total that tells no more than the page.
            const shown = listed(res);
            for (const id of shown.filter((id) => fixtureIds.has(id))) assert.ok(seenLists.has(id) || seenContacts.has(id), `${where} shows ${id}`);
            if (typeof res.body.total === 'number') assert.equal(res.body.total, shown.length, `${where}: total`);
            if (route.path.endsWith('/lists')) {
              assert.deepEqual(shown, [...seenLists], where);
              for (const list of res.body.data) assert.deepEqual([list.access, list.memberCount], [member.level, members.get(list.id)!.size], where);
            } else if (route.path.endsWith('/:listId/members')) {
              assert.deepEqual(shown.sort(), visible(members.get(listId!)!), where);
            } else if (route.path.endsWith('/recipients')) {
              assert.deepEqual(shown.sort(), visible(recipients), where);
            } else if (route.path.endsWith('/contacts') || route.path.endsWith('/contacts/export')) {
              assert.deepEqual(shown.sort(), visible(Object.values(contacts)), where);
            }
          }
        }
      }
    }
    assert.ok(checked >= fixtures.members.length * scoped.length, `only ${checked} calls`);
  }, SWEEP_TIMEOUT_MS);

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
