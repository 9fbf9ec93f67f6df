import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, test } from '@jest/globals';
import { LANDING_PAGE_CSP } from '../content/public-pages.controller.js';
import { useTestApp } from '../testing/api-harness.js';

/** The newsletter archive, end to end on the real database: settings, listings, public pages and feeds. */
describe('newsletter archive', () => {
  const { t, db, world, as } = useTestApp({ world: true });
  let solo: string;
  let archiveSlug: string;
  const archivePath = () => `/api/accounts/${solo}/archive`;
  const publicPath = (rest = '') => `/api/public/archive/${archiveSlug}${rest}`;

  async function listOf(name: string): Promise<string> {
    const list = await db.contactList.create({ data: { accountId: solo, name: `${name} ${randomUUID().slice(0, 8)}` } });
    const email = `${randomUUID().slice(0, 8)}@reader.test`;
    const contact = await db.contact.create({ data: { accountId: solo, email, emailKey: email } });
    await db.listMember.create({ data: { accountId: solo, listId: list.id, contactId: contact.id } });
    return list.id;
  }

  /** A campaign written by the Campaign Creator and sent by `sender` (its author) through the API; the worker's last step (SENT) is written directly. */
  async function sent(sender: string, subject: string, listId: string, bodyHtml = `<p>${subject}</p>`) {
    const created = await as('soloCc').post(`/api/accounts/${solo}/campaigns`, { name: subject, subject, fromName: 'Solo', fromEmail: 'news@solo.test', bodyHtml, listIds: [listId] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const sending = await as(sender).post(`/api/accounts/${solo}/campaigns/${created.body.id}/send`, {}, created.body.version);
    assert.equal(sending.status, 200, JSON.stringify(sending.body));
    await db.campaign.update({ where: { accountId_id: { accountId: solo, id: created.body.id } }, data: { status: 'SENT', sentAt: new Date() } });
    const stored = await db.campaign.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: created.body.id } } });
    return { id: created.body.id as string, slug: stored.archiveSlug! };
  }

  async function turnOn(fields: { listByDefault?: boolean; enabled?: boolean } = {}) {
    const current = await as('soloOwner').get(archivePath());
    const saved = await as('soloOwner').put(archivePath(), { slug: archiveSlug, enabled: fields.enabled ?? true, listByDefault: fields.listByDefault ?? true }, current.body.version);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    return saved.body;
  }

  beforeAll(() => {
    solo = world.account('standalone').id;
    archiveSlug = `solo-${randomUUID().slice(0, 8)}`;
  });

  test('off until turned on; its settings need account.settings.manage and an If-Match', async () => {
    const first = await as('soloOwner').get(archivePath());
    assert.deepEqual([first.status, first.body.version, first.body.enabled, first.body.listByDefault], [200, 0, false, true]);
    assert.match(first.body.slug, /^[a-z0-9-]+$/);
    assert.equal((await as('soloCc').get(archivePath())).status, 403);
    assert.equal((await as('stranger').get(archivePath())).status, 404);
    assert.equal((await t.http.get(publicPath())).body.code, 'ARCHIVE_NOT_FOUND');
    assert.equal((await as('soloOwner').put(archivePath(), { slug: archiveSlug, enabled: true, listByDefault: true })).status, 428);
    assert.equal((await as('soloOwner').put(archivePath(), { slug: 'Not A Slug', enabled: true, listByDefault: true }, 0)).body.code, 'VALIDATION_FAILED');
    const saved = await turnOn();
    assert.deepEqual([saved.version, saved.enabled, saved.slug], [1, true, archiveSlug]);
    assert.ok(saved.url.endsWith(`/api/public/archive/${archiveSlug}`));
    assert.equal((await as('soloOwner').put(archivePath(), { slug: archiveSlug, enabled: true, listByDefault: true }, 0)).body.code, 'VERSION_CONFLICT');
    const audit = await db.auditEvent.findFirst({ where: { accountId: solo, action: 'archive.updated' } });
    assert.ok(audit, 'the change is in the audit log');
  });

  test("another account cannot take an archive's address", async () => {
    const other = world.account('directClient').id;
    const taken = await as('directOwner').put(`/api/accounts/${other}/archive`, { slug: archiveSlug, enabled: false, listByDefault: true }, 0);
    assert.deepEqual([taken.status, taken.body.code], [409, 'ARCHIVE_SLUG_TAKEN']);
  });

  test('sent campaigns are listed newest first, per author, searchable, with feeds; unlisting shows on the next request', async () => {
    await turnOn();
    const list = await listOf('Readers');
    const older = await sent('soloAm', 'Autumn harvest notes', list);
    const newer = await sent('soloOwner', 'Winter sale {{ first_name }}', list, '<p>Hi {{ first_name }}!</p><script>alert(1)</script><img src="https://img.test/a.png" onerror="x()">');
    const draft = await as('soloCc').post(`/api/accounts/${solo}/campaigns`, { name: 'Draft', subject: 'Not sent yet', fromName: 'Solo', fromEmail: 'news@solo.test', bodyHtml: '<p>x</p>' });

    const page = await t.http.get(publicPath());
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type'], /^text\/html/);
    assert.equal(page.headers['cache-control'], 'public, no-cache');
    assert.ok(page.text.indexOf('Winter sale') < page.text.indexOf('Autumn harvest notes'), 'newest first');
    assert.ok(!page.text.includes('Not sent yet'), 'a draft is never listed');
    assert.ok(!page.text.includes(draft.body.id));

    const again = await t.http.get(publicPath()).set('If-None-Match', page.headers.etag);
    assert.equal(again.status, 304);

    const searched = await t.http.get(publicPath(`?q=${encodeURIComponent('HARVEST')}`));
    assert.ok(searched.text.includes('Autumn harvest notes') && !searched.text.includes('Winter sale'));

    const campaign = await t.http.get(publicPath(`/campaigns/${newer.slug}`));
    assert.equal(campaign.status, 200);
    assert.match(campaign.headers['content-security-policy'], /sandbox/);
    assert.ok(campaign.text.includes('<p>Hi !</p>'), 'merge fields are gone');
    assert.ok(!campaign.text.includes('<script') && !campaign.text.includes('onerror'), 'sanitized like a landing page');

    const authors = await as('soloOwner').get(archivePath());
    const cc = authors.body.authors.find((author: { userId: string }) => author.userId === world.caller('soloAm').userId);
    assert.ok(cc && cc.url, JSON.stringify(authors.body.authors));
    const authorPage = await t.http.get(new URL(cc.url).pathname);
    assert.ok(authorPage.text.includes('Autumn harvest notes') && !authorPage.text.includes('Winter sale'), 'an author page lists theirs only');
    assert.ok(page.text.includes(cc.url), "the account page links every author's page");

    const rss = await t.http.get(publicPath('/feed.rss'));
    assert.match(rss.headers['content-type'], /^application\/rss\+xml/);
    assert.match(rss.text, /<rss version="2.0"/);
    assert.ok(rss.text.includes(`/campaigns/${older.slug}`) && rss.text.includes(`/campaigns/${newer.slug}`));
    const atom = await t.http.get(new URL(cc.url).pathname + '/feed.atom');
    assert.match(atom.text, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.ok(atom.text.includes(`/campaigns/${older.slug}`) && !atom.text.includes(`/campaigns/${newer.slug}`));

    assert.equal((await as('soloCc').put(`/api/accounts/${solo}/campaigns/${newer.id}/archive`, { choice: 'UNLISTED' })).status, 403, 'listing needs campaigns.send');
    const unlisted = await as('soloAm').put(`/api/accounts/${solo}/campaigns/${newer.id}/archive`, { choice: 'UNLISTED' });
    assert.deepEqual([unlisted.status, unlisted.body.listed, unlisted.body.url], [200, false, null]);
    const afterUnlisting = await t.http.get(publicPath()).set('If-None-Match', page.headers.etag);
    assert.equal(afterUnlisting.status, 200, 'the old ETag no longer matches');
    assert.ok(!afterUnlisting.text.includes('Winter sale'));
    assert.equal((await t.http.get(publicPath(`/campaigns/${newer.slug}`))).body.code, 'ARCHIVE_PAGE_NOT_FOUND');

    const notSent = await as('soloAm').put(`/api/accounts/${solo}/campaigns/${draft.body.id}/archive`, { choice: 'LISTED' });
    assert.deepEqual([notSent.status, notSent.body.code], [409, 'CAMPAIGN_NOT_SENT']);

    await turnOn({ enabled: false });
    assert.equal((await t.http.get(publicPath())).body.code, 'ARCHIVE_NOT_FOUND');
    assert.equal((await t.http.get(publicPath(`/campaigns/${older.slug}`))).status, 404);
    assert.equal((await t.http.get(publicPath('/feed.rss'))).status, 404);
  });

  test('a campaign of a restricted list, or any with the default "none", is listed only on purpose', async () => {
    await turnOn();
    const restrictedList = await listOf('Board');
    await db.listAccess.create({ data: { accountId: solo, userId: world.caller('soloCc').userId, listId: restrictedList, level: 'VIEW' } }).catch(() => undefined);
    const board = await sent('soloOwner', 'Board minutes', restrictedList);
    const listing = await as('soloOwner').get(`/api/accounts/${solo}/campaigns/${board.id}/archive`);
    assert.deepEqual([listing.body.choice, listing.body.restricted, listing.body.listed], ['DEFAULT', true, false]);
    assert.ok(!(await t.http.get(publicPath())).text.includes('Board minutes'));
    const listed = await as('soloOwner').put(`/api/accounts/${solo}/campaigns/${board.id}/archive`, { choice: 'LISTED' });
    assert.deepEqual([listed.body.listed, new URL(listed.body.url).pathname], [true, `/api/public/archive/${archiveSlug}/campaigns/${board.slug}`]);
    assert.ok((await t.http.get(publicPath())).text.includes('Board minutes'));

    const plainList = await listOf('Plain');
    const quiet = await sent('soloOwner', 'Quiet news', plainList);
    await turnOn({ listByDefault: false });
    const page = await t.http.get(publicPath());
    assert.ok(!page.text.includes('Quiet news') && page.text.includes('Board minutes'), 'with the default "none", only what was listed on purpose');
    await as('soloOwner').put(`/api/accounts/${solo}/campaigns/${quiet.id}/archive`, { choice: 'LISTED' });
    assert.ok((await t.http.get(publicPath())).text.includes('Quiet news'));
  });

  test("an author who leaves keeps their campaigns on the account's page; their own page can be removed", async () => {
    await turnOn({ listByDefault: true });
    const list = await listOf('Alumni');
    await sent('soloAm', 'Farewell issue', list);
    const view = await as('soloOwner').get(archivePath());
    const author = view.body.authors.find((entry: { userId: string }) => entry.userId === world.caller('soloAm').userId);
    // The author leaves the account.
    await db.membership.delete({ where: { accountId_userId: { accountId: solo, userId: author.userId } } });
    const authorPath = new URL(author.url).pathname;
    assert.equal((await t.http.get(authorPath)).status, 200);

    assert.equal((await as('soloCc').delete(`${archivePath()}/authors/${author.userId}`)).status, 403);
    assert.equal((await as('soloOwner').delete(`${archivePath()}/authors/${randomUUID()}`)).body.code, 'AUTHOR_NOT_FOUND');
    assert.equal((await as('soloOwner').delete(`${archivePath()}/authors/${author.userId}`)).status, 204);
    assert.equal((await t.http.get(authorPath)).body.code, 'ARCHIVE_PAGE_NOT_FOUND');
    assert.equal((await t.http.get(`${authorPath}/feed.rss`)).status, 404);
    const page = await t.http.get(publicPath());
    assert.ok(page.text.includes('Farewell issue') && !page.text.includes(authorPath), "their campaigns stay, without a link to a page that is gone");
  });

  test('the preview shows what the archive would, for any campaign; the public side refuses malformed addresses', async () => {
    const draft = await as('soloCc').post(`/api/accounts/${solo}/campaigns`, { name: 'Preview', subject: 'Preview me', fromName: 'Solo', fromEmail: 'news@solo.test', bodyHtml: '<p>Dear {{name}},</p><iframe src="https://evil.test"></iframe>' });
    const preview = await as('soloCc').get(`/api/accounts/${solo}/campaigns/${draft.body.id}/archive/preview`);
    assert.equal(preview.status, 200);
    assert.match(preview.headers['content-security-policy'], /sandbox/);
    assert.ok(preview.text.includes('<p>Dear ,</p>') && !preview.text.includes('iframe'));
    assert.equal((await as('stranger').get(`/api/accounts/${solo}/campaigns/${draft.body.id}/archive/preview`)).status, 404);
    assert.equal((await t.http.get('/api/public/archive/Not_A_Slug')).status, 404);
    assert.equal((await t.http.get(publicPath('?page=0'))).body.code, 'INVALID_PAGE');
  });
});

