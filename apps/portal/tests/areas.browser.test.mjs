// The product areas in Chromium against the real API and database: permissions in the menu and on a
// direct URL, the conflict dialog with two people editing one campaign, contacts and list counts, and
// the CSV import report. Screenshots of the key screens go to apps/portal/test-artifacts/.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { IDS, menu, screenshot, useHarness } from './harness.mjs';

const h = useHarness();

async function noHorizontalOverflow(page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  assert.ok(scrollWidth <= innerWidth, `the page is ${scrollWidth}px wide in a ${innerWidth}px window`);
}

test('a Campaign Creator sees no Contacts in the menu and gets access denied on #/contacts', () =>
  h.inBrowser('areas-cc-contacts', async (page) => {
    await h.signInAt(page, 'cc@client-one.example');
    await menu(page, 'Campaigns').waitFor();
    await menu(page, 'Lists').waitFor();
    assert.equal(await menu(page, 'Contacts').count(), 0, 'no Contacts entry for a Campaign Creator');
    assert.equal(await menu(page, 'Billing').count(), 0, 'no Billing entry for a Campaign Creator');
    await page.goto(`${h.baseUrl}/#/contacts`);
    await page.getByRole('heading', { name: 'Access denied' }).waitFor();
    await screenshot(page, 'areas-campaign-creator-contacts-denied');
  }));

test('two people save one campaign: the dialog shows the change; Reload theirs, then Overwrite with mine', async () => {
  const owner = await h.apiAs('owner@client-one.example');
  const created = await owner('POST', `/accounts/${IDS.clientOne}/campaigns`, {
    name: 'Conflict test',
    subject: 'Original subject',
    fromName: 'Client One',
    fromEmail: 'news@client-one.example',
    bodyHtml: '<p>Hello</p>',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const subject = (page) => page.getByLabel(/^Subject/);
  const save = async (page) => page.getByRole('button', { name: 'Save', exact: true }).click();

  await h.inBrowser('areas-conflict-owner', (first) =>
    h.inBrowser('areas-conflict-cc', async (second) => {
      await h.signInAt(first, 'owner@client-one.example');
      await h.signInAt(second, 'cc@client-one.example');
      for (const page of [first, second]) {
        await page.goto(`${h.baseUrl}/#/campaigns/${id}`);
        await subject(page).waitFor();
        assert.equal(await subject(page).inputValue(), 'Original subject');
      }

      await subject(first).fill('Subject from the owner');
      await save(first);
      await first.getByText(/updated/i).first().waitFor();

      await subject(second).fill('Subject from the creator');
      await save(second);
      const dialog = second.getByRole('dialog', { name: 'Someone else changed this record' });
      await dialog.waitFor();
      const row = dialog.locator('tr[data-field="subject"]');
      await row.getByText('Subject from the creator').waitFor();
      await row.getByText('Subject from the owner').waitFor();
      await screenshot(second, 'areas-conflict-dialog');
      await dialog.getByRole('button', { name: 'Reload theirs' }).click();
      await dialog.waitFor({ state: 'detached' });
      await second.waitForFunction(() => {
        const input = [...document.querySelectorAll('input')].find((element) => element.name === 'subject');
        return input?.value === 'Subject from the owner';
      });

      // Second round: the owner saves again, the creator overwrites knowingly.
      await subject(first).fill('Owner, second time');
      await save(first);
      await first.getByText(/updated/i).first().waitFor();
      await subject(second).fill('Creator wins');
      await save(second);
      await dialog.waitFor();
      await dialog.locator('tr[data-field="subject"]').getByText('Owner, second time').waitFor();
      await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
      await second.getByText('Saved your version over theirs.').waitFor();
      await screenshot(second, 'areas-conflict-overwritten');
    }),
  );

  const stored = await owner('GET', `/accounts/${IDS.clientOne}/campaigns/${id}`);
  assert.equal(stored.body.subject, 'Creator wins');
  assert.equal(stored.body.version, created.body.version + 3);
});

test('an owner adds a contact to a list and sees the list count change; the list fits a phone', async () => {
  const owner = await h.apiAs('owner@client-one.example');
  const list = await owner('POST', `/accounts/${IDS.clientOne}/lists`, { name: 'Browser VIPs' });
  assert.equal(list.status, 201, JSON.stringify(list.body));

  await h.inBrowser('areas-contacts', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await menu(page, 'Lists').click();
    const row = page.getByRole('row').filter({ hasText: 'Browser VIPs' });
    await row.getByRole('cell', { name: '0', exact: true }).waitFor();

    await menu(page, 'Contacts').click();
    await page.getByRole('link', { name: 'Add contact' }).first().click();
    await page.getByLabel(/^Email/).fill('ada.browser@example.com');
    await page.getByLabel('First name').fill('Ada');
    await page.getByRole('combobox', { name: 'Lists' }).click();
    await page.getByRole('combobox', { name: 'Lists' }).fill('Browser');
    await page.getByRole('option', { name: 'Browser VIPs' }).click();
    await screenshot(page, 'areas-contact-create');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('cell', { name: 'ada.browser@example.com' }).waitFor();

    await menu(page, 'Lists').click();
    await page.getByRole('row').filter({ hasText: 'Browser VIPs' }).getByRole('cell', { name: '1', exact: true }).waitFor();
    await screenshot(page, 'areas-list-count');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.baseUrl}/#/contacts`);
    await page.getByText('ada.browser@example.com').first().waitFor();
    await noHorizontalOverflow(page);
    await screenshot(page, 'areas-contacts-phone');
  });
  const members = await owner('GET', `/accounts/${IDS.clientOne}/lists/${list.body.id}/members`);
  assert.deepEqual(
    members.body.data.map((contact) => contact.email),
    ['ada.browser@example.com'],
  );
});

