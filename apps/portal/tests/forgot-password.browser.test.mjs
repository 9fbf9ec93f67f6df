// "Forgot password?" end to end: the login page's link, the real API (serving the built portal), the
// real worker process (person mail outbox → BullMQ → SMTP), an in-process SMTP server, and Chromium.
// The reset link is taken from the email the worker sent; nothing is minted by the test.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { PASSWORD, screenshot, signIn, useHarness } from './harness.mjs';

const MAIL_TIMEOUT = 30_000;
const NEW_PASSWORD = 'a-brand-new-password';
const EMAIL = 'owner@solo.example';
const RESET_LINK = /(http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[A-Za-z0-9_-]{43})/;

const h = useHarness({ worker: true });

test('"Forgot password?" on the login page, the emailed link, a new password, and signing in with it', () =>
  h.inBrowser('forgot-password', async (page) => {
    await page.goto(`${h.baseUrl}/`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await page.getByLabel(/^Email/).fill(EMAIL);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(/Check your inbox/).waitFor();
    await screenshot(page, 'forgot-password-sent');

    const email = await h.mail.waitFor((m) => m.to.includes(EMAIL) && /^Reset your/.test(m.subject), { timeoutMs: MAIL_TIMEOUT });
    const link = email.text.match(RESET_LINK)?.[1];
    assert.ok(link?.startsWith(`${h.baseUrl}/reset-password?token=`), email.text);

    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByRole('heading', { name: 'Your password is set' }).waitFor();
    await screenshot(page, 'forgot-password-set');
    await page.getByRole('link', { name: 'Sign in' }).click();

    await signIn(page, EMAIL, PASSWORD);
    await page.getByText(/incorrect/i).waitFor();
    await signIn(page, EMAIL, NEW_PASSWORD);
    await page.getByText('Signed in as').waitFor();
  }));
