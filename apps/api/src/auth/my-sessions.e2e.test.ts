import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { SessionActivity } from '../access/session-activity.js';
import { PASSWORD, signedInAs, signedInOwner, uniqueEmail, useTestApp } from '../testing/api-harness.js';

const CHROME_ON_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

interface ListedSession {
  id: string;
  device: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** Issue 20, part 4: a person lists their sessions and signs out one or all others; it counts on the next request. */
describe('a person\'s own sessions: GET /api/me/sessions, DELETE /api/me/sessions/{sessionId}, POST /api/me/sessions/revoke-others', () => {
  const { t, db } = useTestApp();

  const signIn = async (email: string, userAgent: string) => {
    const res = await t.http.post('/api/auth/login').set('User-Agent', userAgent).send({ email, password: PASSWORD });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.accessToken as string;
  };
  const list = async (token: string) => {
    const res = await signedInAs(t, token).get('/api/me/sessions');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { data: ListedSession[]; total: number };
  };
  const meStatus = async (token: string) => (await signedInAs(t, token).get('/api/me')).status;

  test('lists the active sessions newest first with device, address and times, the current one marked', async () => {
    const email = uniqueEmail('sessions-list');
    const { token: first } = await signedInOwner(t, email);
    const chrome = await signIn(email, CHROME_ON_MAC);
    const firefox = await signIn(email, FIREFOX_ON_WINDOWS);

    const { data, total } = await list(chrome);
    assert.equal(total, 3);
    assert.deepEqual(data.map((s) => s.device), ['Firefox 133 on Windows 10', 'Chrome 131 on macOS Catalina', 'Unknown device']);
    assert.deepEqual(data.map((s) => s.current), [false, true, false]);
    for (const session of data) {
      assert.ok(Date.parse(session.lastSeenAt) >= Date.parse(session.createdAt) - 1000, JSON.stringify(session));
    }
    assert.equal(typeof data[0]!.ip, 'string');
    assert.ok(first && firefox);
  });

  test('signing out another session refuses its token on the next request, and is in the security log', async () => {
    const email = uniqueEmail('sessions-revoke');
    const { userId } = await signedInOwner(t, email);
    const mine = await signIn(email, CHROME_ON_MAC);
    const other = await signIn(email, FIREFOX_ON_WINDOWS);
    assert.equal(await meStatus(other), 200);

    const otherId = (await list(mine)).data.find((s) => s.device.startsWith('Firefox'))!.id;
    assert.equal((await signedInAs(t, mine).delete(`/api/me/sessions/${otherId}`)).status, 204);
    assert.equal(await meStatus(other), 401, 'the signed-out session is refused at once');
    assert.equal(await meStatus(mine), 200);
    assert.ok(!(await list(mine)).data.some((s) => s.id === otherId));
    // Twice is as unknown as never.
    assert.equal((await signedInAs(t, mine).delete(`/api/me/sessions/${otherId}`)).body.code, 'SESSION_NOT_FOUND');

    const events = await db.securityEvent.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
    assert.deepEqual(events.map((event) => event.action), ['session.revoked']);
  });

  test("another person's session is 404 SESSION_NOT_FOUND and stays signed in; so is a malformed id", async () => {
    const me = await signedInOwner(t, uniqueEmail('sessions-me'));
    const someoneEmail = uniqueEmail('sessions-someone');
    await signedInOwner(t, someoneEmail);
    const someone = await signIn(someoneEmail, CHROME_ON_MAC);
    const theirId = (await list(someone)).data.find((s) => s.current)!.id;

    const res = await signedInAs(t, me.token).delete(`/api/me/sessions/${theirId}`);
    assert.equal(res.status, 404);
    assert.equal(res.body.code, 'SESSION_NOT_FOUND');
    assert.equal(await meStatus(someone), 200);
    assert.equal((await signedInAs(t, me.token).delete('/api/me/sessions/not-a-session')).status, 404);
  });

  test('signing out everywhere else keeps only the current session', async () => {
    const email = uniqueEmail('sessions-others');
    const { userId, token: older } = await signedInOwner(t, email);
    const other = await signIn(email, FIREFOX_ON_WINDOWS);
    const mine = await signIn(email, CHROME_ON_MAC);

    const res = await signedInAs(t, mine).post('/api/me/sessions/revoke-others');
    assert.deepEqual([res.status, res.body], [200, { revoked: 2 }]);
    assert.deepEqual([await meStatus(older), await meStatus(other), await meStatus(mine)], [401, 401, 200]);
    assert.deepEqual((await list(mine)).data.map((s) => s.current), [true]);
    assert.deepEqual((await signedInAs(t, mine).post('/api/me/sessions/revoke-others')).body, { revoked: 0 });
    const events = await db.securityEvent.findMany({ where: { userId } });
    assert.deepEqual(events.map((event) => event.action), ['session.revoked-others']);
  });

  test('last seen is written at most once a minute: most requests write nothing', async () => {
    const email = uniqueEmail('sessions-last-seen');
    await signedInOwner(t, email);
    const token = await signIn(email, CHROME_ON_MAC);
    const sessionId = (await db.session.findFirstOrThrow({ where: { user: { username: email } }, orderBy: { createdAt: 'desc' } })).id;
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: longAgo } });
    const activity = t.app.get(SessionActivity);
    const version = async () =>
      (await db.$queryRaw<{ xmin: string; last_seen_at: Date }[]>`SELECT xmin::text, last_seen_at FROM session WHERE id = ${sessionId}::uuid`)[0]!;

    const sentBefore = activity.updatesSent;
    assert.equal(await meStatus(token), 200);
    let marked = await version();
    for (let wait = 0; marked.last_seen_at.getTime() === longAgo.getTime() && wait < 50; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      marked = await version();
    }
    assert.ok(Date.now() - marked.last_seen_at.getTime() < 10_000, 'the first request marks the session as seen');

    const REQUESTS = 50;
    for (let i = 0; i < REQUESTS; i++) assert.equal(await meStatus(token), 200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await version();
    const updates = activity.updatesSent - sentBefore;
    console.info(`last seen: ${updates} UPDATE for ${REQUESTS + 1} requests of one session; row version ${marked.xmin} -> ${after.xmin}`);
    assert.equal(updates, 1, 'one UPDATE for the first request, none for the next ones within the minute');
    assert.equal(after.xmin, marked.xmin, 'the row was not written again');

    // Another process (its own memory empty) finds the row seen within the minute: its UPDATE writes nothing.
    const otherProcess = new SessionActivity((activity as unknown as { pool: ConstructorParameters<typeof SessionActivity>[0] }).pool);
    otherProcess.seen(sessionId);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await version()).xmin, marked.xmin, "another process's mark within the minute writes no row");
  });
});
