// Signs in through the built portal, served by the real API on the test file's own database, in
// Chromium. Run with `npm test` (jest/database-environment.mjs provides DATABASE_URL, REDIS_URL and REDIS_PREFIX).
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { PASSWORD, signIn, useHarness } from './harness.mjs';

const h = useHarness();

test('the portal is served with its Content-Security-Policy, no sniffing, no framing and a referrer policy', async () => {
  const res = await fetch(`${h.baseUrl}/`);
  assert.equal(res.status, 200);
  const csp = res.headers.get('content-security-policy') ?? '';
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) assert.ok(csp.includes(directive), `${directive} in ${csp}`);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('x-frame-options'), 'DENY');
  assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
  const head = await fetch(`${h.baseUrl}/`, { method: 'HEAD' });
  assert.deepEqual([head.status, head.headers.get('x-frame-options')], [200, 'DENY'], 'HEAD, as a monitor sends it, answers as GET does');
  const api = await fetch(`${h.baseUrl}/api/health`);
  assert.equal(api.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(api.headers.get('x-frame-options'), 'DENY');
});

test('a script the policy forbids makes the browser test that met it fail', async () => {
  await assert.rejects(
    h.inBrowser('csp-violation-on-purpose', async (page) => {
      await page.goto(`${h.baseUrl}/`);
      await page.getByLabel(/^Email/).waitFor();
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.head.append(script);
      });
      assert.equal(await page.evaluate(() => window.injected), undefined, 'the inline script did not run');
    }),
    /broke its Content-Security-Policy/,
  );
});

test('a user signs in, stays signed in across a reload, signs out, and another user signs in', () =>
  h.inBrowser('login-sign-in-out', async (page) => {
    await page.goto(`${h.baseUrl}/`);
    await page.getByLabel(/^Email/).waitFor();

    await signIn(page, 'owner@agency.example', 'not-the-password');
    await page.getByText('The email or password is incorrect.').waitFor();

    await signIn(page, 'owner@agency.example', PASSWORD);
    await page.getByText('Signed in as').waitFor();
    await page.getByRole('heading', { name: 'Olivia Owner' }).waitFor();
    // The app bar names the current account too; these are the dashboard's list of accounts.
    const accounts = page.getByRole('list', { name: 'Your accounts' });
    await accounts.getByText('Green Acres Agency', { exact: true }).waitFor();
    await page.getByText('Partner (Reseller)', { exact: true }).waitFor();
    await page.getByText('Account Owner', { exact: true }).waitFor();

    await page.reload();
    await accounts.getByText('Green Acres Agency', { exact: true }).waitFor();
    assert.equal(await page.getByLabel(/^Email/).count(), 0, 'the login page is shown after a reload');

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByLabel(/^Email/).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('portal.session')), null, 'the token is forgotten');

    await signIn(page, 'owner@client-one.example', PASSWORD);
    await page.getByText('Client One', { exact: true }).waitFor();
    await page.getByText('Client — managed by Green Acres Agency').waitFor();
  }),
);

test('the dashboard offers a retry when /api/me fails, and a revoked session signs the user out', () =>
  h.inBrowser('login-retry-and-revoked', async (page) => {
    await page.goto(`${h.baseUrl}/`);
    await signIn(page, 'cc@client-one.example', PASSWORD);
    await page.getByText('Campaign Creator', { exact: true }).waitFor();

    await page.route('**/api/me', (route) =>
      route.fulfill({ status: 503, json: { statusCode: 503, code: 'UNAVAILABLE', message: 'Try again later.' } }),
    );
    await page.reload();
    await page.getByText('Your accounts could not be loaded. Try again later.').waitFor();
    await page.unroute('**/api/me');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Client One', { exact: true }).waitFor();

    const revoked = await page.evaluate(async () => {
      const { accessToken } = JSON.parse(localStorage.getItem('portal.session'));
      const response = await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${accessToken}` } });
      return response.status;
    });
    assert.equal(revoked, 204);
    await page.reload();
    await page.getByLabel(/^Email/).waitFor();
  }),
);
