import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { type OwnService, startOwnRedis } from '@partner-portal/db/testing';
import type { Redis } from 'ioredis';
import { REDIS } from '../redis/redis.module.js';
import { signedInAs, signedInOwner, startTestApp, type TestApp, useTestApp } from '../testing/api-harness.js';

/**
 * Who else is editing a record, end to end on real PostgreSQL and Redis: marks come and go at once,
 * lapse when not renewed, reach a caller waiting on another API process through pub/sub, and are seen
 * only by those who may read the record. Marks lapse after 6 s here (PRESENCE_TTL_SECONDS), so that
 * a closed tab can be waited for.
 */
const TTL_SECONDS = 6;
const HEARTBEAT_SECONDS = 2;
const PRESENCE_ENV = { PRESENCE_TTL_SECONDS: String(TTL_SECONDS), PRESENCE_HEARTBEAT_SECONDS: String(HEARTBEAT_SECONDS) };

interface Presence {
  others: { userId: string; name: string | null; email: string; since: string }[];
  revision: string;
  heartbeatSeconds: number;
  expirySeconds: number;
}

const presenceOf = (accountId: string, resource: string, recordId?: string) => `/api/accounts/${accountId}/presence/${resource}${recordId ? `/${recordId}` : ''}`;
const names = (presence: Presence) => presence.others.map((other) => other.name ?? other.email);

