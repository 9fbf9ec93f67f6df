// Signs in through the built portal, served by the real API on the run's own database, in Chromium.
// Run with `npm test` (with-test-db.mjs provides DATABASE_URL, REDIS_URL and REDIS_PREFIX) after
// building the portal, the API and the db package.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const SEED_CLI = path.join(repo, 'packages/db/dist/seed-cli.js');
const API_MAIN = path.join(repo, 'apps/api/dist/main.js');
const PORTAL_DIST = path.resolve(here, '../dist');

const PASSWORD = 'partner-portal-demo';
const TIMEOUT = 15_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

let api;
let apiOutput = '';
let baseUrl;
let browser;

before(async () => {
  const { DATABASE_URL, REDIS_URL, REDIS_PREFIX } = process.env;
  assert.ok(DATABASE_URL, 'DATABASE_URL is not set: run the tests with `npm test`');

  const seed = spawnSync(process.execPath, [SEED_CLI], { env: { ...process.env, DATABASE_URL }, encoding: 'utf8' });
  assert.equal(seed.status, 0, `Seeding failed:\n${seed.stdout}\n${seed.stderr}`);

  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  api = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL,
      REDIS_URL,
      REDIS_PREFIX,
      PORTAL_DIST,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.on('data', (chunk) => (apiOutput += chunk));
  api.stderr.on('data', (chunk) => (apiOutput += chunk));
  // Never leave the API running: not when the run ends early, nor when it is interrupted.
  process.once('exit', stopApi);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stopApi();
      process.exit(1);
    });
  }
  await waitForHealth(`${baseUrl}/api/health`, 30_000);

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await stopApi();
});

test('a user signs in, stays signed in across a reload, signs out, and another user signs in', () =>
  inBrowser(async (page) => {
    await page.goto(`${baseUrl}/`);
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
  inBrowser(async (page) => {
    await page.goto(`${baseUrl}/`);
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

/** A fresh browser context per test; a failure leaves a screenshot and the API's output behind. */
async function inBrowser(steps) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(TIMEOUT);
  try {
    await steps(page);
  } catch (error) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-login-')), 'failure.png');
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`Screenshot of the failure: ${file}\nAPI output:\n${apiOutput}`);
    throw error;
  } finally {
    await context.close();
  }
}

async function signIn(page, email, password) {
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode}:\n${apiOutput}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The API did not become healthy within ${timeoutMs} ms:\n${apiOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopApi() {
  if (!api || api.exitCode !== null || api.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  return exited;
}
