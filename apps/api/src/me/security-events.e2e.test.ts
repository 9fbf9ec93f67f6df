import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { PASSWORD, signedInOwner, uniqueEmail, useTestApp } from '../testing/api-harness.js';

const CHROME_ON_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

interface ListedEvent {
  id: string;
  action: string;
  createdAt: string;
  ip: string | null;
  device: string;
}

/** Issue 20, part 7: every change to a person's sign-in is in their security log, which they can read. */
describe("a person's own security log: GET /api/me/security-events", () => {
  const { t, db } = useTestApp();

  const list = async (token: string, query = '') => {
    const res = await t.http.get(`/api/me/security-events${query}`).set('Authorization', `Bearer ${token}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { data: ListedEvent[]; total: number };
  };

  test('lists what the person did, newest first, with the address and the device it came from', async () => {
    const email = uniqueEmail('security-log');
    const signup = await t.http.post('/api/auth/signup').set('User-Agent', CHROME_ON_MAC).send({ email, password: PASSWORD, accountName: 'Log Studio' });
    assert.equal(signup.status, 202);
    await db.user.update({ where: { username: email.toLowerCase() }, data: { emailVerifiedAt: new Date() } });
    const login = await t.http.post('/api/auth/login').set('User-Agent', FIREFOX_ON_WINDOWS).send({ email, password: PASSWORD });
    const token = login.body.accessToken as string;
    const rename = await t.http.patch('/api/me').set('Authorization', `Bearer ${token}`).set('User-Agent', FIREFOX_ON_WINDOWS).send({ name: 'Logan' });
    assert.equal(rename.status, 200, JSON.stringify(rename.body));

    const { data, total } = await list(token);
    assert.equal(total, 2);
    assert.deepEqual(
      data.map((event) => [event.action, event.device]),
      [
        ['name.changed', 'Firefox 133 on Windows 10'],
        ['signup', 'Chrome 131 on macOS Catalina'],
      ],
    );
    assert.ok(Date.parse(data[0]!.createdAt) >= Date.parse(data[1]!.createdAt));
    assert.equal(typeof data[0]!.ip, 'string');
    assert.deepEqual(Object.keys(data[0]!).sort(), ['action', 'createdAt', 'device', 'id', 'ip']);
  });

  test("pages like every list, and never shows another person's events", async () => {
    const me = await signedInOwner(t, uniqueEmail('security-log-pages'));
    const someone = await signedInOwner(t, uniqueEmail('security-log-someone'));
    const start = Date.now() - 60_000;
    await db.securityEvent.createMany({
      data: ['one', 'two', 'three'].map((what, index) => ({ userId: me.userId, action: `test.${what}`, createdAt: new Date(start + index * 1000) })),
    });
    await db.securityEvent.create({ data: { userId: someone.userId, action: 'test.theirs', ip: '203.0.113.9' } });

    const first = await list(me.token, '?perPage=2');
    assert.equal(first.total, 3);
    assert.deepEqual(first.data.map((event) => event.action), ['test.three', 'test.two']);
    assert.deepEqual((await list(me.token, '?perPage=2&page=2')).data.map((event) => event.action), ['test.one']);
    assert.deepEqual((await list(me.token, '?sort=createdAt')).data.map((event) => event.action), ['test.one', 'test.two', 'test.three']);
    assert.equal((await list(me.token, '?perPage=2')).data[0]!.device, 'Unknown device', 'no user agent recorded');
    assert.deepEqual((await list(someone.token)).data.map((event) => event.action), ['test.theirs']);
  });

  test('is for signed-in people only, and takes only the sorts it knows', async () => {
    assert.equal((await t.http.get('/api/me/security-events')).status, 401);
    const me = await signedInOwner(t, uniqueEmail('security-log-sort'));
    const res = await t.http.get('/api/me/security-events?sort=action').set('Authorization', `Bearer ${me.token}`);
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'INVALID_SORT');
  });
});