describe('presence: who else is editing a record (real PostgreSQL and Redis)', () => {
  const { t, db, world, as } = useTestApp({ world: { listAccess: true }, env: PRESENCE_ENV });
  let solo: string;

  /** A campaign of its own per test, so that no mark of another test is in view. */
  const newCampaign = async (accountId = solo) =>
    (
      await db.campaign.create({
        data: { accountId, name: `Spring sale ${randomUUID().slice(0, 6)}`, subject: 'Spring', fromName: 'Solo', fromEmail: 'solo@solo.test', bodyHtml: '<p>Spring</p>' },
      })
    ).id;

  /** One call of an editing screen: join or renew, and, with a revision, wait for a change. */
  const stay = (caller: string, path: string, editorId: string, revision?: string, app: TestApp = t) =>
    signedInAs(app, world.caller(caller).token).post(path, { editorId, ...(revision ? { revision } : {}) });
  const leave = (caller: string, path: string, editorId: string, app: TestApp = t) =>
    signedInAs(app, world.caller(caller).token).delete(`${path}?editorId=${editorId}`);

  /** A waiting call, started now; answers its response and when it came. */
  const waiting = (caller: string, path: string, editorId: string, revision: string, app: TestApp = t) =>
    stay(caller, path, editorId, revision, app).then((res) => ({ res, at: Date.now() }));

  beforeAll(async () => {
    solo = world.account('standalone').id;
    for (const [key, name] of [
      ['soloOwner', 'Erin Example'],
      ['soloAm', 'Sam Second'],
      ['resellerPm', 'Parker Partner'],
      ['directOwner', 'Dana Direct'],
    ]) {
      await db.user.update({ where: { id: world.caller(key!).userId }, data: { name } });
    }
  });

  test('two people on one campaign see each other, by name, from their first call; nobody sees themselves, a second tab is shown once', async () => {
    const path = presenceOf(solo, 'campaigns', await newCampaign());
    const [erin, erinSecondTab, sam] = [randomUUID(), randomUUID(), randomUUID()];

    const first = await stay('soloOwner', path, erin);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual((first.body as Presence).others, []);
    assert.deepEqual([first.body.heartbeatSeconds, first.body.expirySeconds], [HEARTBEAT_SECONDS, TTL_SECONDS]);

    const second = await stay('soloAm', path, sam);
    assert.equal(second.status, 200);
    assert.deepEqual(names(second.body), ['Erin Example']);
    const [erinSeen] = (second.body as Presence).others;
    assert.equal(erinSeen!.userId, world.caller('soloOwner').userId);
    assert.match(erinSeen!.email, /^soloowner-/);
    assert.ok(Math.abs(Date.parse(erinSeen!.since) - Date.now()) < 10_000, `since ${erinSeen!.since}`);

    // The first is told as soon as it asks again, without waiting.
    const again = await stay('soloOwner', path, erin);
    assert.deepEqual(names(again.body), ['Sam Second']);

    // The same person in a second tab: still one mark for the others, and never one for themselves.
    const secondTab = await stay('soloOwner', path, erinSecondTab);
    assert.deepEqual(names(secondTab.body), ['Sam Second']);
    const samSees = await stay('soloAm', path, sam);
    assert.deepEqual(names(samSees.body), ['Erin Example']);
    assert.equal(samSees.body.others[0].since, erinSeen!.since, 'since is when the first screen opened');
  });

  test('a waiting call answers at once when someone joins or leaves, through another API process too (pub/sub)', async () => {
    // A second API process on the same database, Redis and key prefix, trusting the same tokens.
    const other = await startTestApp({ ...PRESENCE_ENV, REDIS_PREFIX: t.config.REDIS_PREFIX, JWT_SECRET: t.config.JWT_SECRET });
    try {
      const path = presenceOf(solo, 'campaigns', await newCampaign());
      const [erin, sam] = [randomUUID(), randomUUID()];
      const alone = (await stay('soloOwner', path, erin)).body as Presence;

      // Erin waits on the first process; Sam opens the campaign on the second.
      const erinWaits = waiting('soloOwner', path, erin, alone.revision);
      await sleep(300);
      const joined = await stay('soloAm', path, sam, undefined, other);
      const joinedAt = Date.now();
      const heard = await erinWaits;
      const appearMs = heard.at - joinedAt;
      assert.equal(heard.res.status, 200);
      assert.deepEqual(names(heard.res.body), ['Sam Second'], 'the change, not the heartbeat, ended the wait');
      assert.deepEqual(names(joined.body), ['Erin Example']);

      // Sam waits on the second process; Erin leaves on the first.
      const samWaits = waiting('soloAm', path, sam, joined.body.revision, other);
      await sleep(300);
      const left = await leave('soloOwner', path, erin);
      const leftAt = Date.now();
      assert.equal(left.status, 204);
      const heardLeave = await samWaits;
      const disappearMs = heardLeave.at - leftAt;
      assert.deepEqual(heardLeave.res.body.others, []);
      console.info(`presence across two API processes: a join was heard ${appearMs} ms after it was answered, a leave ${disappearMs} ms after`);
      assert.ok(appearMs < 2_000, `the join was heard after ${appearMs} ms`);
      assert.ok(disappearMs < 2_000, `the leave was heard after ${disappearMs} ms`);

      // Leaving twice, or a screen that never joined, is no error.
      assert.equal((await leave('soloOwner', path, erin)).status, 204);
      assert.equal((await leave('soloOwner', path, randomUUID(), other)).status, 204);
    } finally {
      await other.close();
    }
  });

  test('a call with an unchanged revision waits for the heartbeat at most, and renews the mark', async () => {
    const path = presenceOf(solo, 'campaigns', await newCampaign());
    const [erin, sam] = [randomUUID(), randomUUID()];
    await stay('soloAm', path, sam);
    const seen = (await stay('soloOwner', path, erin)).body as Presence;
    // Both keep their screens open past the expiry, each renewing through its waiting calls.
    const started = Date.now();
    let samRevision = (await stay('soloAm', path, sam)).body.revision as string;
    let erinRevision = seen.revision;
    while (Date.now() - started < (TTL_SECONDS + 2) * 1000) {
      const [erinAnswer, samAnswer] = await Promise.all([waiting('soloOwner', path, erin, erinRevision), waiting('soloAm', path, sam, samRevision)]);
      assert.deepEqual(names(erinAnswer.res.body), ['Sam Second']);
      assert.deepEqual(names(samAnswer.res.body), ['Erin Example']);
      assert.equal(erinAnswer.res.body.revision, erinRevision, 'nothing changed');
      erinRevision = erinAnswer.res.body.revision;
      samRevision = samAnswer.res.body.revision;
    }
    const one = Date.now();
    await waiting('soloOwner', path, erin, erinRevision);
    const waited = Date.now() - one;
    // Bounds with room for a loaded machine.
    assert.ok(waited >= HEARTBEAT_SECONDS * 1000 - 100 && waited < HEARTBEAT_SECONDS * 1000 + 5_000, `an unchanged call waited ${waited} ms`);
  });

  test('a tab that closes without a word lapses: gone after the expiry, and a waiting caller hears it then', async () => {
    const path = presenceOf(solo, 'campaigns', await newCampaign());
    const [erin, sam] = [randomUUID(), randomUUID()];
    await stay('soloOwner', path, erin);
    const lastRenewed = Date.now();
    // Sam opens the campaign and stays, renewing; Erin's tab is gone and renews nothing.
    let seen = (await stay('soloAm', path, sam)).body as Presence;
    assert.deepEqual(names(seen), ['Erin Example']);
    while (seen.others.length > 0 && Date.now() - lastRenewed < (TTL_SECONDS + HEARTBEAT_SECONDS + 5) * 1000) {
      seen = (await stay('soloAm', path, sam, seen.revision)).body as Presence;
    }
    const lapsedAfter = Date.now() - lastRenewed;
    console.info(`presence: a mark not renewed disappeared ${lapsedAfter} ms after its last renewal (expiry ${TTL_SECONDS} s)`);
    assert.deepEqual(seen.others, []);
    assert.ok(lapsedAfter >= TTL_SECONDS * 1000 - 200, `lapsed after ${lapsedAfter} ms, before the expiry`);
    // Within a second of the expiry on a quiet machine; room for a loaded one.
    assert.ok(lapsedAfter < TTL_SECONDS * 1000 + 5_000, `lapsed after ${lapsedAfter} ms`);
    // What lapsed is gone from Redis too, not only from the answer.
    const marks = await t.app.get<Redis>(REDIS).zrange(`${t.config.REDIS_PREFIX}:presence:{${solo}:campaigns:${path.split('/').pop()}}`, 0, -1);
    assert.deepEqual(marks, [`${world.caller('soloAm').userId}:${sam}`]);
  });

  test('outside the account nothing is there: a stranger and another account get 404, a role that cannot read the record 403, a record of another account 404', async () => {
    const campaign = await newCampaign();
    const path = presenceOf(solo, 'campaigns', campaign);
    await stay('soloOwner', path, randomUUID());

    const stranger = await stay('stranger', path, randomUUID());
    assert.deepEqual([stranger.status, stranger.body.code], [404, 'ACCOUNT_NOT_FOUND']);
    const strangerLeaves = await leave('stranger', path, randomUUID());
    assert.deepEqual([strangerLeaves.status, strangerLeaves.body.code], [404, 'ACCOUNT_NOT_FOUND']);
    // Partner staff reach their clients, never a standalone account.
    const partner = await stay('resellerOwner', path, randomUUID());
    assert.deepEqual([partner.status, partner.body.code], [404, 'ACCOUNT_NOT_FOUND']);
    // The campaign through an account that does not hold it.
    const direct = world.account('directClient').id;
    const foreign = await stay('directOwner', presenceOf(direct, 'campaigns', campaign), randomUUID());
    assert.deepEqual([foreign.status, foreign.body.code], [404, 'CAMPAIGN_NOT_FOUND']);
    const malformed = await stay('soloOwner', presenceOf(solo, 'campaigns', 'not-a-uuid'), randomUUID());
    assert.deepEqual([malformed.status, malformed.body.code], [404, 'CAMPAIGN_NOT_FOUND']);

    // A Campaign Creator may not read contacts or the account's settings: it sees nobody there either.
    const contact = world.listAccess!.contacts.granted;
    const forbidden = await stay('soloCc', presenceOf(solo, 'contacts', contact), randomUUID());
    assert.deepEqual([forbidden.status, forbidden.body.code], [403, 'FORBIDDEN']);
    const settings = await stay('soloCc', presenceOf(solo, 'settings'), randomUUID());
    assert.deepEqual([settings.status, settings.body.code], [403, 'FORBIDDEN']);

    // Bad input: a 400 with a code.
    const noEditor = await as('soloOwner').post(path, {});
    assert.deepEqual([noEditor.status, noEditor.body.code], [400, 'VALIDATION_FAILED']);
    const badRevision = await as('soloOwner').post(path, { editorId: randomUUID(), revision: '../../x' });
    assert.deepEqual([badRevision.status, badRevision.body.code], [400, 'VALIDATION_FAILED']);
    const badLeave = await as('soloOwner').delete(`${path}?editorId=nope`);
    assert.deepEqual([badLeave.status, badLeave.body.code], [400, 'VALIDATION_FAILED']);
  });

  test('a member restricted to chosen lists sees no presence on a contact or a list it cannot read, and is seen only where it may read', async () => {
    const { contacts, lists } = world.listAccess!;
    const owner = randomUUID();
    for (const path of [presenceOf(solo, 'contacts', contacts.hidden), presenceOf(solo, 'lists', lists.hidden), presenceOf(solo, 'contacts', contacts.granted), presenceOf(solo, 'lists', lists.granted)]) {
      assert.equal((await stay('soloOwner', path, owner)).status, 200);
    }

    // VIEW on the granted list only: the hidden contact and list do not exist for it.
    const hiddenContact = await stay('soloAmView', presenceOf(solo, 'contacts', contacts.hidden), randomUUID());
    assert.deepEqual([hiddenContact.status, hiddenContact.body.code], [404, 'CONTACT_NOT_FOUND']);
    const hiddenList = await stay('soloAmView', presenceOf(solo, 'lists', lists.hidden), randomUUID());
    assert.deepEqual([hiddenList.status, hiddenList.body.code], [404, 'LIST_NOT_FOUND']);
    for (const member of ['soloAmSend', 'soloAmNoList']) {
      const contact = await stay(member, presenceOf(solo, 'contacts', contacts.granted), randomUUID());
      assert.deepEqual([contact.status, contact.body.code], [404, 'CONTACT_NOT_FOUND'], `${member} cannot read the contact`);
    }
    const noList = await stay('soloAmNoList', presenceOf(solo, 'lists', lists.granted), randomUUID());
    assert.deepEqual([noList.status, noList.body.code], [404, 'LIST_NOT_FOUND']);

    // What it may read, it sees the others on: a contact on its list, the list (SEND shows the list itself too).
    const viewer = randomUUID();
    const grantedContact = await stay('soloAmView', presenceOf(solo, 'contacts', contacts.granted), viewer);
    assert.equal(grantedContact.status, 200);
    assert.deepEqual(names(grantedContact.body), ['Erin Example']);
    const sendList = await stay('soloAmSend', presenceOf(solo, 'lists', lists.granted), randomUUID());
    assert.deepEqual([sendList.status, names(sendList.body)], [200, ['Erin Example']]);

    // The owner sees the restricted member only where its calls were let through.
    const ownerOnHidden = await stay('soloOwner', presenceOf(solo, 'contacts', contacts.hidden), owner);
    assert.deepEqual(ownerOnHidden.body.others, []);
    const ownerOnGranted = await stay('soloOwner', presenceOf(solo, 'contacts', contacts.granted), owner);
    assert.deepEqual(
      ownerOnGranted.body.others.map((other: { userId: string }) => other.userId),
      [world.caller('soloAmView').userId],
    );
  });

  test("partner staff acting in a client account show by name to the client's people, and see them", async () => {
    const direct = world.account('directClient').id;
    const path = presenceOf(direct, 'campaigns', await newCampaign(direct));
    const parker = await stay('resellerPm', path, randomUUID());
    assert.equal(parker.status, 200, JSON.stringify(parker.body));
    const dana = await stay('directOwner', path, randomUUID());
    assert.deepEqual(names(dana.body), ['Parker Partner']);
    assert.equal(dana.body.others[0].userId, world.caller('resellerPm').userId);
    const parkerAgain = await stay('resellerPm', path, randomUUID());
    assert.deepEqual(names(parkerAgain.body), ['Dana Direct']);
  });

  test('one-per-account records (settings, business profile, newsletter archive) have presence too, guarded like their GET', async () => {
    const settings = presenceOf(solo, 'settings');
    assert.equal((await stay('soloOwner', settings, randomUUID())).status, 200);
    const sam = await stay('soloAm', settings, randomUUID());
    assert.deepEqual([sam.status, names(sam.body)], [200, ['Erin Example']]);
    // The business profile is the owner's alone (business-profile.update): an Account Manager gets 403.
    const profile = presenceOf(solo, 'business-profile');
    assert.deepEqual((await stay('soloOwner', profile, randomUUID())).body.others, []);
    assert.equal((await stay('soloAm', profile, randomUUID())).status, 403);
    // The archive's settings: account.settings.manage, which a Campaign Creator does not hold.
    const archive = presenceOf(solo, 'archive');
    assert.equal((await stay('soloOwner', archive, randomUUID())).status, 200);
    assert.deepEqual(names((await stay('soloAm', archive, randomUUID())).body), ['Erin Example']);
    assert.equal((await stay('soloCc', archive, randomUUID())).status, 403);
  });
});

