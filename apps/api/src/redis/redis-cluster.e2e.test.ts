import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createRedisClient, scanKeys } from '@partner-portal/db';
import { type OwnRedisCluster, startRedisCluster } from '@partner-portal/db/testing';
import { PasskeyChallenges } from '../auth/passkeys/passkey-challenges.js';
import { UsedTwoFactorTokens } from '../auth/two-factor/used-two-factor-tokens.service.js';
import { AppError } from '../common/app-error.js';
import { signedInAs, startTestApp, type TestApp, useTestApp } from '../testing/api-harness.js';

const presenceOf = (accountId: string, recordId: string) => `/api/accounts/${accountId}/presence/campaigns/${recordId}`;

/**
 * The API's Redis state on a three-master Redis Cluster that the test starts (REDIS_CLUSTER_NODES),
 * shared by two API processes: what one stores the other sees, so none of it fell back to a process's
 * own memory. Queues and sign-in throttling on a Cluster are in apps/worker/src/many-processes.e2e.test.ts.
 */
describe('the API on a Redis Cluster: two processes share token stores and presence', () => {
  let cluster: OwnRedisCluster;
  // Filled in before the app starts; REDIS_URL emptied, as the two may not be set together.
  const env: Record<string, string> = { REDIS_URL: '', JWT_SECRET: randomBytes(32).toString('hex') };
  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    env.REDIS_CLUSTER_NODES = cluster.nodes.join(',');
  });
  const { t, db, world } = useTestApp({ env, world: true });
  let other: TestApp;
  beforeAll(async () => {
    other = await startTestApp({ ...env, REDIS_PREFIX: t.config.REDIS_PREFIX });
  });
  afterAll(async () => {
    await other?.close();
  });
  afterAll(async () => {
    await cluster?.destroy();
  });

  const keysOnCluster = async () => {
    const client = createRedisClient({ url: '', clusterNodes: cluster.nodes });
    try {
      return await scanKeys(client, `${t.config.REDIS_PREFIX}:*`);
    } finally {
      client.disconnect();
    }
  };

  test('a two-step token used on one API process is used on the other', async () => {
    const token = { userId: randomUUID(), jti: randomUUID(), expiresAt: new Date(Date.now() + 60_000) };
    const [here, there] = [t.app.get(UsedTwoFactorTokens), other.app.get(UsedTwoFactorTokens)];
    assert.equal(await there.isUsed(token), false);
    assert.equal(await here.claim(token), true);
    assert.equal(await there.isUsed(token), true);
    assert.equal(await there.claim(token), false, 'the second claim, on the other process, loses');
    assert.ok((await keysOnCluster()).some((key) => key.endsWith(`:two-factor:used-token:${token.jti}`)));
  });

  test('a passkey challenge answered on one API process is refused on the other', async () => {
    const refusal = () => new AppError(400, 'PASSKEY_CHALLENGE_GONE', 'gone');
    const challenge = randomBytes(16).toString('base64url');
    const token = await t.app.get(PasskeyChallenges).issue('passkey-authentication', challenge);
    assert.equal(await other.app.get(PasskeyChallenges).take(token, 'passkey-authentication', refusal), challenge);
    await assert.rejects(t.app.get(PasskeyChallenges).take(token, 'passkey-authentication', refusal), (error: unknown) => error instanceof AppError);
    assert.ok((await keysOnCluster()).some((key) => key.endsWith(`:passkey-challenge:${challenge}`)));
  });

  test("presence: a waiting editor on one process hears another's arrival on the other (pub/sub and scripts on the Cluster)", async () => {
    const accountId = world.account('standalone').id;
    const campaign = await db.campaign.create({
      data: { accountId, name: `Cluster ${randomUUID().slice(0, 6)}`, subject: 'Spring', fromName: 'Solo', fromEmail: 'solo@solo.test', bodyHtml: '<p>Spring</p>' },
    });
    const path = presenceOf(accountId, campaign.id);
    const [erin, sam] = [randomUUID(), randomUUID()];
    const owner = signedInAs(t, world.caller('soloOwner').token);
    const alone = await owner.post(path, { editorId: erin });
    assert.equal(alone.status, 200, JSON.stringify(alone.body));
    assert.deepEqual(alone.body.others, []);

    const waited = owner.post(path, { editorId: erin, revision: alone.body.revision });
    await sleep(300);
    const joined = await signedInAs(other, world.caller('soloAm').token).post(path, { editorId: sam });
    const joinedAt = Date.now();
    assert.equal(joined.status, 200, JSON.stringify(joined.body));
    assert.equal(joined.body.others.length, 1, 'the second process sees the first editor');
    const heard = await waited;
    const heardMs = Date.now() - joinedAt;
    assert.equal(heard.status, 200);
    assert.deepEqual(
      heard.body.others.map((o: { userId: string }) => o.userId),
      [world.caller('soloAm').userId],
    );
    assert.ok(heardMs < 2_000, `the arrival was heard after ${heardMs} ms: the change, not the heartbeat, ended the wait`);
    assert.ok((await keysOnCluster()).some((key) => key.includes(':presence:{')), 'the marks are on the Cluster');
  });
});
