import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { API_PREFIX } from '../app.factory.js';
import { useTestApp } from '../testing/api-harness.js';
import { listRoutes, type RegisteredRoute } from './route-inventory.js';

/**
 * The guard decides on the account in the path; each area must then look a record up inside that
 * account only. Every route that names a record is called by the owner of one account with the id of
 * a real record of another account: none may answer 2xx or echo the foreign record.
 */
describe('a record of another account is never reached through your own account', () => {
  const { t, db, world } = useTestApp({ world: true });
  let routes: RegisteredRoute[];
  /** Record ids of the standalone account, by route parameter (and, for ads and assets, by path). */
  const foreign = new Map<string, string>();

  beforeAll(async () => {
    routes = listRoutes(t.app, API_PREFIX);

    const accountId = world.account('standalone').id;
    const contact = await db.contact.create({ data: { accountId, email: 'Secret@Solo.test', emailKey: 'secret@solo.test' } });
    const list = await db.contactList.create({ data: { accountId, name: 'Secret list' } });
    await db.listMember.create({ data: { accountId, listId: list.id, contactId: contact.id } });
    const segment = await db.segment.create({ data: { accountId, name: 'Secret segment', rules: { match: 'all', rules: [] } } });
    const campaign = await db.campaign.create({
      data: { accountId, name: 'Secret campaign', subject: 'Secret', fromName: 'Solo', fromEmail: 'solo@solo.test', bodyHtml: '<p>secret</p>' },
    });
    const automation = await db.automation.create({
      data: { accountId, name: 'Secret series', trigger: 'CONTACT_BIRTHDAY', steps: [{ delayDays: 0, subject: 'Hi', bodyHtml: '<p>hi</p>' }] },
    });
    const asset = (kind: 'IMAGE' | 'LOGO') =>
      db.asset.create({ data: { accountId, kind, name: `Secret ${kind}`, mimeType: 'image/png', sizeBytes: 1, storageKey: `${accountId}/${kind}.png` } });
    const page = await db.landingPage.create({ data: { accountId, title: 'Secret page', slug: 'secret-solo-page', bodyHtml: '<p>secret</p>' } });
    const post = await db.socialPost.create({ data: { accountId, network: 'FACEBOOK', body: 'Secret post' } });
    const comment = await db.socialComment.create({ data: { accountId, postId: post.id, author: 'Someone', body: 'Secret comment' } });
    const ad = (channel: 'GOOGLE' | 'META' | 'META_LEAD') =>
      db.ad.create({ data: { accountId, channel, name: `Secret ${channel} ad`, headline: 'Secret', budgetCents: 1000 } });
    const lookalike = await db.lookalikeAudience.create({ data: { accountId, name: 'Secret audience', sourceListId: list.id, sourceSize: 1, country: 'US' } });
    const store = await db.store.create({ data: { accountId, name: 'Secret store' } });
    const invitation = await db.invitation.create({
      data: { accountId, email: 'secret-invitee@solo.test', username: 'secret-invitee@solo.test', role: 'CAMPAIGN_CREATOR', expiresAt: new Date(Date.now() + 3600_000) },
    });

    const library = (await asset('IMAGE')).id;
    const logo = (await asset('LOGO')).id;
    const ads = { google: (await ad('GOOGLE')).id, meta: (await ad('META')).id, lead: (await ad('META_LEAD')).id };
    const role = (await db.customRole.create({ data: { accountId, name: 'Secret role', actions: ['reports.view'] } })).id;
    // Presence names every kind of record :recordId, under presence/<resource>.
    const presence = {
      campaigns: campaign.id,
      automations: automation.id,
      contacts: contact.id,
      lists: list.id,
      segments: segment.id,
      'landing-pages': page.id,
      library,
      logos: logo,
      'social-posts': post.id,
      'ads-google': ads.google,
      'ads-meta': ads.meta,
      'ads-lead': ads.lead,
      stores: store.id,
      roles: role,
    };
    for (const [resource, id] of Object.entries(presence)) foreign.set(`recordId:presence/${resource}`, id);
    for (const [key, id] of Object.entries({
      contactId: contact.id,
      listId: list.id,
      segmentId: segment.id,
      campaignId: campaign.id,
      automationId: automation.id,
      'assetId:library': library,
      'assetId:logos': logo,
      pageId: page.id,
      postId: post.id,
      commentId: comment.id,
      'adId:google': ads.google,
      'adId:meta': ads.meta,
      'adId:lead': ads.lead,
      lookalikeId: lookalike.id,
      storeId: store.id,
      invitationId: invitation.id,
      roleId: role,
      userId: world.caller('soloAm').userId,
    })) {
      foreign.set(key, id);
    }
  });

  const recordId = (route: RegisteredRoute, param: string): string => {
    const byPath = [...foreign.keys()].find((key) => key.startsWith(`${param}:`) && route.path.includes(`/${key.split(':')[1]}`));
    const id = foreign.get(byPath ?? param);
    assert.ok(id, `no foreign record for :${param} in ${route.method} ${route.path}: add one to this test`);
    return id;
  };

  test('every route with a record id, as the owner of another account', async () => {
    const own = world.account('directClient').id;
    const token = world.caller('directOwner').token;
    const recordRoutes = routes.filter((route) => route.path.includes(':accountId') && /:(?!accountId\b)[A-Za-z]+Id\b/.test(route.path));
    assert.ok(recordRoutes.length >= 40, `only ${recordRoutes.length} routes name a record`);
    for (const route of recordRoutes) {
      const path = route.path.replace(':accountId', own).replace(/:([A-Za-z]+Id)\b/g, (_, param: string) => recordId(route, param));
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      let request = t.http[method](path).set('Authorization', `Bearer ${token}`).set('If-Match', '"1"');
      // A presence call with a valid body, so that it is the record's lookup that refuses.
      if (route.method !== 'GET' && route.method !== 'DELETE') request = request.send(route.path.includes('/presence/') ? { editorId: '00000000-0000-4000-8000-000000000001' } : {});
      const res = await request;
      const where = `${route.method} ${route.path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
      assert.ok(res.status >= 400 && res.status < 500, where);
      assert.notEqual(res.status, 412, `${where} (a 412 would hand over the foreign record)`);
      for (const id of foreign.values()) assert.ok(!JSON.stringify(res.body ?? '').includes(id), `${where} echoes a foreign id`);
    }
    // Nothing of the other account changed either.
    assert.equal(await db.contact.count({ where: { accountId: world.account('standalone').id } }), 1);
    assert.equal((await db.campaign.findFirstOrThrow({ where: { accountId: world.account('standalone').id } })).version, 1);
  });
});
