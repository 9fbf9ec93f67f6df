// Shared by the portal's browser tests: the real API (serving the built portal) on the run's own
// database, Chromium from Debian (DESIGN.md §7), screenshots in apps/portal/test-artifacts/, and the
// token minting the worker does when it sends an invitation email.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import pg from 'pg';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const SEED_CLI = path.join(repo, 'packages/db/dist/seed-cli.js');
const API_MAIN = path.join(repo, 'apps/api/dist/main.js');
const PORTAL_DIST = path.resolve(here, '../dist');
export const ARTIFACTS = path.resolve(here, '../test-artifacts');

export const PASSWORD = 'partner-portal-demo';
export const IDS = {
  agency: '00000000-0000-4000-8000-00000000a001',
  clientOne: '00000000-0000-4000-8000-00000000c001',
  clientTwo: '00000000-0000-4000-8000-00000000c002',
};
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

/** Seeds, starts the API and Chromium; call from `before`, and `stop` from `after`. */
export async function startHarness() {
  const { DATABASE_URL, REDIS_URL, REDIS_PREFIX } = process.env;
  assert.ok(DATABASE_URL, 'DATABASE_URL is not set: run the tests with `npm test`');
  mkdirSync(ARTIFACTS, { recursive: true });

  const seed = spawnSync(process.execPath, [SEED_CLI], { env: { ...process.env, DATABASE_URL }, encoding: 'utf8' });
  assert.equal(seed.status, 0, `Seeding failed:\n${seed.stdout}\n${seed.stderr}`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const api = spawn(process.execPath, [API_MAIN], {
    env: { ...process.env, PORT: String(port), DATABASE_URL, REDIS_URL, REDIS_PREFIX, PORTAL_DIST, PORTAL_URL: baseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.on('data', (chunk) => (output += chunk));
  api.stderr.on('data', (chunk) => (output += chunk));
  const stopApi = () => {
    if (api.exitCode !== null || api.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    return exited;
  };
  process.once('exit', stopApi);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stopApi();
      process.exit(1);
    });
  }
  await waitForHealth(api, () => output, `${baseUrl}/api/health`, 30_000);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const db = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });

  return {
    baseUrl,
    db,
    apiOutput: () => output,

    /** A fresh browser context per test; a failure leaves a screenshot and the API's output behind. */
    async inBrowser(name, steps) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      page.setDefaultNavigationTimeout(TIMEOUT);
      try {
        await steps(page);
      } catch (error) {
        const file = path.join(ARTIFACTS, `${name}-FAILURE.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.error(`Screenshot of the failure: ${file}\nAPI output:\n${output}`);
        throw error;
      } finally {
        await context.close();
      }
    },

    /** Signs in through the API, for setting up data the way another user would. */
    async apiAs(email) {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      assert.equal(response.status, 200, `login of ${email}: ${await response.clone().text()}`);
      const { accessToken } = await response.json();
      return async (method, route, body) => {
        const res = await fetch(`${baseUrl}/api${route}`, {
          method,
          headers: { Authorization: `Bearer ${accessToken}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : null };
      };
    },

    /**
     * What the worker does when it sends an invitation email (apps/api/src/testing/invitation-tokens.ts):
     * a 256-bit token whose SHA-256 hash alone is stored. Answers the link the email would carry
     * (apps/worker/src/invitation-message.ts: `${PORTAL_URL}/invitations/accept?token=...`).
     */
    async mintInvitationLink(invitationId) {
      const token = randomBytes(32).toString('base64url');
      const { rowCount } = await db.query('UPDATE invitation SET token_hash = $1 WHERE id = $2', [createHash('sha256').update(token).digest('hex'), invitationId]);
      assert.equal(rowCount, 1, `no invitation ${invitationId}`);
      return `${baseUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
    },

    async stop() {
      await browser.close().catch(() => undefined);
      await db.end().catch(() => undefined);
      await stopApi();
    },
  };
}

/** Saves a screenshot of a key screen into apps/portal/test-artifacts/. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function signIn(page, email, password = PASSWORD) {
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

async function waitForHealth(api, output, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The API did not become healthy within ${timeoutMs} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