describe('newsletter archive on the pages origin (PUBLIC_PAGES_URL)', () => {
  const PAGES = 'pages.example.test:8443';
  const { t, db, world, as } = useTestApp({ env: { PUBLIC_PAGES_URL: `https://${PAGES}` }, world: true });

  test("it is served only there, at /archive/...; the portal's addresses for it redirect there, query and all", async () => {
    const solo = world.account('standalone').id;
    const slug = `own-origin-${randomUUID().slice(0, 8)}`;
    const saved = await as('soloOwner').put(`/api/accounts/${solo}/archive`, { slug, enabled: true, listByDefault: true }, 0);
    assert.deepEqual([saved.body.url, saved.body.feeds.rss], [`https://${PAGES}/archive/${slug}`, `https://${PAGES}/archive/${slug}/feed.rss`]);

    const list = await db.contactList.create({ data: { accountId: solo, name: `Origin ${slug}` } });
    const contact = await db.contact.create({ data: { accountId: solo, email: `${slug}@reader.test`, emailKey: `${slug}@reader.test` } });
    await db.listMember.create({ data: { accountId: solo, listId: list.id, contactId: contact.id } });
    const created = await as('soloCc').post(`/api/accounts/${solo}/campaigns`, { name: 'Origin', subject: 'Own origin news', fromName: 'Solo', fromEmail: 'news@solo.test', bodyHtml: '<p>Hello</p>', listIds: [list.id] });
    assert.equal((await as('soloOwner').post(`/api/accounts/${solo}/campaigns/${created.body.id}/send`, {}, 1)).status, 200);
    await db.campaign.update({ where: { accountId_id: { accountId: solo, id: created.body.id } }, data: { status: 'SENT', sentAt: new Date() } });

    const fromPortal = await t.http.get(`/api/public/archive/${slug}?q=news`);
    assert.deepEqual([fromPortal.status, fromPortal.headers.location], [308, `https://${PAGES}/archive/${slug}?q=news`]);

    // The pages origin is not the API: its answers are checked here, not against the API's contract.
    const pagesOrigin = t.unchecked;
    const page = await pagesOrigin.get(`/archive/${slug}?q=news`).set('Host', PAGES);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(`https://${PAGES}/archive/${slug}/campaigns/own-origin-news`), page.text);
    const campaign = await pagesOrigin.get(`/archive/${slug}/campaigns/own-origin-news`).set('Host', PAGES);
    assert.deepEqual([campaign.status, campaign.headers['content-security-policy']], [200, LANDING_PAGE_CSP]);
    assert.match((await pagesOrigin.get(`/archive/${slug}/feed.atom`).set('Host', PAGES)).text, /<feed/);
    assert.deepEqual((await pagesOrigin.get(`/api/public/archive/${slug}`).set('Host', PAGES)).body.code, 'NOT_FOUND');
  });
});
