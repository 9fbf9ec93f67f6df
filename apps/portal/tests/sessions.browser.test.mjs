// Issue 20, part 4: a person's sessions page (user menu → Sessions). Two browser contexts sign in as
// the same demo user; one signs the other out, which is signed out on its next request.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { screenshot, useHarness } from './harness.mjs';

const h = useHarness();
const EMAIL = 'owner@solo.example';

test('a person sees both sessions, signs out the other one, then everywhere else; each is signed out on its next request', () =>
  h.inBrowser('sessions-other-device', async (other) => {
    await h.signInAt(other, EMAIL);

    await h.inBrowser('sessions-this-device', async (page) => {
      await h.signInAt(page, EMAIL);
      await page.getByRole('button', { name: 'Profile' }).click();
      await page.getByRole('menuitem', { name: 'Sessions' }).click();

      const table = page.getByRole('table', { name: 'Your sessions' });
      const sessionRows = table.locator('tbody tr');
      await table.getByText('This device').waitFor();
      assert.equal(await sessionRows.count(), 2, 'both sessions are listed');
      const otherRow = sessionRows.filter({ hasNotText: 'This device' });
      assert.match(await otherRow.innerText(), /Chrome \d+ on Linux/);
      await screenshot(page, 'sessions-two-devices');

      await otherRow.getByRole('button', { name: 'Sign out' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Sign out this session?').waitFor();
      await screenshot(page, 'sessions-confirm-sign-out');
      await dialog.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('Signed out 1 session').waitFor();
      await assertCount(sessionRows, 1);

      // The other context's next request is refused: it is back at the sign-in page.
      await other.reload();
      await other.getByLabel(/^Email/).waitFor();

      // Signed in again there, it is signed out by "Sign out everywhere else" too.
      await h.signInAt(other, EMAIL);
      await page.reload();
      await assertCount(sessionRows, 2);
      await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
      await page.getByRole('dialog').getByText('Every other session (1) will be signed out on its next request. This device stays signed in.').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();
      await assertCount(sessionRows, 1);
      await table.getByText('This device').waitFor();
      await other.reload();
      await other.getByLabel(/^Email/).waitFor();
    });
  }));

/** Waits until `rows` holds `count` rows (the list reloads after a sign-out). */
async function assertCount(rows, count) {
  const deadline = Date.now() + 10_000;
  while ((await rows.count()) !== count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(await rows.count(), count);
}
