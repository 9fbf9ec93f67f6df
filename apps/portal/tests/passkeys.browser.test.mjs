// Issue 20, part 6: passkeys in Chromium with a virtual authenticator (the DevTools protocol's WebAuthn
// domain). A person adds a passkey on the security page, signs out, signs in with it and no password,
// then renames and removes it. WebAuthn takes no IP address as relying party: the portal is on localhost.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { screenshot, useHarness } from './harness.mjs';

const h = useHarness({ host: 'localhost' });
const EMAIL = 'owner@solo.example';

/** A platform authenticator that holds discoverable credentials and verifies its user, as a laptop's does. */
async function addVirtualAuthenticator(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

test('a person adds a passkey, signs in with it instead of the password, renames and removes it', () =>
  h.inBrowser('passkeys', async (page) => {
    const authenticator = await addVirtualAuthenticator(page);
    await h.signInAt(page, EMAIL);
    await page.goto(`${h.baseUrl}/#/my-account/security`);

    const section = page.locator('.MuiCard-root', { has: page.getByRole('heading', { name: 'Passkeys' }) });
    await section.getByText('You have no passkeys yet.').waitFor();
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Passkey name/).fill('Laptop');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Passkey "Laptop" added').waitFor();
    const rows = section.getByRole('table', { name: 'Your passkeys' }).locator('tbody tr');
    await rows.filter({ hasText: 'Laptop' }).waitFor();
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /Never/, 'not used to sign in yet');
    await screenshot(page, 'passkeys-added');

    // The same authenticator again: the browser refuses it (excludeCredentials), and the dialog says so.
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    await dialog.getByLabel(/^Passkey name/).fill('Laptop again');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByText('This passkey is already registered to your account.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await rows.count(), 1);

    const [credential] = await authenticator.credentials();
    assert.equal(credential.isResidentCredential, true, 'a discoverable credential');
    const { rows: stored } = await h.db.query('SELECT p.name, p.credential_id FROM passkey p JOIN app_user u ON u.id = p.user_id WHERE u.username = $1', [EMAIL]);
    assert.deepEqual(stored.map((row) => row.name), ['Laptop']);
    assert.equal(stored[0].credential_id, credential.credentialId.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));

    // Signed out, then in again with the passkey alone: no email, no password.
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByLabel(/^Email/).waitFor();
    await screenshot(page, 'passkeys-login-page');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('Signed in as').waitFor();
    const { rows: sessions } = await h.db.query(
      "SELECT s.two_factor FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1 ORDER BY s.created_at DESC LIMIT 1",
      [EMAIL],
    );
    assert.equal(sessions[0].two_factor, true, 'a passkey session counts as two-step');

    await page.goto(`${h.baseUrl}/#/my-account/security`);
    await rows.filter({ hasText: 'Laptop' }).waitFor();
    assert.doesNotMatch(await rows.first().innerText(), /Never/, 'its last use is shown');

    await rows.first().getByRole('button', { name: 'Rename' }).click();
    await dialog.getByLabel(/^Passkey name/).fill('Work laptop');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await rows.filter({ hasText: 'Work laptop' }).waitFor();
    await dialog.waitFor({ state: 'detached' });

    await rows.first().getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByText('Remove this passkey?').waitFor();
    await screenshot(page, 'passkeys-confirm-remove');
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Passkey "Work laptop" removed').waitFor();
    await section.getByText('You have no passkeys yet.').waitFor();

    // The authenticator still holds the credential, but it no longer signs in.
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('The passkey could not be verified.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sign in with a passkey' }).isEnabled(), true, 'it can be tried again');
    await screenshot(page, 'passkeys-removed-refused');
  }));
