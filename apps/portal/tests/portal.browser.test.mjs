// The portal's screens against the real API and database, in Chromium: the Accounts tab, Manage
// users, permissions in menus, buttons and direct URLs, and accepting an invitation from its link.
// Run with `npm test` after building the portal, the API and the db package. Screenshots of the key
// screens are saved in apps/portal/test-artifacts/.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { IDS, menu, PASSWORD, screenshot, useHarness } from './harness.mjs';

const h = useHarness();

const appBarAccount = (page) => page.getByTestId('current-account');
test('a partner owner creates a client account, sees its owner Pending, filters, and opens the client', () =>
  h.inBrowser('accounts-tab', async (page) => {
    await h.signInAt(page, 'owner@agency.example');
    assert.equal(await appBarAccount(page).textContent(), 'Green Acres Agency');
    await menu(page, 'Resources').waitFor();

    await menu(page, 'Accounts').click();
    await page.getByRole('cell', { name: 'Client One', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Client Two', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Create client account' }).click();
    await page.getByLabel(/^Account name/).fill('Casa Realty');
    await page.getByLabel(/^Owner's email/).fill('sue.casa@casarealty.example');
    await screenshot(page, 'accounts-create-client');
    await page.getByRole('button', { name: 'Create client account' }).click();

    await page.getByText('Casa Realty was created. sue.casa@casarealty.example has been invited and shows as Pending until they accept.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Casa Realty' });
    await row.getByText('sue.casa@casarealty.example').waitFor();
    await row.getByText('Pending', { exact: true }).waitFor();
    assert.equal(await row.getByText('Single Bill', { exact: true }).count(), 1);
    await screenshot(page, 'accounts-list-owner-pending');

    // The owner filter: only Casa Realty's owner is pending.
    await page.getByLabel('Owner', { exact: true }).click();
    await page.getByRole('option', { name: 'Pending' }).click();
    await page.getByRole('cell', { name: 'Client One', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'Casa Realty', exact: true }).waitFor();
    assert.equal(await page.getByRole('row').filter({ hasText: 'Client Two' }).count(), 0);

    // A row opens that client: the app bar says where the partner now works.
    await page.getByRole('cell', { name: 'Casa Realty', exact: true }).click();
    await page.getByTestId('current-account').getByText('Casa Realty — managed by Green Acres Agency').waitFor();
    await menu(page, 'Users').click();
    const owner = page.getByRole('row').filter({ hasText: 'sue.casa@casarealty.example' });
    await owner.getByText('Account Owner').waitFor();
    await owner.getByText('Pending', { exact: true }).waitFor();
    await page.getByTestId('people-counter').getByText('1 of 10 people').waitFor();
    assert.equal(await menu(page, 'Accounts').count(), 0, 'no Accounts tab inside a client');
    assert.equal(await menu(page, 'Resources').count(), 0, 'no Resources tab inside a client');
    await screenshot(page, 'client-users-as-partner-owner');

    // Back to the partner's own account through the switcher.
    await page.getByRole('button', { name: /^Current account: Casa Realty/ }).click();
    await page.getByRole('menuitem', { name: /Green Acres Agency/ }).click();
    await page.getByTestId('current-account').getByText('Green Acres Agency', { exact: true }).waitFor();
    await menu(page, 'Accounts').waitFor();
  }));

