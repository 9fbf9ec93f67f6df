// Finer access in Chromium against the real API and database: the role editor (the permission matrix
// as a grid of checkboxes, limited to what the editor holds), assigning a custom role on the team page,
// and a member restricted to chosen lists (View opens read-only, Send only never opens, contacts only
// through the lists it may view). Everything is made in Solo Studio, so that the other browser tests'
// accounts keep their people and lists. Screenshots go to apps/portal/test-artifacts/.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { menu, PASSWORD, screenshot, useHarness } from './harness.mjs';

/** Solo Studio (packages/db/src/seed.ts), owned by owner@solo.example. */
const SOLO = '00000000-0000-4000-8000-00000000b001';

const h = useHarness();

/** The role editor's checkbox of one action: its accessible name ends with the action id. */
const actionBox = (page, action) => page.getByRole('checkbox', { name: new RegExp(`\\(${action.replace(/\./g, '\\.')}\\)$`) });
const actionRow = (page, action) => page.locator(`tr[data-action="${action}"]`);

/** A member of Solo Studio with the demo password, made directly in the database (as an accepted invitation would). */
async function addSoloMember(email, name, role) {
  const { rows } = await h.db.query(
    `INSERT INTO app_user (id, username, email, name, password_hash, updated_at)
     SELECT gen_random_uuid(), $1, $1, $2, password_hash, now() FROM app_user WHERE username = 'owner@solo.example'
     RETURNING id`,
    [email, name],
  );
  assert.equal(rows.length, 1, 'the owner of Solo Studio exists');
  await h.db.query(`INSERT INTO membership (account_id, user_id, role, updated_at) VALUES ($1, $2, $3, now())`, [SOLO, rows[0].id, role]);
  return rows[0].id;
}

/** API calls that failed while a page was open, to prove the portal never asks for what it may not see. */
function failedApiCalls(page) {
  const failures = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return failures;
}

test('the role editor offers only what the editor holds here: a Single Bill client owner cannot grant billing, nobody users.manage', () =>
  h.inBrowser('roles-single-bill', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await menu(page, 'Roles').click();
    await page.getByText('No custom roles yet').waitFor();
    await page.getByRole('link', { name: 'Create role' }).first().click();
    await actionBox(page, 'campaigns.create').waitFor();
    // Wait until the grantable actions are in: held actions become enabled.
    await page.waitForFunction(() => !document.querySelector('tr[data-action="campaigns.create"] input')?.disabled);

    for (const action of ['billing.manage', 'partner.clients.create', 'partner.accounts.view']) {
      assert.equal(await actionBox(page, action).isDisabled(), true, `${action} is not grantable in a Single Bill client`);
      await actionRow(page, action).getByText("you don't hold this here").waitFor();
    }
    assert.equal(await actionBox(page, 'users.manage').isDisabled(), true, 'users.manage is never part of a custom role');
    await actionRow(page, 'users.manage').getByText('never part of a custom role').waitFor();
    for (const action of ['contacts.view', 'campaigns.send', 'purchases.make']) {
      assert.equal(await actionBox(page, action).isEnabled(), true, `${action} is grantable by the owner`);
    }
    // Ticking a whole area takes only what the owner holds there.
    await page.getByRole('checkbox', { name: 'Every action of Billing you hold' }).check();
    assert.equal(await actionBox(page, 'purchases.make').isChecked(), true);
    assert.equal(await actionBox(page, 'billing.manage').isChecked(), false);
    await screenshot(page, 'roles-editor-single-bill');
  }));

