import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { useTestApp } from '../testing/api-harness.js';

describe('social posts, ads, lookalike audiences and stores (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });


  test('a social post goes draft → published → unpublished; publishing twice is a 409; every move is audited', async () => {
    const base = `/api/accounts/${world.account('standalone').id}/social/posts`;
    const created = await as('soloCc').post(base, { network: 'LINKEDIN', body: 'We are hiring' });
    assert.equal(created.status, 201);
    assert.deepEqual([created.body.state, created.body.version, created.headers.etag], ['DRAFT', 1, '"1"']);
    const id = created.body.id as string;

    assert.equal((await as('soloCc').post(`${base}/${id}/publish`, {}, '"1"')).status, 403, 'a Campaign Creator cannot publish');
    const published = await as('soloAm').post(`${base}/${id}/publish`, {}, '"1"');
    assert.equal(published.status, 200);
    assert.equal(published.body.state, 'PUBLISHED');
    assert.ok(published.body.publishedAt);
    assert.equal(published.headers.etag, '"2"');

    const again = await as('soloAm').post(`${base}/${id}/publish`, {}, '"2"');
    assert.deepEqual([again.status, again.body.code], [409, 'INVALID_STATE_TRANSITION']);

    // A Campaign Creator sees the post but may not edit it once published; a manager may.
    assert.equal((await as('soloCc').get(`${base}/${id}`)).body.state, 'PUBLISHED');
    const ccEdit = await as('soloCc').patch(`${base}/${id}`, { body: 'Edited' }, '"2"');
    assert.deepEqual([ccEdit.status, ccEdit.body.code], [403, 'PUBLISH_PERMISSION_REQUIRED']);

    const unpublished = await as('soloAm').post(`${base}/${id}/unpublish`, {}, '"2"');
    assert.deepEqual([unpublished.status, unpublished.body.state, unpublished.body.version], [200, 'UNPUBLISHED', 3]);
    const edited = await as('soloCc').patch(`${base}/${id}`, { body: 'Back to work' }, '"3"');
    assert.deepEqual([edited.status, edited.body.body, edited.body.version], [200, 'Back to work', 4]);

    const actions = (await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    assert.deepEqual(actions, ['social-post.created', 'social-post.published', 'social-post.unpublished', 'social-post.updated']);

    assert.equal((await as('soloAm').delete(`${base}/${id}`, '"4"')).status, 204);
    assert.equal((await as('soloAm').get(`${base}/${id}`)).body.code, 'SOCIAL_POST_NOT_FOUND');
  });

  test('post rules: 280 characters on X, a schedule in the future, filters and paging', async () => {
    const base = `/api/accounts/${world.account('directClient').id}/social/posts`;
    const tooLong = await as('directCc').post(base, { network: 'X', body: 'x'.repeat(281) });
    assert.deepEqual([tooLong.status, tooLong.body.code], [400, 'POST_TOO_LONG_FOR_NETWORK']);
    assert.equal((await as('directCc').post(base, { network: 'FACEBOOK', body: 'x'.repeat(3001) })).body.code, 'VALIDATION_FAILED');
    const facebook = await as('directCc').post(base, { network: 'FACEBOOK', body: 'x'.repeat(281) });
    assert.equal(facebook.status, 201);
    // Moving a long Facebook post to X would break the limit too.
    assert.equal((await as('directCc').patch(`${base}/${facebook.body.id}`, { network: 'X' }, '"1"')).body.code, 'POST_TOO_LONG_FOR_NETWORK');

    const past = await as('directAm').post(`${base}/${facebook.body.id}/schedule`, { scheduledAt: new Date(Date.now() - 60_000).toISOString() }, '"1"');
    assert.deepEqual([past.status, past.body.code], [400, 'SCHEDULE_IN_PAST']);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await as('directAm').post(`${base}/${facebook.body.id}/schedule`, { scheduledAt: at }, '"1"');
    assert.deepEqual([scheduled.status, scheduled.body.state, scheduled.body.scheduledAt], [200, 'SCHEDULED', at]);
    // Through the partner: the reseller's Partner Manager has every client cell.
    assert.equal((await as('resellerPm').patch(`${base}/${facebook.body.id}`, { body: 'fixed' }, '"2"')).status, 200);

    const list = await as('directCc').get(`${base}?filter=${encodeURIComponent('{"state":"SCHEDULED","network":"FACEBOOK"}')}&perPage=1`);
    assert.deepEqual([list.status, list.body.total, list.body.data.length], [200, 1, 1]);
    assert.equal((await as('directCc').get(`${base}?filter=${encodeURIComponent('{"state":"LIVE"}')}`)).body.code, 'INVALID_FILTER');
    assert.equal((await as('directCc').get(`${base}?sort=body`)).body.code, 'INVALID_SORT');
    // A key that names a member of Object.prototype is as unknown as any other (it answered 500 once).
    const client = world.account('directClient').id;
    for (const area of ['social/posts', 'ads/google', 'ads/meta', 'ads/lead', 'stores']) {
      for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
        const res = await as('directOwner').get(`/api/accounts/${client}/${area}?filter=${encodeURIComponent(JSON.stringify({ [key]: 1 }))}`);
        assert.deepEqual([res.status, res.body.code], [400, 'UNKNOWN_FILTER'], `${area} ${key}`);
      }
    }
  });

  test('If-Match on a post: 428 without it, and of two concurrent writers one wins, the other gets 412 with the current post', async () => {
    const base = `/api/accounts/${world.account('standalone').id}/social/posts`;
    const { body: post } = await as('soloAm').post(base, { network: 'INSTAGRAM', body: 'first' });
    const missing = await as('soloAm').patch(`${base}/${post.id}`, { body: 'no header' });
    assert.deepEqual([missing.status, missing.body.code], [428, 'PRECONDITION_REQUIRED']);

    const results = await Promise.all([
      as('soloAm').patch(`${base}/${post.id}`, { body: 'from Ann' }, '"1"'),
      as('soloOwner').patch(`${base}/${post.id}`, { body: 'from Bob' }, '"1"'),
    ]);
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 412)!;
    assert.equal(loser.body.code, 'VERSION_CONFLICT');
    assert.deepEqual([loser.body.details.current.body, loser.body.details.current.version], [winner.body.body, 2]);
    const stored = await db.socialPost.findUniqueOrThrow({ where: { accountId_id: { accountId: world.account('standalone').id, id: post.id } } });
    assert.deepEqual([stored.body, stored.version], [winner.body.body, 2]);
  });

  test('comments: recorded on a post, answered once per version read', async () => {
    const account = world.account('standalone').id;
    const { body: post } = await as('soloAm').post(`/api/accounts/${account}/social/posts`, { network: 'FACEBOOK', body: 'Open house Saturday' });
    const comment = await as('soloAm').post(`/api/accounts/${account}/social/posts/${post.id}/comments`, { author: 'Pat', body: 'What time?' });
    assert.equal(comment.status, 201);
    assert.equal((await as('soloCc').get(`/api/accounts/${account}/social/posts/${post.id}/comments`)).status, 403);
    assert.equal((await as('soloAm').post(`/api/accounts/${account}/social/posts/${randomUUID()}/comments`, { author: 'P', body: 'b' })).body.code, 'SOCIAL_POST_NOT_FOUND');

    const respond = `/api/accounts/${account}/social/comments/${comment.body.id}/respond`;
    const answered = await as('soloAm').post(respond, { response: 'At ten.' }, '"1"');
    assert.deepEqual([answered.status, answered.body.response, answered.body.respondedById], [200, 'At ten.', world.caller('soloAm').userId]);
    assert.equal((await as('soloOwner').post(respond, { response: 'At noon.' }, '"1"')).body.code, 'VERSION_CONFLICT');
    const list = await as('soloOwner').get(`/api/accounts/${account}/social/posts/${post.id}/comments`);
    assert.deepEqual([list.body.total, list.body.data[0].response], [1, 'At ten.']);
  });

  test('ad channels: a Campaign Creator views Meta ads but cannot create them, and cannot see Google Ads', async () => {
    const account = world.account('standalone').id;
    const ad = { name: 'Spring', headline: 'Homes near you', budgetCents: 25_000 };
    const meta = await as('soloAm').post(`/api/accounts/${account}/ads/meta`, ad);
    assert.deepEqual([meta.status, meta.body.channel, meta.body.state], [201, 'META', 'DRAFT']);
    const google = await as('soloAm').post(`/api/accounts/${account}/ads/google`, ad);
    assert.equal(google.status, 201);

    assert.equal((await as('soloCc').get(`/api/accounts/${account}/ads/meta/${meta.body.id}`)).status, 200);
    const list = await as('soloCc').get(`/api/accounts/${account}/ads/meta`);
    assert.deepEqual([list.status, list.body.data.map((a: { id: string }) => a.id)], [200, [meta.body.id]], 'each channel lists only its own');
    assert.equal((await as('soloCc').post(`/api/accounts/${account}/ads/meta`, ad)).status, 403);
    assert.equal((await as('soloCc').get(`/api/accounts/${account}/ads/google`)).status, 403);
    assert.equal((await as('soloCc').get(`/api/accounts/${account}/ads/lead`)).status, 200);
    // An ad is found only through its own channel.
    assert.equal((await as('soloAm').get(`/api/accounts/${account}/ads/google/${meta.body.id}`)).body.code, 'AD_NOT_FOUND');

    assert.equal((await as('soloAm').post(`/api/accounts/${account}/ads/lead`, { ...ad, budgetCents: 99 })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloAm').post(`/api/accounts/${account}/ads/lead`, { ...ad, budgetCents: 10_000_001 })).body.code, 'VALIDATION_FAILED');

    const published = await as('soloOwner').post(`/api/accounts/${account}/ads/google/${google.body.id}/publish`, {}, '"1"');
    assert.equal(published.body.state, 'PUBLISHED');
    const patched = await as('soloOwner').patch(`/api/accounts/${account}/ads/google/${google.body.id}`, { budgetCents: 50_000 }, '"2"');
    assert.deepEqual([patched.body.budgetCents, patched.body.state, patched.body.version], [50_000, 'PUBLISHED', 3]);
    assert.equal((await as('soloOwner').delete(`/api/accounts/${account}/ads/google/${google.body.id}`, '"2"')).body.code, 'VERSION_CONFLICT');
    assert.equal((await as('soloOwner').delete(`/api/accounts/${account}/ads/google/${google.body.id}`, '"3"')).status, 204);
    const audit = await db.auditEvent.findMany({ where: { targetId: google.body.id }, orderBy: { id: 'asc' } });
    assert.deepEqual(audit.map((e) => e.action), ['ad.created', 'ad.published', 'ad.updated', 'ad.deleted']);
  });

  test('a lookalike audience captures the size of its source list when made', async () => {
    const account = world.account('directClient').id;
    const list = await db.contactList.create({ data: { accountId: account, name: `Buyers ${randomUUID()}` } });
    for (let i = 0; i < 3; i += 1) {
      const email = `buyer-${i}-${randomUUID()}@example.test`;
      const contact = await db.contact.create({ data: { accountId: account, email, emailKey: email } });
      await db.listMember.create({ data: { accountId: account, listId: list.id, contactId: contact.id } });
    }
    const created = await as('directAm').post(`/api/accounts/${account}/ads/lookalikes`, { name: 'Like buyers', sourceListId: list.id, country: 'US' });
    assert.deepEqual([created.status, created.body.sourceSize], [201, 3]);

    const other = await db.contactList.create({ data: { accountId: world.account('standalone').id, name: `Elsewhere ${randomUUID()}` } });
    assert.equal((await as('resellerPm').post(`/api/accounts/${account}/ads/lookalikes`, { name: 'x', sourceListId: other.id, country: 'US' })).body.code, 'UNKNOWN_LIST');
    assert.equal((await as('directAm').post(`/api/accounts/${account}/ads/lookalikes`, { name: 'x', sourceListId: list.id, country: 'usa' })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('directCc').post(`/api/accounts/${account}/ads/lookalikes`, { name: 'x', sourceListId: list.id, country: 'US' })).status, 403);

    const seen = await as('directCc').get(`/api/accounts/${account}/ads/lookalikes`);
    assert.deepEqual([seen.status, seen.body.total], [200, 1]);
    assert.equal((await as('directAm').delete(`/api/accounts/${account}/ads/lookalikes/${created.body.id}`)).status, 428);
    assert.equal((await as('directAm').delete(`/api/accounts/${account}/ads/lookalikes/${created.body.id}`, '"1"')).status, 204);
  });

  test('stores: ISO 4217 currency, publish and unpublish without a schedule', async () => {
    const base = `/api/accounts/${world.account('standalone').id}/stores`;
    assert.equal((await as('soloAm').post(base, { name: 'Shop', currency: 'XYZ' })).body.code, 'VALIDATION_FAILED');
    const store = await as('soloAm').post(base, { name: 'Shop', currency: 'EUR' });
    assert.deepEqual([store.status, store.body.state], [201, 'DRAFT']);
    assert.equal((await as('soloCc').get(base)).status, 403);
    assert.equal((await as('soloAm').post(`${base}/${store.body.id}/unpublish`, {}, '"1"')).body.code, 'INVALID_STATE_TRANSITION');
    const published = await as('soloAm').post(`${base}/${store.body.id}/publish`, {}, '"1"');
    assert.deepEqual([published.body.state, published.headers.etag], ['PUBLISHED', '"2"']);
    const unpublished = await as('soloAm').post(`${base}/${store.body.id}/unpublish`, {}, '"2"');
    assert.equal(unpublished.body.state, 'UNPUBLISHED');
    const renamed = await as('soloAm').patch(`${base}/${store.body.id}`, { name: 'Shop 2' }, '"3"');
    assert.deepEqual([renamed.body.name, renamed.body.currency], ['Shop 2', 'EUR']);
    assert.equal((await as('soloAm').get(`${base}/not-a-uuid`)).body.code, 'STORE_NOT_FOUND');
  });

  test('the reads, moves and refusals the other tests do not reach answer as documented', async () => {
    const account = world.account('standalone').id;
    const api = `/api/accounts/${account}`;
    const missing = randomUUID();

    // Social: a schedule too far ahead, a comment list and a response for things that are not there.
    const { body: post } = await as('soloAm').post(`${api}/social/posts`, { network: 'X', body: 'Soon' });
    const farAhead = new Date(Date.now() + 400 * 24 * 3_600_000).toISOString();
    assert.equal((await as('soloAm').post(`${api}/social/posts/${post.id}/schedule`, { scheduledAt: farAhead }, '"1"')).body.code, 'SCHEDULE_TOO_FAR');
    const posts = await as('soloAm').get(`${api}/social/posts?filter=${encodeURIComponent('{"network":"X"}')}`);
    assert.ok(posts.body.data.some((p: { id: string }) => p.id === post.id));
    assert.equal((await as('soloAm').get(`${api}/social/posts/${missing}/comments`)).body.code, 'SOCIAL_POST_NOT_FOUND');
    assert.equal((await as('soloAm').post(`${api}/social/comments/${missing}/respond`, { response: 'Hi' }, '"1"')).body.code, 'SOCIAL_COMMENT_NOT_FOUND');
    assert.equal((await as('soloAm').post(`${api}/social/posts/${missing}/publish`, {}, '"1"')).body.code, 'SOCIAL_POST_NOT_FOUND');
    assert.equal((await as('soloAm').delete(`${api}/social/posts/${missing}`, '"1"')).body.code, 'SOCIAL_POST_NOT_FOUND');

    // An ad scheduled, published, unpublished and edited, on the lead channel.
    const { body: ad } = await as('soloAm').post(`${api}/ads/lead`, { name: 'Open house', headline: 'Come by', budgetCents: 1_000 });
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await as('soloAm').post(`${api}/ads/lead/${ad.id}/schedule`, { scheduledAt: at }, '"1"');
    assert.deepEqual([scheduled.status, scheduled.body.state, scheduled.body.scheduledAt], [200, 'SCHEDULED', at]);
    const published = await as('soloAm').post(`${api}/ads/lead/${ad.id}/publish`, {}, '"2"');
    assert.deepEqual([published.body.state, published.body.scheduledAt], ['PUBLISHED', null]);
    assert.equal((await as('soloAm').post(`${api}/ads/lead/${ad.id}/unpublish`, {}, '"3"')).body.state, 'UNPUBLISHED');
    assert.equal((await as('soloAm').post(`${api}/ads/lead/${ad.id}/unpublish`, {}, '"4"')).body.code, 'INVALID_STATE_TRANSITION');
    assert.equal((await as('soloAm').get(`${api}/ads/lead/${ad.id}`)).body.version, 4);
    assert.equal((await as('soloAm').patch(`${api}/ads/lead/${missing}`, { name: 'x' }, '"1"')).body.code, 'AD_NOT_FOUND');

    // A lookalike audience read, and one that is not there.
    const list = await db.contactList.create({ data: { accountId: account, name: `Source ${randomUUID()}` } });
    const { body: lookalike } = await as('soloAm').post(`${api}/ads/lookalikes`, { name: 'Like none', sourceListId: list.id, country: 'CA' });
    const read = await as('soloAm').get(`${api}/ads/lookalikes/${lookalike.id}`);
    assert.deepEqual([read.status, read.body.sourceListId, read.body.sourceSize, read.headers.etag], [200, list.id, 0, '"1"']);
    assert.equal((await as('soloAm').get(`${api}/ads/lookalikes/${missing}`)).body.code, 'LOOKALIKE_NOT_FOUND');
    assert.equal((await as('soloAm').delete(`${api}/ads/lookalikes/${missing}`, '"1"')).body.code, 'LOOKALIKE_NOT_FOUND');

    // A store listed, read and deleted.
    const { body: store } = await as('soloAm').post(`${api}/stores`, { name: 'Outlet', currency: 'USD' });
    const stores = await as('soloAm').get(`${api}/stores?filter=${encodeURIComponent('{"q":"Outlet"}')}`);
    assert.ok(stores.body.data.some((s: { id: string }) => s.id === store.id));
    assert.deepEqual([(await as('soloAm').get(`${api}/stores/${store.id}`)).body.publishedAt, store.currency], [null, 'USD']);
    assert.equal((await as('soloAm').delete(`${api}/stores/${store.id}`, '"1"')).status, 204);
    assert.equal((await as('soloAm').post(`${api}/stores/${store.id}/publish`, {}, '"1"')).body.code, 'STORE_NOT_FOUND');
  });
});