test('inviting an email with a pending invitation asks before revoking it, then sends again', () =>
  h.inBrowser('pending-dialog', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    assert.equal(await appBarAccount(page).textContent(), 'Client One — managed by Green Acres Agency');
    await menu(page, 'Users').click();
    await page.getByRole('row').filter({ hasText: 'cc@client-one.example' }).getByText('Campaign Creator').waitFor();
    await page.getByTestId('people-counter').getByText('2 of 10 people').waitFor();

    await page.getByRole('link', { name: 'Add user' }).click();
    await page.getByText(/Add \+1 before the @/).waitFor();
    const roles = page.getByLabel(/^Role/);
    await roles.click();
    const offered = await page.getByRole('option').allTextContents();
    assert.deepEqual(offered.sort(), ['Account Manager', 'Campaign Creator'], 'no Owner, and no Partner Manager in a client account');
    await page.getByRole('option', { name: 'Account Manager' }).click();
    await page.getByLabel(/^Email/).fill('pat.new@client-one.example');
    await screenshot(page, 'users-add-user');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('An invitation was sent to pat.new@client-one.example.').waitFor();
    const invited = page.getByRole('row').filter({ hasText: 'pat.new@client-one.example' });
    await invited.getByText('Pending', { exact: true }).waitFor();
    await invited.getByText('Account Manager').waitFor();
    await page.getByTestId('people-counter').getByText('3 of 10 people').waitFor();

    await page.getByRole('link', { name: 'Add user' }).click();
    await page.getByLabel(/^Email/).fill('pat.new@client-one.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText('You already have a pending invitation to pat.new@client-one.example. Sending it again will revoke all previous invitations. Would you like to proceed?')
      .waitFor();
    await screenshot(page, 'users-pending-invitation-dialog');
    await dialog.getByRole('button', { name: 'Send again' }).click();
    await page.getByText('An invitation was sent to pat.new@client-one.example.').waitFor();
    await page.getByRole('row').filter({ hasText: 'pat.new@client-one.example' }).first().waitFor();
    assert.equal(await page.getByRole('row').filter({ hasText: 'pat.new@client-one.example' }).count(), 1, 'the earlier invitation was replaced');
    await page.getByTestId('people-counter').getByText('3 of 10 people').waitFor();

    const { rows } = await h.db.query(
      `SELECT state::text AS state FROM invitation WHERE account_id = $1 AND email = 'pat.new@client-one.example' ORDER BY created_at`,
      [IDS.clientOne],
    );
    assert.deepEqual(rows.map((row) => row.state), ['REVOKED', 'PENDING']);

    // Revoke asks first; then the row is gone.
    // The list refreshes after the re-invite; on a loaded machine that can land while the menu is open
    // and take the menu with it, so the menu is opened again until its item is clicked.
    for (let attempt = 1; ; attempt += 1) {
      await page.getByRole('button', { name: 'Actions for pat.new@client-one.example' }).click();
      const clicked = await page.getByRole('menuitem', { name: 'Revoke invite' }).click({ timeout: 5_000 }).then(() => true, () => false);
      if (clicked || attempt === 3) break;
      await page.keyboard.press('Escape');
    }
    await page.getByRole('dialog').getByText('The invitation link sent to pat.new@client-one.example stops working.').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke invite' }).click();
    await page.getByText('The invitation to pat.new@client-one.example was revoked.').waitFor();
    await page.getByRole('row').filter({ hasText: 'pat.new@client-one.example' }).waitFor({ state: 'detached' });
    await page.getByTestId('people-counter').getByText('2 of 10 people').waitFor();

    // Change role of a member.
    await page.getByRole('button', { name: 'Actions for cc@client-one.example' }).click();
    await page.getByRole('menuitem', { name: 'Change role' }).click();
    await page.getByRole('dialog').getByLabel('Role').click();
    await page.getByRole('option', { name: 'Account Manager' }).click();
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.getByText('Cam Creator is now Account Manager.').waitFor();
    await page.getByRole('row').filter({ hasText: 'cc@client-one.example' }).getByText('Account Manager').waitFor();
    // Put it back for the other tests.
    await page.getByRole('button', { name: 'Actions for cc@client-one.example' }).click();
    await page.getByRole('menuitem', { name: 'Change role' }).click();
    await page.getByRole('dialog').getByLabel('Role').click();
    await page.getByRole('option', { name: 'Campaign Creator' }).click();
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.getByRole('row').filter({ hasText: 'cc@client-one.example' }).getByText('Campaign Creator').waitFor();
  }));