test('an owner composes "Sender (no contacts)" in the grid, assigns it on the team page, and the member gets exactly that', async () => {
  const rileyId = await addSoloMember('riley@solo.example', 'Riley Sender', 'CAMPAIGN_CREATOR');

  await h.inBrowser('roles-editor', async (page) => {
    await h.signInAt(page, 'owner@solo.example');
    await menu(page, 'Roles').click();
    await page.getByText('No custom roles yet').waitFor();
    await page.getByText(/compose one from the actions you hold/i).waitFor();
    await screenshot(page, 'roles-empty');
    await page.getByRole('link', { name: 'Create role' }).first().click();

    await page.getByLabel(/^Name/).fill('Sender (no contacts)');
    await page.waitForFunction(() => !document.querySelector('tr[data-action="campaigns.create"] input')?.disabled);
    assert.equal(await actionBox(page, 'users.manage').isDisabled(), true, 'users.manage is never grantable');
    for (const action of ['campaigns.create', 'campaigns.send', 'lists.view']) await actionBox(page, action).check();
    assert.equal(await actionBox(page, 'contacts.view').isChecked(), false);
    await page.getByText('Actions (3 chosen)').waitFor();
    await screenshot(page, 'roles-editor-sender');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const row = page.getByRole('row').filter({ hasText: 'Sender (no contacts)' });
    await row.waitFor();
    await row.getByRole('cell', { name: '3', exact: true }).waitFor();
    await row.getByRole('cell', { name: '0', exact: true }).waitFor();
    await screenshot(page, 'roles-list');

    // The team page offers it beside the built-in roles.
    await menu(page, 'Users').click();
    await page.getByRole('button', { name: 'Actions for riley@solo.example' }).click();
    await page.getByRole('menuitem', { name: 'Change role' }).click();
    await page.getByRole('dialog').getByLabel('Role').click();
    await page.getByRole('option', { name: 'Account Manager' }).waitFor();
    await page.getByRole('option', { name: 'Sender (no contacts)' }).click();
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.getByText('Riley Sender is now Sender (no contacts).').waitFor();
    const riley = page.getByRole('row').filter({ hasText: 'riley@solo.example' });
    await riley.getByText('Sender (no contacts)').waitFor();
    await riley.getByText('Custom', { exact: true }).waitFor();
    await screenshot(page, 'roles-assigned-on-team-page');

    // The invitation form offers it too.
    await page.getByRole('link', { name: 'Add user' }).click();
    await page.getByLabel(/^Role/).click();
    await page.getByRole('option', { name: 'Sender (no contacts) (custom role)' }).waitFor();
    await page.keyboard.press('Escape');

    // Held, it cannot be deleted: the editor says so plainly.
    await menu(page, 'Roles').click();
    await page.getByRole('row').filter({ hasText: 'Sender (no contacts)' }).getByRole('cell', { name: '1', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Sender (no contacts)' }).click();
    await page.getByText('Held by one person. A change applies to them on their next request.').waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByText('one person still holds it').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(/This role cannot be deleted while someone holds it\./).waitFor();
    await screenshot(page, 'roles-delete-in-use');
  });

  const { rows: roles } = await h.db.query(`SELECT id, actions FROM custom_role WHERE account_id = $1 AND name = 'Sender (no contacts)'`, [SOLO]);
  assert.equal(roles.length, 1, 'the role exists, and was not deleted while held');
  assert.deepEqual([...roles[0].actions].sort(), ['campaigns.create', 'campaigns.send', 'lists.view']);
  const { rows: members } = await h.db.query(`SELECT custom_role_id FROM membership WHERE account_id = $1 AND user_id = $2`, [SOLO, rileyId]);
  assert.equal(members[0].custom_role_id, roles[0].id);

  // Signed in, the member's portal decides from the custom grant: campaigns and lists, no contacts, no team.
  await h.inBrowser('roles-member', async (page) => {
    await h.signInAt(page, 'riley@solo.example');
    await menu(page, 'Campaigns').waitFor();
    await menu(page, 'Lists').waitFor();
    assert.equal(await menu(page, 'Contacts').count(), 0, 'no Contacts for a role without contacts.view');
    assert.equal(await menu(page, 'Users').count(), 0, 'no Users for a role without users.view');
    await screenshot(page, 'roles-member-menu');
    await page.goto(`${h.baseUrl}/#/contacts`);
    await page.getByRole('heading', { name: 'Access denied' }).waitFor();
    await page.getByText('Your role in Solo Studio (Sender (no contacts)) does not allow this page.').waitFor();
    await menu(page, 'Lists').click();
    await page.getByRole('row').filter({ hasText: 'Newsletter' }).waitFor();
  });
});

test('a role edited by someone else meanwhile opens the conflict dialog on save', async () => {
  const owner = await h.apiAs('owner@solo.example');
  const created = await owner('POST', `/accounts/${SOLO}/roles`, { name: 'Reporter', actions: ['reports.view'] });
  assert.equal(created.status, 201, JSON.stringify(created.body));

  await h.inBrowser('roles-conflict', async (page) => {
    await h.signInAt(page, 'owner@solo.example');
    await page.goto(`${h.baseUrl}/#/roles/${created.body.id}`);
    await page.waitForFunction(() => !document.querySelector('tr[data-action="reports.details.view"] input')?.disabled);
    assert.equal(await actionBox(page, 'reports.view').isChecked(), true);

    // Someone else renames it meanwhile, with the version both read.
    const renamed = await patchWithVersion('owner@solo.example', `/accounts/${SOLO}/roles/${created.body.id}`, created.body.version, { name: 'Reporter (renamed)' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));

    await actionBox(page, 'reports.details.view').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this record' });
    await dialog.waitFor();
    await dialog.locator('tr[data-field="name"]').getByText('Reporter (renamed)').waitFor();
    await screenshot(page, 'roles-conflict-dialog');
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await page.getByText('Saved your version over theirs.').waitFor();
  });
  const stored = await owner('GET', `/accounts/${SOLO}/roles/${created.body.id}`);
  assert.deepEqual([...stored.body.actions].sort(), ['reports.details.view', 'reports.view']);
  assert.equal(stored.body.name, 'Reporter');
});

/** A write with If-Match, which the harness's apiAs helper does not send. */
async function patchWithVersion(email, route, version, body) {
  const login = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { accessToken } = await login.json();
  const response = await fetch(`${h.baseUrl}/api${route}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

test('a member restricted to one list at View and one at Send: Send only never opens, View opens read-only, contacts only through the View list', async () => {
  const owner = await h.apiAs('owner@solo.example');
  const makeList = async (name) => {
    const created = await owner('POST', `/accounts/${SOLO}/lists`, { name });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id;
  };
  const viewList = await makeList('Partners (view)');
  const sendList = await makeList('Press (send)');
  const addContact = async (email, listIds) => {
    const created = await owner('POST', `/accounts/${SOLO}/contacts`, { email, firstName: email.split('@')[0], listIds });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  };
  await addContact('pia.partner@partners.example', [viewList]);
  await addContact('pete.partner@partners.example', [viewList]);
  await addContact('polly.press@press.example', [sendList]);
  await addContact('both.lists@partners.example', [viewList, sendList]);
  const morganId = await addSoloMember('morgan@solo.example', 'Morgan Member', 'ACCOUNT_MANAGER');

  await h.inBrowser('list-access-owner', async (page) => {
    await h.signInAt(page, 'owner@solo.example');
    await menu(page, 'Users').click();
    await page.getByRole('button', { name: 'Actions for morgan@solo.example' }).click();
    await page.getByRole('menuitem', { name: 'List access' }).click();
    await page.getByRole('heading', { name: 'List access of Morgan Member' }).waitFor();
    await page.getByText('Morgan Member reaches every list and contact their role allows.').waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Access to Partners (view)' }).getAttribute('aria-disabled'), 'true', 'levels wait for the switch');

    await page.getByLabel('Restrict to chosen lists').check();
    await page.getByRole('combobox', { name: 'Access to Partners (view)' }).click();
    await page.getByRole('option', { name: 'View', exact: true }).click();
    await page.getByRole('combobox', { name: 'Access to Press (send)' }).click();
    await page.getByRole('option', { name: 'Send only', exact: true }).click();
    await page.getByText(/Lists \(2 of \d+ chosen\)/).waitFor();
    await screenshot(page, 'list-access-screen');
    await page.getByRole('button', { name: 'Save list access' }).click();

    await page.getByText('Morgan Member now reaches 2 chosen lists only.').waitFor();
    const morgan = page.getByRole('row').filter({ hasText: 'morgan@solo.example' });
    await morgan.getByText('Chosen lists only').waitFor();
    assert.equal(await page.getByRole('row').filter({ hasText: 'riley@solo.example' }).getByText('Chosen lists only').count(), 0, 'only the restricted member has the chip');
    await screenshot(page, 'list-access-team-chip');

    // Opened again, the screen shows what is stored.
    await page.getByRole('button', { name: 'Actions for morgan@solo.example' }).click();
    await page.getByRole('menuitem', { name: 'List access' }).click();
    await page.getByRole('combobox', { name: 'Access to Press (send)' }).getByText('Send only').waitFor();
    await page.getByRole('combobox', { name: 'Access to Partners (view)' }).getByText('View').waitFor();
    await page.getByRole('combobox', { name: 'Access to Newsletter' }).getByText('No access').waitFor();
    assert.equal(await page.getByLabel('Restrict to chosen lists').isChecked(), true);
  });

  const { rows: stored } = await h.db.query(
    `SELECT l.name, a.level::text AS level FROM list_access a JOIN contact_list l ON l.account_id = a.account_id AND l.id = a.list_id
     WHERE a.account_id = $1 AND a.user_id = $2 ORDER BY l.name`,
    [SOLO, morganId],
  );
  assert.deepEqual(stored, [
    { name: 'Partners (view)', level: 'VIEW' },
    { name: 'Press (send)', level: 'SEND' },
  ]);
  const { rows: membership } = await h.db.query(`SELECT list_restricted FROM membership WHERE account_id = $1 AND user_id = $2`, [SOLO, morganId]);
  assert.equal(membership[0].list_restricted, true);

  await h.inBrowser('list-access-member', async (page) => {
    const failures = failedApiCalls(page);
    await h.signInAt(page, 'morgan@solo.example');
    await menu(page, 'Lists').click();
    const sendRow = page.getByRole('row').filter({ hasText: 'Press (send)' });
    const viewRow = page.getByRole('row').filter({ hasText: 'Partners (view)' });
    await sendRow.getByText('Send only').waitFor();
    await viewRow.getByText('View only').waitFor();
    assert.equal(await page.getByRole('row').filter({ hasText: 'Newsletter' }).count(), 0, 'a list without access does not exist for the member');
    assert.equal(await page.getByRole('row').filter({ hasText: 'VIP customers' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Create', exact: true }).count(), 0, 'a restricted member creates no lists');
    await screenshot(page, 'list-access-member-lists');

    // Send only: the row does not open.
    await sendRow.getByRole('cell', { name: /Press \(send\)/ }).click();
    await page.waitForTimeout(500);
    assert.match(page.url(), /#\/lists(\?.*)?$/, 'a Send only list does not open');

    // View: opens read-only, with its contacts and no way to edit.
    await viewRow.getByRole('cell', { name: /Partners \(view\)/ }).click();
    await page.waitForURL(new RegExp(`#/lists/${viewList}/show$`));
    await page.getByRole('cell', { name: 'pia.partner@partners.example' }).waitFor();
    await page.getByRole('cell', { name: 'both.lists@partners.example' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0, 'no Edit on a View list');
    assert.equal(await page.getByRole('textbox', { name: /Name/ }).count(), 0, 'nothing to type into');
    await screenshot(page, 'list-access-member-view-list');

    // Its edit URL leads to the read-only page.
    await page.goto(`${h.baseUrl}/#/lists/${viewList}`);
    await page.waitForURL(new RegExp(`#/lists/${viewList}/show$`));

    // The Send only list at its own URL: name and size, never its members.
    await page.goto(`${h.baseUrl}/#/lists/${sendList}/show`);
    await page.getByText('You can send campaigns to this list, but not open its contacts.').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Members' }).count(), 0, 'no members on a Send only list');
    assert.equal(await page.getByText('polly.press@press.example').count(), 0);

    // Contacts: exactly those of the View list.
    await menu(page, 'Contacts').click();
    await page.getByRole('cell', { name: 'pia.partner@partners.example' }).waitFor();
    const emails = await page.locator('td.column-email').allTextContents();
    assert.deepEqual(emails.sort(), ['both.lists@partners.example', 'pete.partner@partners.example', 'pia.partner@partners.example']);
    await page.getByRole('link', { name: 'Add contact' }).waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('button', { name: 'Import CSV' }).count(), 0, 'a restricted member imports no contacts');
    await screenshot(page, 'list-access-member-contacts');

    assert.deepEqual(failures, [], 'the portal asked for nothing the member may not see');
  });
});
