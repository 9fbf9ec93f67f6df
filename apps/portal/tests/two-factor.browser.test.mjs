// Issue 20, part 5: two-step sign-in in Chromium against the real API. A person turns it on from the
// security page (the test reads the setup key from the page and computes the codes with otplib, as an
// authenticator app would), keeps the recovery codes, and signs in with a password and a code, then with
// a recovery code; an account owner requires it of everyone, and a member without it is led to turn it
// on before the account opens. Every person here is new: the demo people keep signing in with a password.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { generate } from 'otplib';
import { menu, PASSWORD, screenshot, signIn, useHarness } from './harness.mjs';

// A development build: React and MUI report their warnings on the console only there.
const h = useHarness({ portal: 'development' });
const STEP_SECONDS = 30;
/**
 * react-admin's own inputs hand MUI 9 props it no longer reads (see crawl.browser.test.mjs); the console
 * text is React's format string followed by its values.
 */
const UPSTREAM_WARNINGS = [/^React does not recognize the `%s` prop on a DOM element\.[^]* (InputProps|inputProps) inputprops$/];

/**
 * h.inBrowser, failing also on a page error, a console error or a React warning. The answers the test
 * provokes (a wrong code's 401, an account's 403) log "Failed to load resource": those are expected.
 */
function inBrowser(name, steps) {
  return h.inBrowser(name, async (page) => {
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() !== 'error' || text.startsWith('Failed to load resource') || UPSTREAM_WARNINGS.some((warning) => warning.test(text))) return;
      problems.push(text);
    });
    await steps(page);
    assert.deepEqual(problems, [], 'no errors or warnings on the console');
  });
}

/** A new person with their own standalone account, signed up through the API, their email verified. */
async function signUpPerson(label, accountName) {
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@two-factor.example`;
  const response = await fetch(`${h.baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, accountName, name: label }),
  });
  assert.equal(response.status, 202, await response.text());
  const { rows } = await h.db.query('UPDATE app_user SET email_verified_at = now() WHERE username = $1 RETURNING id', [email.toLowerCase()]);
  assert.equal(rows.length, 1, `${email} signed up`);
  const account = await h.db.query("SELECT account_id FROM membership WHERE user_id = $1 AND role = 'ACCOUNT_OWNER'", [rows[0].id]);
  return { email, userId: rows[0].id, accountId: account.rows[0].account_id, lastStep: 0 };
}

/** A new person with the demo password, made a Campaign Creator of `accountId` (as an accepted invitation would). */
async function addMember(accountId, label) {
  const email = `${label}-${Date.now()}@two-factor.example`;
  const { rows } = await h.db.query(
    `INSERT INTO app_user (id, username, email, name, password_hash, updated_at)
     SELECT gen_random_uuid(), $1, $1, $2, password_hash, now() FROM app_user WHERE username = 'owner@solo.example'
     RETURNING id`,
    [email, label],
  );
  await h.db.query(`INSERT INTO membership (account_id, user_id, role, updated_at) VALUES ($1, $2, 'CAMPAIGN_CREATOR', now())`, [accountId, rows[0].id]);
  return { email, userId: rows[0].id, lastStep: 0 };
}

/**
 * The code the person's authenticator app shows, for a time step later than the last one used (the API
 * refuses a code replayed within its window, and accepts one step early): waits for the next step when
 * both are used.
 */