test('a CSV import with one bad row shows the per-row report', () =>
  h.inBrowser('areas-import', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await menu(page, 'Contacts').click();
    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    const csv = 'email,first_name,last_name\ngrace.import@example.com,Grace,Hopper\nnot-an-email,Bad,Row\nalan.import@example.com,Alan,Turing\n';
    await page.getByLabel('CSV file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await report.getByText(/2 created/).waitFor();
    await report.getByText(/1 row with errors/).waitFor();
    const bad = report.getByRole('row').filter({ hasText: 'not-an-email' });
    await bad.getByRole('cell', { name: '3', exact: true }).waitFor();
    await screenshot(page, 'areas-import-report');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('cell', { name: 'grace.import@example.com' }).waitFor();
  }));

// Every page of every area the owner of a standalone account may open, as a list and as a create
// form: none may trip an API error (a wrong sort, a missing route, an unknown field) or show one.
const AREA_PAGES = [
  'contacts', 'lists', 'segments', 'campaigns', 'automations', 'library', 'logos', 'landing-pages', 'social-posts',
  'ads-google', 'ads-meta', 'ads-lead', 'lookalikes', 'stores', 'purchases', 'trials', 'users', 'roles', 'audit',
];
const CREATE_PAGES = [
  'contacts', 'lists', 'segments', 'campaigns', 'automations', 'landing-pages', 'social-posts', 'ads-google',
  'ads-meta', 'ads-lead', 'lookalikes', 'stores', 'purchases', 'trials', 'roles',
];
const SINGLETON_PAGES = ['settings', 'business-profile', 'billing'];

test('every area page opens for an owner without an API error', () =>
  h.inBrowser('areas-every-page', async (page) => {
    const failures = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    await h.signInAt(page, 'owner@solo.example');
    const visit = async (hash) => {
      await page.goto(`${h.baseUrl}/#/${hash}`);
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByRole('heading', { name: 'Access denied' }).count(), 0, `#/${hash} is denied to the owner`);
      assert.equal(await page.locator('.MuiSnackbarContent-root, .MuiAlert-standardError').count(), 0, `#/${hash} shows an error`);
    };
    for (const resource of AREA_PAGES) await visit(resource);
    for (const resource of CREATE_PAGES) await visit(`${resource}/create`);
    for (const resource of SINGLETON_PAGES) await visit(resource);
    assert.deepEqual(failures, []);
  }));
