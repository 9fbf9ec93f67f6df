// A crawl of the portal in Chromium: every demo login, in every account that person can open, opens
// every resource its menu shows: the list, the first record (clicked, as a person would) and the
// create form. A page error, a console error or a 5xx answer is a problem; the test collects them all
// and fails once, naming the person, account and page of each. The portal is a development build, so
// that React's warnings (console errors too) are part of it.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { DEMO_LOGINS } from '@partner-portal/db';
import { IDS, useHarness } from './harness.mjs';

const SOLO = '00000000-0000-4000-8000-00000000b001';
/** A page is settled once it has had nothing to do for this long. */
const QUIET_MS = 100;
const SETTLE_TIMEOUT_MS = 10_000;
const BUSY = '[role="progressbar"], .MuiSkeleton-root';
/**
 * react-admin 5.15.4 (the latest) still hands MUI's TextField the `InputProps` and `inputProps` of MUI 5
 * (ResettableTextField, NumberInput) beside the `slotProps` MUI 9 reads, so MUI 9 passes them on to
 * a <div>. The portal never passes them itself (MUI 9's types have no such props).
 */
const UPSTREAM_WARNINGS = [/^React does not recognize the `(InputProps|inputProps)` prop on a DOM element/];

const h = useHarness({ portal: 'development' });

test('every page of every account opens for every demo login without an error', async () => {
  for (const [owner, accountId] of [['owner@client-one.example', IDS.clientOne], ['owner@solo.example', SOLO]]) {
    await addFirstRecords(await h.apiAs(owner), accountId);
  }
  const problems = [];
  const visits = [];
  const people = [...new Set(DEMO_LOGINS.map((login) => login.email))];
  const started = Date.now();
  await Promise.all(people.map((person) => crawlPerson(person, { problems, visits })));

  const accounts = new Set(visits.map((visit) => `${visit.person} in ${visit.account}`));
  console.log(`Crawled ${visits.length} pages in ${Math.round((Date.now() - started) / 1000)} s: ${people.length} people, ${accounts.size} person-accounts.`);
  // Each demo person in their own account, and the agency's two people in both its clients as well.
  assert.ok(accounts.size >= people.length + 4, `the crawl reached every account:\n${[...accounts].join('\n')}`);
  assert.deepEqual(
    problems.map(({ person, account, url, message }) => `${person} in ${account} at ${url}: ${message}`),
    [],
  );
}, 600_000);

/**
 * A record of each kind the demo data has none of, so the crawl opens a record page of each of those
 * resources too (the demo data already has contacts, lists and a campaign).
 */
async function addFirstRecords(as, accountId) {
  const base = `/accounts/${accountId}`;
  const lists = await as('GET', `${base}/lists`);
  const listId = lists.body.data[0].id;
  const email = { delayDays: 0, subject: 'Welcome', bodyHtml: '<p>Welcome!</p>' };
  const ad = { name: 'Spring', headline: 'Homes near you', budgetCents: 25_000 };
  const records = {
    segments: { name: 'Subscribed', match: 'all', rules: [{ field: 'status', op: 'equals', value: 'SUBSCRIBED' }] },
    automations: { name: 'Welcome series', trigger: 'CONTACT_JOINS_LIST', triggerListId: listId, steps: [email] },
    // A page's address is unique across accounts.
    'landing-pages': { title: 'Open house', slug: `open-house-${accountId.slice(-4)}`, bodyHtml: '<p>Saturday at ten.</p>' },
    'social/posts': { network: 'FACEBOOK', body: 'Open house Saturday' },
    'ads/google': ad,
    'ads/meta': ad,
    'ads/lead': ad,
    stores: { name: 'Shop', currency: 'EUR' },
    roles: { name: 'Viewer', actions: ['contacts.view', 'lists.view'] },
  };
  for (const [path, body] of Object.entries(records)) {
    const created = await as('POST', `${base}/${path}`, body);
    assert.equal(created.status, 201, `${path} in ${accountId}: ${JSON.stringify(created.body)}`);
  }
}

/**
 * Crawls each of `person`'s own accounts in one browser and, at the same time, each client account
 * a partner's Accounts tab lists in a browser of its own.
 */
async function crawlPerson(person, report) {
  const clients = [];
  await crawlInBrowser(`crawl-${person}`, person, report, async (crawler) => {
    for (const account of await crawler.ownAccounts()) {
      await crawler.switchTo(account);
      for (const client of await crawler.crawlAccount()) {
        clients.push(
          crawlInBrowser(`crawl-${person}-${client}`, person, report, async (clientCrawler) => {
            await clientCrawler.switchTo(account);
            await clientCrawler.openClient(client);
            await clientCrawler.crawlAccount();
          }),
        );
      }
    }
  });
  await Promise.all(clients);
}

/**
 * Signs `person` in in a browser of their own and runs `steps` with a crawler, which records the
 * pages it visits and every problem met on them in `report`. A crawl that cannot go on is a problem
 * too; the other crawls go on.
 */
async function crawlInBrowser(name, person, { problems, visits }, steps) {
  const where = { person, account: '(signing in)', url: '#/' };
  const problem = (message) => problems.push({ ...where, message });
  await h
    .inBrowser(name, async (page) => {
      const crawler = await makeCrawler(page, where, { problem, visited: () => visits.push({ ...where }) });
      await h.signInAt(page, person);
      await steps(crawler);
    })
    .catch((error) => problem(`the crawl stopped: ${error.message.split('\n')[0]}`));
}