async function nextCode(person) {
  for (;;) {
    const current = Math.floor(Date.now() / 1000 / STEP_SECONDS);
    const step = Math.max(current, person.lastStep + 1);
    if (step <= current + 1) {
      person.lastStep = step;
      return generate({ secret: person.secret, epoch: step * STEP_SECONDS });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const openUserMenu = async (page, item) => {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: item }).click();
};

/**
 * Turns on two-step sign-in from the security page as the person would: password, setup key (read from
 * the page), first code. Answers the recovery codes the page shows once, after checking the download.
 */
async function turnOnTwoFactor(page, person) {
  await page.getByRole('heading', { name: 'Security', exact: true, level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByLabel(/^Your password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();

  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await qr.waitFor();
  await page.waitForFunction(() => document.querySelector('img[alt^="QR code"]')?.naturalWidth > 0);
  person.secret = (await page.getByLabel('Setup key').inputValue()).replace(/\s/g, '');
  assert.match(person.secret, /^[A-Z2-7]{16,}$/, 'the setup key is base32');
  await page.getByLabel(/^Code from the app/).fill(await nextCode(person));
  await page.getByRole('button', { name: 'Turn on' }).click();

  const list = page.getByRole('list', { name: 'Recovery codes' });
  await list.waitFor();
  const codes = (await list.getByRole('listitem').allInnerTexts()).map((code) => code.trim());
  assert.equal(codes.length, 10, 'ten recovery codes');
  assert.equal(new Set(codes).size, 10, 'all different');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as .txt' }).click()]);
  assert.equal(download.suggestedFilename(), 'partner-portal-recovery-codes.txt');
  const text = await readFile(await download.path(), 'utf8');
  for (const code of codes) assert.ok(text.includes(code), `${code} is in the downloaded file`);
  return codes;
}

async function signOut(page) {
  await openUserMenu(page, 'Logout');
  await page.getByLabel(/^Email/).waitFor();
}

/** The login page's two steps: the password, then a code from the app; the portal opens where it was. */
async function signInWithCode(page, person) {
  await signIn(page, person.email);
  await page.getByText('Enter the 6-digit code from your authenticator app.').waitFor();
  await page.getByLabel(/^Code/).fill(await nextCode(person));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('button', { name: 'Profile' }).waitFor();
}

test('a person turns on two-step sign-in, keeps the recovery codes, signs in with a code and with a recovery code, makes new codes and turns it off', async () => {
  const person = await signUpPerson('tess', 'Tess Studio');
  await inBrowser('two-factor-enroll-and-sign-in', async (page) => {
    await h.signInAt(page, person.email);
    await openUserMenu(page, 'Security');
    await page.getByText(/^Two-step sign-in is off\. Turn it on/).waitFor();
    const codes = await turnOnTwoFactor(page, person);
    await screenshot(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('10 recovery codes left.', { exact: false }).waitFor();
    await page.getByText(/^Two-step sign-in is on since/).waitFor();

    // Signing in is now two steps; a wrong code is refused and says so.
    await signOut(page);
    await signIn(page, person.email);
    const codeField = page.getByLabel(/^Code/);
    await codeField.waitFor();
    assert.equal(await codeField.getAttribute('inputmode'), 'numeric');
    assert.equal(await codeField.getAttribute('autocomplete'), 'one-time-code');
    assert.ok(await codeField.evaluate((input) => input === document.activeElement), 'the code field has the focus');
    await screenshot(page, 'two-factor-code-step');
    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').filter({ hasText: /code/i }).waitFor();
    assert.equal(await page.getByText('Signed in as').count(), 0);
    await codeField.fill(await nextCode(person));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Signed in as').waitFor();

    // A recovery code instead of the app, once.
    await signOut(page);
    await signIn(page, person.email);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByText('Enter one of your recovery codes. Each one works once.').waitFor();
    await page.getByLabel(/^Recovery code/).fill(codes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Signed in as').waitFor();

    await openUserMenu(page, 'Security');
    await page.getByText('9 recovery codes left.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Open the security log' }).click();
    const log = page.getByRole('table', { name: 'Security log' });
    for (const label of ['Signed in with a recovery code', 'Signed in with a code', 'Two-step sign-in turned on', 'Signed up']) {
      await log.getByRole('cell', { name: label, exact: true }).first().waitFor();
    }
    await screenshot(page, 'two-factor-security-log');

    // The same recovery code does not work twice.
    await signOut(page);
    await signIn(page, person.email);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel(/^Recovery code/).fill(codes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByText('Signed in as').count(), 0, 'a used recovery code is refused');
    await page.getByLabel(/^Recovery code/).fill(codes[1]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Signed in as').waitFor();

    // New recovery codes replace the old ones; turning it off takes the password and a code.
    await openUserMenu(page, 'Security');
    await page.getByRole('button', { name: 'New recovery codes' }).click();
    await page.getByLabel(/^Your password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Make new codes' }).click();
    const freshList = page.getByRole('list', { name: 'Recovery codes' });
    await freshList.waitFor();
    const fresh = (await freshList.getByRole('listitem').allInnerTexts()).map((code) => code.trim());
    assert.equal(fresh.length, 10);
    assert.ok(!fresh.includes(codes[2]), 'the codes are new');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('10 recovery codes left.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByLabel(/^Your password/).fill(PASSWORD);
    await page.getByLabel(/^Code from the app/).fill(codes[2]);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByRole('alert').filter({ hasText: /code/i }).waitFor();
    await page.getByLabel(/^Code from the app/).fill(fresh[0]);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByText(/^Two-step sign-in is off\. Turn it on/).waitFor();

    // The password alone signs in again.
    await signOut(page);
    await signIn(page, person.email);
    await page.getByText('Signed in as').waitFor();
  });
});

test('when the code step has expired, the login page goes back to the password and says why', async () => {
  const person = await signUpPerson('uma', 'Uma Studio');
  await inBrowser('two-factor-expired-step', async (page) => {
    await h.signInAt(page, person.email);
    await openUserMenu(page, 'Security');
    await turnOnTwoFactor(page, person);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await signOut(page);

    await page.route('**/api/auth/login/two-factor', (route) =>
      route.fulfill({ status: 401, json: { statusCode: 401, code: 'TWO_FACTOR_TOKEN_INVALID', message: 'This sign-in has expired: start again.' } }),
    );
    await signIn(page, person.email);
    await page.getByLabel(/^Code/).fill(await nextCode(person));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('That sign-in took too long. Enter your email and password again.').waitFor();
    await page.getByLabel(/^Password/).waitFor();
    await page.unroute('**/api/auth/login/two-factor');
  });
});

test('an owner requires two-step sign-in after turning it on; a member without it is led to turn it on, and then the account opens', async () => {
  const owner = await signUpPerson('olga', 'Olga Bakery');
  const member = await addMember(owner.accountId, 'milo');

  await inBrowser('two-factor-policy-owner', async (page) => {
    await h.signInAt(page, owner.email);
    await menu(page, 'Settings').click();
    const requirement = page.getByRole('switch', { name: 'Require two-step sign-in for everyone in this account' });
    await requirement.waitFor();
    await page.waitForFunction(() => !document.querySelector('input[type="checkbox"]')?.disabled);
    assert.equal(await requirement.isChecked(), false);

    // Not before the owner signs in with a second step: the page says why and where to turn it on.
    await requirement.click();
    await page.getByText('Turn on two-step sign-in for yourself first', { exact: false }).waitFor();
    assert.equal(await requirement.isChecked(), false);
    await screenshot(page, 'two-factor-policy-enable-first');
    await page.getByRole('link', { name: 'Go to your security settings' }).click();
    await turnOnTwoFactor(page, owner);
    await page.getByRole('button', { name: 'I have saved them' }).click();

    await menu(page, 'Settings').click();
    await page.waitForFunction(() => !document.querySelector('input[type="checkbox"]')?.disabled);
    await requirement.click();
    await page.getByText('Two-step sign-in is now required.').waitFor();
    assert.equal(await requirement.isChecked(), true);
    await screenshot(page, 'two-factor-policy-on');
  });

  await inBrowser('two-factor-policy-old-session', async (other) => {
    // Signed in with the password alone, before the member has a second step.
    await h.signInAt(other, member.email);

    await inBrowser('two-factor-policy-member', async (page) => {
      await h.signInAt(page, member.email);
      await menu(page, 'Campaigns').click();
      await page.getByRole('heading', { name: 'Olga Bakery requires two-step sign-in' }).waitFor();
      assert.equal(await page.getByText('No campaigns yet').count(), 0, "the account's page is not shown");
      await screenshot(page, 'two-factor-required');

      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await turnOnTwoFactor(page, member);
      await page.getByRole('button', { name: 'I have saved them' }).click();

      // The session that turned it on counts as signed in with it: the account opens.
      await menu(page, 'Campaigns').click();
      await page.getByText('No campaigns yet').waitFor();
      assert.equal(await page.getByText('requires two-step sign-in').count(), 0);
    });

    // The older session is asked to sign in again, now with a code.
    await menu(other, 'Campaigns').click();
    await other.getByRole('heading', { name: 'Olga Bakery requires two-step sign-in' }).waitFor();
    await screenshot(other, 'two-factor-required-sign-in-again');
    await other.getByRole('button', { name: 'Sign out and sign in again with your code' }).click();
    await signInWithCode(other, member);
    await menu(other, 'Campaigns').click();
    await other.getByText('No campaigns yet').waitFor();
  });
});

test("a partner's settings offer to require two-step sign-in of its staff in every client too", () =>
  inBrowser('two-factor-policy-partner', async (page) => {
    await h.signInAt(page, 'owner@agency.example');
    await menu(page, 'Settings').click();
    const requirement = page.getByRole('switch', { name: 'Require two-step sign-in for everyone in this account and for your staff in every client' });
    await requirement.waitFor();
    await page.waitForFunction(() => !document.querySelector('input[type="checkbox"]')?.disabled);
    assert.equal(await requirement.isChecked(), false, 'the demo partner does not require it');
  }));

test("partner staff without a second factor who open a client that requires one are led to the security page", () =>
  inBrowser('two-factor-partner-into-client', async (page) => {
    // This test file's own copy of the demo data: no other test sees Client Two's policy.
    await h.db.query("UPDATE account SET require_two_factor = true WHERE name = 'Client Two'");
    try {
      await h.signInAt(page, 'owner@agency.example');
      await menu(page, 'Accounts').click();
      await page.getByRole('cell', { name: 'Client Two', exact: true }).click();
      await page.getByText('That account requires two-step sign-in. Turn it on here (or sign out and sign in again with it), then open the account again.').waitFor();
      await page.waitForURL(/#\/my-account\/security$/);
      await page.getByText('Two-step sign-in is off.', { exact: false }).waitFor();
      // Client One requires nothing: it still opens.
      await menu(page, 'Accounts').click();
      await page.getByRole('cell', { name: 'Client One', exact: true }).click();
      await page.getByText('Client One — managed by Green Acres Agency').waitFor();
    } finally {
      await h.db.query("UPDATE account SET require_two_factor = false WHERE name = 'Client Two'");
    }
  }));