describe('presence while Redis is down (its own server)', () => {
  let redis: OwnService;
  let t: TestApp;
  let path: string;
  let settingsPath: string;
  let token: string;

  beforeAll(async () => {
    redis = await startOwnRedis();
    t = await startTestApp({ ...PRESENCE_ENV, REDIS_URL: redis.url });
    const owner = await signedInOwner(t);
    token = owner.token;
    path = presenceOf(owner.accountId, 'settings');
    settingsPath = `/api/accounts/${owner.accountId}/settings`;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await redis?.destroy();
  });

  test('presence answers 503 with Retry-After, a waiting call ends, editing goes on; presence is back when Redis is', async () => {
    const http = signedInAs(t, token);
    const editorId = randomUUID();
    const before = await http.post(path, { editorId });
    assert.equal(before.status, 200, JSON.stringify(before.body));

    const waitingCall = http.post(path, { editorId, revision: before.body.revision }).then((res) => ({ res, at: Date.now() }));
    await sleep(300);
    const stoppedAt = Date.now();
    await redis.stop();
    const ended = await waitingCall;
    console.info(`presence: a waiting call ended ${ended.at - stoppedAt} ms after Redis stopped, with ${ended.res.status}`);
    assert.equal(ended.res.status, 503, JSON.stringify(ended.res.body));
    assert.ok(ended.at - stoppedAt < 3_000, `the waiting call ended after ${ended.at - stoppedAt} ms`);

    for (const res of [await http.post(path, { editorId }), await http.delete(`${path}?editorId=${editorId}`)]) {
      assert.deepEqual([res.status, res.body.code, res.headers['retry-after']], [503, 'SERVICE_UNAVAILABLE', '5']);
    }
    // The record itself is read and written as ever.
    const settings = await http.get(settingsPath);
    assert.equal(settings.status, 200);
    const { locale, defaultFromName, defaultFromEmail } = settings.body;
    const saved = await http.put(settingsPath, { timeZone: 'Europe/Paris', locale, defaultFromName, defaultFromEmail }, settings.body.version);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));

    await redis.start();
    const backBy = Date.now() + 15_000;
    let back = await http.post(path, { editorId });
    while (back.status !== 200 && Date.now() < backBy) {
      await sleep(200);
      back = await http.post(path, { editorId });
    }
    assert.equal(back.status, 200, JSON.stringify(back.body));
    // Waiting works again too (the subscriber connection came back by itself).
    const again = await http.post(path, { editorId, revision: back.body.revision });
    assert.equal(again.status, 200);
  }, 60_000);
});