async function makeCrawler(page, where, { problem, visited }) {
  const at = (message) => {
    where.url = pageOf(page);
    problem(message);
  };
  page.on('pageerror', (error) => at(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = consoleText(message);
    if (!UPSTREAM_WARNINGS.some((known) => known.test(text))) at(`console error: ${text.slice(0, 600)}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) at(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  const inFlight = countRequestsInFlight(page);
  await page.addInitScript(countTimersDue);

  const arrived = async () => {
    if (!(await settled(page, inFlight))) at(`still loading after ${SETTLE_TIMEOUT_MS} ms`);
    where.url = pageOf(page);
    visited();
  };
  const visit = async (hash) => {
    await page.goto(`${h.baseUrl}/${hash}`);
    await arrived();
  };
  const currentAccountIs = (name) =>
    page.waitForFunction((account) => document.querySelector('[data-testid="current-account"]')?.textContent?.startsWith(account), name);

  return {
    /** The accounts the dashboard lists as the person's own. */
    ownAccounts: () => page.getByRole('list', { name: 'Your accounts' }).locator('.MuiListItemText-primary').allTextContents(),

    /** Makes one of the person's own accounts current through the app bar's account menu. */
    async switchTo(account) {
      where.account = account;
      await page.getByRole('button', { name: /^Current account:/ }).click();
      const menu = page.getByRole('menu', { name: 'Switch account' });
      await menu.getByRole('menuitem').filter({ has: page.getByText(account, { exact: true }) }).click();
      await menu.waitFor({ state: 'hidden' });
      await currentAccountIs(account);
    },

    /** Opens a client account from the current partner account's Accounts tab. */
    async openClient(client) {
      await visit('#/clients');
      where.account = client;
      await page.getByRole('cell', { name: client, exact: true }).click();
      await currentAccountIs(client);
    },

    /**
     * Visits every resource of the current account's menu: the list, the first record where a row
     * opens one, and the create form where the list offers it. Answers the client accounts the
     * Accounts tab lists.
     */
    async crawlAccount() {
      await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
      await arrived();
      const resources = await page.locator('a[role="menuitem"][href^="#/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')).filter((href) => href !== '#/'));
      let clients = [];
      for (const list of resources) {
        await visit(list);
        const rows = page.locator('.RaDatagrid-tbody > .RaDatagrid-row');
        const canCreate = (await page.locator(`a[href="${list}/create"]`).count()) > 0;
        if (list === '#/clients') {
          // A row of the Accounts tab opens that client's account: each is crawled as an account of its own.
          clients = await rows.locator('td:first-child').allTextContents();
        } else if ((await rows.count()) > 0 && (await rows.first().getAttribute('class')).includes('RaDatagrid-clickableRow')) {
          await rows.first().locator('td').first().click();
          // A row may open nothing (a list the person may only send to): then the list stays.
          if (await page.waitForURL((url) => url.hash !== list, { timeout: 2_000 }).then(() => true, () => false)) await arrived();
        }
        if (canCreate) await visit(`${list}/create`);
      }
      return clients;
    },
  };
}

const pageOf = (page) => new URL(page.url()).hash || '#/';

/** A console message as it reads in the console: React's warnings are a format string and its values. */
function consoleText(message) {
  const [format, ...values] = message.args().map((arg) => arg.toString());
  if (!format?.includes('%')) return message.text() + (message.text().startsWith('Failed to load resource') ? ` ${message.location().url}` : '');
  return format.replace(/%[sdioc]/g, () => values.shift() ?? '') + values.map((value) => ` ${value}`).join('');
}

/** Requests in flight, but for presence's: an edit form's presence calls wait for news by design (usePresence.ts). */
function countRequestsInFlight(page) {
  let inFlight = 0;
  const counted = (request) => !/\/api\/accounts\/[^/]+\/presence\//.test(request.url());
  page.on('request', (request) => counted(request) && (inFlight += 1));
  page.on('requestfinished', (request) => counted(request) && (inFlight -= 1));
  page.on('requestfailed', (request) => counted(request) && (inFlight -= 1));
  return () => inFlight;
}

/**
 * In the page, before its scripts: counts the timers due within a second, such as react-admin's
 * debounce of a list's first query, which leaves a page quiet for half a second before it loads.
 */
function countTimersDue() {
  const due = new Set();
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = (callback, delay = 0, ...args) => {
    const id = set(() => {
      due.delete(id);
      callback(...args);
    }, delay);
    if (delay <= 1000) due.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    due.delete(id);
    clear(id);
  };
  window.timersDue = () => due.size;
}

/** In the page: once it has nothing to run, whether no timer is due soon and no progress indicator shows. */
const pageIsIdle = (busy) => new Promise((resolve) => requestIdleCallback(() => resolve(window.timersDue() === 0 && !document.querySelector(busy))));

/** Waits until the page has been idle, with no request in flight, for QUIET_MS; false if that never happens. */
async function settled(page, inFlight) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const idle = await page.evaluate(pageIsIdle, BUSY).catch(() => false);
    if (!idle || inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return true;
    await page.waitForTimeout(50);
  }
  return false;
}
