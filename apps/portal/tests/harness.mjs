// Shared by the portal's browser tests: the real API (serving the built portal) on the run's own
// database, Chromium from Debian (DESIGN.md §7), screenshots in apps/portal/test-artifacts/, the real
// worker (for tests that need the emails it sends), and the token minting the worker does when it
// sends an invitation email (for tests that run without it).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { afterAll, beforeAll } from '@jest/globals';
import { startListening } from '@partner-portal/db/testing';
import { startMailCatcher } from '@partner-portal/mail-catcher';
import pg from 'pg';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const SEED_CLI = path.join(repo, 'packages/db/dist/seed-cli.js');
const API_MAIN = path.join(repo, 'apps/api/dist/main.js');
const WORKER_MAIN = path.join(repo, 'apps/worker/dist/main.js');
const PORTAL_DIST = path.resolve(here, '../dist');
const VITE = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
export const ARTIFACTS = path.resolve(here, '../test-artifacts');

export const PASSWORD = 'partner-portal-demo';
export const IDS = {
  agency: '00000000-0000-4000-8000-00000000a001',
  clientOne: '00000000-0000-4000-8000-00000000c001',
  clientTwo: '00000000-0000-4000-8000-00000000c002',
};
const TIMEOUT = 15_000;
/** The accept link in an invitation email (apps/worker/src/invitation-message.ts). */
const INVITATION_LINK = /https?:\/\/[^\s"<>]+\/invitations\/accept\?token=[A-Za-z0-9_%-]+/;
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

/**
 * The preamble of a browser test file: seeds the demo data, starts the API serving the built portal
 * and Chromium in `beforeAll` (with `{ worker: true }`, also a mail catcher as `h.mail` and the real
 * worker sending to it), and stops them all in `afterAll`. The harness's fields and methods are there
 * from `beforeAll` on. With `{ portal: 'development' }` the API serves a development build of the
 * portal instead, made for the test file: React and MUI report their warnings (a missing key, an
 * invalid DOM prop) on the console only there.
 * With `{ host: 'localhost' }` the portal is served at http://localhost:PORT (its PORTAL_URL too): WebAuthn
 * takes no IP address as relying party.
 *   const h = useHarness();
 *   test('...', () => h.inBrowser('screenshot-name', async (page) => { await h.signInAt(page, email); ... }));
 */
export function useHarness({ worker = false, portal = 'production', host = '127.0.0.1' } = {}) {
  const h = {};
  beforeAll(async () => {
    if (worker) h.mail = await startMailCatcher({ smtpPort: 0 });
    Object.assign(h, await startHarness({ portal, host }));
    if (worker) await h.startWorker({ smtpUrl: `smtp://127.0.0.1:${h.mail.smtpPort}` });
  }, 180_000);
  afterAll(async () => {
    await h.stop?.();
    await h.mail?.close();
  });
  return h;
}

/** The menu entry of a resource, by its label. */
export const menu = (page, name) => page.getByRole('menuitem', { name, exact: true });

/**
 * The API on a spare port, listening (it says so itself: startListening) and healthy. The harness
 * keeps its output, printed when a test fails.
 */
async function startApi(env, portalDist, host = '127.0.0.1') {
  let baseUrl = '';
  const api = await startListening(API_MAIN, {
    // The API and the worker connect as the application's role, under row-level security; the seed and the test's own reads as the owner.
    env: (port) => {
      baseUrl = `http://${host}:${port}`;
      return { ...process.env, ...env, PORT: String(port), PORTAL_DIST: portalDist, PORTAL_URL: baseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
    },
  });
  const stopApi = stopOnExit(api.child);
  try {
    // Generous: on a loaded 2-core machine an API has taken over 30 s to answer its first health check.
    await waitForHealth(api.child, api.output, `${baseUrl}/api/health`, 90_000);
  } catch (error) {
    await stopApi();
    throw error;
  }
  const { child } = api;
  const state = () => (child.exitCode !== null || child.signalCode !== null ? `exited (code ${child.exitCode}, signal ${child.signalCode})` : `running (pid ${child.pid})`);
  return { baseUrl, output: api.output, state, stopApi };
}

/**
 * The portal's sources built with React's development code, unminified so that errors name their
 * functions, into a directory of their own, which `remove` deletes. The build the other tests open
 * (apps/portal/dist) is the production one.
 */
function buildDevelopmentPortal() {
  const outDir = mkdtempSync(path.join(tmpdir(), 'portal-development-'));
  const build = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'], {
    cwd: path.resolve(here, '..'),
    env: { ...process.env, NODE_ENV: 'development' },
    encoding: 'utf8',
  });
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  if (build.status !== 0) {
    remove();
    assert.fail(`The development build of the portal failed:\n${build.stdout}\n${build.stderr}`);
  }
  return { dir: outDir, remove };
}