test('a partner manager has no user management in the partner account, but has it inside a client', () =>
  h.inBrowser('partner-manager', async (page) => {
    await h.signInAt(page, 'pm@agency.example');
    await menu(page, 'Accounts').waitFor();
    assert.equal(await menu(page, 'Users').count(), 0, 'no Users menu in the partner account');

    await page.goto(`${h.baseUrl}/#/users`);
    await page.getByRole('heading', { name: 'Access denied' }).waitFor();
    await page.getByText('Your role in Green Acres Agency (Partner Manager) does not allow this page.').waitFor();
    await screenshot(page, 'partner-manager-users-access-denied');

    await menu(page, 'Accounts').click();
    await page.getByRole('cell', { name: 'Client Two', exact: true }).click();
    await page.getByTestId('current-account').getByText('Client Two — managed by Green Acres Agency').waitFor();
    await menu(page, 'Users').click();
    await page.getByRole('row').filter({ hasText: 'owner@client-two.example' }).getByText('Account Owner').waitFor();
    await page.getByRole('link', { name: 'Add user' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Actions for owner@client-two.example' }).count(), 0, 'the owner has no row menu');
    await screenshot(page, 'partner-manager-in-client-users');

    // The choice survives a reload: the grant through the partner is kept.
    await page.reload();
    await page.getByTestId('current-account').getByText('Client Two — managed by Green Acres Agency').waitFor();
    await page.getByRole('link', { name: 'Add user' }).waitFor();
  }));

test('an owner sees an invitation email being retried (attempt, next time, last error) and one that failed for good', async () => {
  const retryAt = new Date(Date.now() + 4 * 60_000);
  const insert = (email, status, error, attempts, nextAt) =>
    h.db.query(
      `INSERT INTO invitation (id, account_id, email, username, role, expires_at, updated_at, delivery_status, delivery_error, delivery_attempts, delivery_next_attempt_at)
       VALUES (gen_random_uuid(), $1, $2, $2, 'CAMPAIGN_CREATOR', now() + interval '7 days', now(), $3, $4, $5, $6)`,
      [IDS.clientOne, email, status, error, attempts, nextAt],
    );
  await insert('retrying.person@example.com', 'QUEUED', 'connect ECONNREFUSED 127.0.0.1:25', 3, retryAt);
  await insert('refused.person@example.com', 'FAILED', '550 No such user here', 1, null);

  await h.inBrowser('users-delivery-retrying', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await menu(page, 'Users').click();
    const retrying = page.getByRole('row').filter({ hasText: 'retrying.person@example.com' });
    await retrying.getByText(/^Retrying: attempt 4, next at .+, last error: connect ECONNREFUSED 127\.0\.0\.1:25$/).waitFor();
    const refused = page.getByRole('row').filter({ hasText: 'refused.person@example.com' });
    await refused.getByText('Email failed').waitFor();
    assert.equal(await refused.getByText(/^Retrying/).count(), 0);
    await screenshot(page, 'users-delivery-retrying');
  });
});

test('a campaign creator sees the team but cannot manage it, and forbidden URLs show access denied', () =>
  h.inBrowser('campaign-creator', async (page) => {
    await h.signInAt(page, 'cc@client-one.example');
    await menu(page, 'Users').click();
    await page.getByRole('row').filter({ hasText: 'owner@client-one.example' }).getByText('Account Owner').waitFor();
    await page.getByTestId('people-counter').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Add user' }).count(), 0, 'no Add user button');
    assert.equal(await page.getByRole('button', { name: /^Actions for / }).count(), 0, 'no row menus');
    assert.equal(await menu(page, 'Accounts').count(), 0);
    await screenshot(page, 'campaign-creator-users');

    await page.goto(`${h.baseUrl}/#/users/create`);
    await page.getByRole('heading', { name: 'Access denied' }).waitFor();
    await page.goto(`${h.baseUrl}/#/clients`);
    await page.getByRole('heading', { name: 'Access denied' }).waitFor();
    await screenshot(page, 'campaign-creator-access-denied');
  }));

test('an invitee opens the emailed link, sets a password and lands in the account; the link then stops working', async () => {
  const asOwner = await h.apiAs('owner@client-one.example');
  const created = await asOwner('POST', `/accounts/${IDS.clientOne}/invitations`, { email: 'robin.new@client-one.example', role: 'ACCOUNT_MANAGER' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const link = await h.mintInvitationLink(created.body.id);

  await h.inBrowser('accept-new-person', async (page) => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Join Client One' }).waitFor();
    await page.getByText('Account Manager', { exact: true }).waitFor();
    await page.getByText('Casey Client (owner@client-one.example)').waitFor();
    await screenshot(page, 'accept-invitation-new-person');

    await page.getByLabel(/^Your name/).fill('Robin New');
    await page.getByLabel(/^Password/).fill('short');
    await page.getByLabel(/^Repeat the password/).fill('short');
    await page.getByRole('button', { name: 'Create login and accept' }).click();
    await page.getByText('Choose a password of at least 10 characters.').waitFor();

    await page.getByLabel(/^Password/).fill('a-long-enough-password');
    await page.getByLabel(/^Repeat the password/).fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Create login and accept' }).click();
    await page.getByRole('heading', { name: 'Robin New' }).waitFor();
    await page.getByTestId('current-account').getByText('Client One — managed by Green Acres Agency').waitFor();
    await screenshot(page, 'accept-invitation-signed-in');

    await page.goto(link);
    await page.getByRole('heading', { name: 'This invitation can no longer be used' }).waitFor();
    await page.getByText('This invitation was already accepted. Ask the account owner to send a new one.').waitFor();
    await screenshot(page, 'accept-invitation-used');
  });
});

test('an existing user signs in to accept; a revoked link shows a clear page', async () => {
  const asOwner = await h.apiAs('owner@client-two.example');
  const created = await asOwner('POST', `/accounts/${IDS.clientTwo}/invitations`, { email: 'owner@solo.example', role: 'CAMPAIGN_CREATOR' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const link = await h.mintInvitationLink(created.body.id);
  const revokedInvitation = await asOwner('POST', `/accounts/${IDS.clientTwo}/invitations`, { email: 'gone@client-two.example', role: 'CAMPAIGN_CREATOR' });
  assert.equal(revokedInvitation.status, 201);
  const revokedLink = await h.mintInvitationLink(revokedInvitation.body.id);
  assert.equal((await asOwner('DELETE', `/accounts/${IDS.clientTwo}/invitations/${revokedInvitation.body.id}`)).status, 204);

  await h.inBrowser('accept-existing-user', async (page) => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Join Client Two' }).waitFor();
    await page.getByText('owner@solo.example already has a login. Sign in to accept.').waitFor();
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in and accept' }).click();
    await page.getByText('Sign in as owner@solo.example (or give its password) to accept this invitation.').waitFor();
    await screenshot(page, 'accept-invitation-existing-user');

    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in and accept' }).click();
    await page.getByTestId('current-account').getByText('Client Two — managed by Green Acres Agency').waitFor();
    await page.getByText('Solo Studio', { exact: true }).waitFor();

    await page.goto(revokedLink);
    await page.getByRole('heading', { name: 'This invitation can no longer be used' }).waitFor();
    await page.getByText('This invitation was revoked or replaced by a newer one. Ask the account owner to send a new one.').waitFor();
    await screenshot(page, 'accept-invitation-revoked');
  });
});