/** Seeds, starts the API and Chromium; `stop` ends them. useHarness calls both. */
export async function startHarness({ portal = 'production', host = '127.0.0.1' } = {}) {
  const { DATABASE_URL, APP_DATABASE_URL, REDIS_URL, REDIS_PREFIX } = process.env;
  assert.ok(DATABASE_URL && APP_DATABASE_URL, 'DATABASE_URL and APP_DATABASE_URL are not set: run the tests with `npm test`');
  mkdirSync(ARTIFACTS, { recursive: true });

  const seed = spawnSync(process.execPath, [SEED_CLI], { env: { ...process.env, DATABASE_URL }, encoding: 'utf8' });
  assert.equal(seed.status, 0, `Seeding failed:\n${seed.stdout}\n${seed.stderr}`);

  const developmentPortal = portal === 'development' ? buildDevelopmentPortal() : null;
  // Shared by every API process of the harness, as by APIs behind one load balancer.
  const apiEnv = { DATABASE_URL: APP_DATABASE_URL, REDIS_URL, REDIS_PREFIX, JWT_SECRET: randomBytes(32).toString('hex') };
  const portalDir = developmentPortal?.dir ?? PORTAL_DIST;
  const api = await startApi(apiEnv, portalDir, host).catch((error) => {
    developmentPortal?.remove();
    throw error;
  });
  const { baseUrl, output } = api;
  const stopApi = async () => {
    await api.stopApi();
    developmentPortal?.remove();
  };

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }).catch(async (error) => {
    // Without this the API would keep the test process alive, and the run would hang instead of failing.
    await stopApi();
    throw new Error(`Chromium did not start (Debian's package: apt-get install -y chromium): ${error.message}`);
  });
  const db = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  const workers = [];
  const otherApis = [];

  return {
    baseUrl,
    db,
    apiOutput: output,

    /** A fresh browser context per test; a failure leaves a screenshot and the API's output behind. */
    async inBrowser(name, steps) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      page.setDefaultNavigationTimeout(TIMEOUT);
      // The portal must work under its Content-Security-Policy: any violation fails the test.
      const violations = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      try {
        await steps(page);
        assert.deepEqual(violations, [], 'the page broke its Content-Security-Policy');
      } catch (error) {
        const file = path.join(ARTIFACTS, `${name}-FAILURE.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        const workerOutput = workers.map((worker) => `\nWorker output:\n${worker.output()}`).join('');
        console.error(`Screenshot of the failure: ${file}\nAPI process: ${api.state()}\nAPI output:\n${output()}${workerOutput}`);
        throw error;
      } finally {
        await context.close();
      }
    },

    /** Opens the portal and signs in through its login page, as a person would. */
    async signInAt(page, email, password = PASSWORD) {
      await page.goto(`${baseUrl}/`);
      await signIn(page, email, password);
      await page.getByText('Signed in as').waitFor();
    },

    /** Signs in through the API, for setting up data the way another user would. */
    async apiAs(email) {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      }).catch((error) => {
        throw new Error(`login of ${email}: ${error.cause?.message ?? error.message}\nAPI process: ${api.state()}\nAPI output:\n${output()}`);
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

    /**
     * Starts the real worker (apps/worker/dist/main.js) as its own process on the run's database and
     * Redis prefix, sending email to `smtpUrl` with links to this API's portal. Resolves once it has
     * started; `stop` (or the harness's) ends it with SIGTERM, letting the jobs in hand finish.
     */
    async startWorker({ smtpUrl }) {
      let workerOutput = '';
      const worker = spawn(process.execPath, [WORKER_MAIN], {
        env: {
          ...process.env,
          DATABASE_URL: APP_DATABASE_URL,
          REDIS_URL,
          REDIS_PREFIX,
          SMTP_URL: smtpUrl,
          PORTAL_URL: baseUrl,
          WORKER_HEALTH_PORT: '0',
          RELAY_INTERVAL_MS: '100',
          EMAIL_BACKOFF_MS: '100',
          LOG_LEVEL: 'info',
          NODE_ENV: 'test',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const started = new Promise((resolve, reject) => {
        const onData = (chunk) => {
          workerOutput += chunk;
          if (/"msg":"worker started"/.test(workerOutput)) resolve();
        };
        worker.stdout.on('data', onData);
        worker.stderr.on('data', onData);
        worker.once('exit', (code, signal) => reject(new Error(`The worker exited (${code ?? signal}) before it started:\n${workerOutput}`)));
      });
      const stopWorker = stopOnExit(worker);
      const handle = { output: () => workerOutput, stop: stopWorker };
      workers.push(handle);
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`The worker did not start within 30000 ms:\n${workerOutput}`)), 30_000);
      });
      try {
        await Promise.race([started, timeout]);
      } catch (error) {
        await stopWorker();
        throw error;
      } finally {
        clearTimeout(timer);
      }
      return handle;
    },

    /**
     * Another API process on the same database, Redis and key prefix, serving the same portal on a
     * port of its own (as a second server behind a load balancer): open a page at its `baseUrl`.
     * `stop` (or the harness's) ends it.
     */
    async startAnotherApi() {
      const other = await startApi(apiEnv, portalDir, host);
      otherApis.push(other);
      return { baseUrl: other.baseUrl, output: other.output, stop: other.stopApi };
    },

    async stop() {
      await browser.close().catch(() => undefined);
      await db.end().catch(() => undefined);
      await Promise.all(workers.map((worker) => worker.stop()));
      await Promise.all(otherApis.map((other) => other.stopApi()));
      await stopApi();
    },
  };
}

/** Saves a screenshot of a key screen into apps/portal/test-artifacts/. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * The accept link of an invitation email, as the invitee would open it: from the text part, checked
 * against the button's href in the HTML part.
 */
export function invitationLinkIn(mail) {
  const inText = mail.text.match(INVITATION_LINK)?.[0];
  assert.ok(inText, `no invitation link in the text of "${mail.subject}":\n${mail.text}`);
  assert.ok(mail.html, `"${mail.subject}" has no HTML part`);
  const href = mail.html.match(/<a href="([^"]+)"/)?.[1]?.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
  assert.equal(href, inText, 'the HTML button and the text carry the same link');
  return inText;
}

export async function signIn(page, email, password = PASSWORD) {
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Ends `child` with SIGTERM when the test process exits or is interrupted; answers a function that
 * ends it now and resolves once it has exited.
 */
function stopOnExit(child) {
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    return exited;
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  }
  return stop;
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
