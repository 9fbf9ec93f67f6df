// Invitations end to end, by email: the real API (serving the built portal), the real worker process
// (outbox relay → BullMQ → SMTP), an in-process SMTP server, and Chromium. Every link opened here is
// taken from an email the worker sent; nothing is minted by the test. Run with `npm test` after
// building the portal, the API, the worker, the db and mail-catcher packages. Screenshots of the key
// screens are saved in apps/portal/test-artifacts/.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { IDS, invitationLinkIn, menu, screenshot, useHarness } from './harness.mjs';

// Generous: the worker relays the outbox every 100 ms, but a loaded machine may be slow.
const MAIL_TIMEOUT = 30_000;
const NEW_PASSWORD = 'a-long-enough-password';

const h = useHarness({ worker: true });

const currentAccount = (page) => page.getByTestId('current-account');

/** The invitation email to `to` (the newest one, or the next to arrive) whose subject matches. */
function emailTo(to, subject = /^You're invited to join /) {
  return h.mail.waitFor((m) => m.to.includes(to) && subject.test(m.subject), { timeoutMs: MAIL_TIMEOUT });
}

/** A client of Green Acres Agency with a pending owner, made through the API, for a test of its own. */
async function newClient(name, ownerEmail) {
  const asPartnerOwner = await h.apiAs('owner@agency.example');
  const created = await asPartnerOwner('POST', `/accounts/${IDS.agency}/clients`, { name, billingMode: 'SINGLE_BILL', ownerEmail });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body;
}

/** On the accept page of a new person: names them, sets a password and accepts. */
async function acceptAsNewPerson(page, name) {
  await page.getByLabel(/^Your name/).fill(name);
  await page.getByLabel(/^Password/).fill(NEW_PASSWORD);
  await page.getByLabel(/^Repeat the password/).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Create login and accept' }).click();
}

/** The partner enters one of its clients from the Accounts tab. */
async function enterClient(page, name) {
  await menu(page, 'Accounts').click();
  await page.getByRole('cell', { name, exact: true }).click();
  await currentAccount(page).getByText(`${name} — managed by Green Acres Agency`).waitFor();
}

/** Users → Add user: invites `email` as `role`, with a screenshot of the filled form when named. */
async function inviteFromUsers(page, email, role, screenshotName) {
  await menu(page, 'Users').click();
  await page.getByRole('link', { name: 'Add user' }).click();
  await page.getByLabel(/^Role/).click();
  await page.getByRole('option', { name: role }).click();
  await page.getByLabel(/^Email/).fill(email);
  if (screenshotName) await screenshot(page, screenshotName);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(`An invitation was sent to ${email}.`).waitFor();
}

test("a partner owner creates a client; the owner's emailed link is accepted, and the owner shows as Active", () =>
  h.inBrowser('email-client-owner', async (partner) => {
    const client = 'Sunrise Bakery';
    const ownerEmail = 'bea.baker@sunrise-bakery.example';

    await h.signInAt(partner, 'owner@agency.example');
    await menu(partner, 'Accounts').click();
    await partner.getByRole('link', { name: 'Create client account' }).click();
    await partner.getByLabel(/^Account name/).fill(client);
    await partner.getByLabel(/^Owner's email/).fill(ownerEmail);
    await partner.getByRole('button', { name: 'Create client account' }).click();
    await partner.getByText(`${client} was created. ${ownerEmail} has been invited and shows as Pending until they accept.`).waitFor();
    const row = partner.getByRole('row').filter({ hasText: client });
    await row.getByText('Pending', { exact: true }).waitFor();

    const email = await emailTo(ownerEmail);
    assert.equal(email.subject, `You're invited to join ${client} on Partner Portal`);
    assert.match(email.text, /Olivia Owner \(owner@agency\.example\) has invited you to join Sunrise Bakery on Partner Portal as an Account Owner\./);
    const link = invitationLinkIn(email);
    assert.ok(link.startsWith(`${h.baseUrl}/invitations/accept?token=`), `the link points at this portal: ${link}`);

    // The new owner opens the link in a browser of their own.
    await h.inBrowser('email-client-owner-accepts', async (owner) => {
      await owner.goto(link);
      await owner.getByRole('heading', { name: `Join ${client}` }).waitFor();
      await owner.getByText('Account Owner', { exact: true }).waitFor();
      await owner.getByText('Olivia Owner (owner@agency.example)').waitFor();
      await screenshot(owner, 'email-owner-invitation-page');
      await acceptAsNewPerson(owner, 'Bea Baker');
      await owner.getByRole('heading', { name: 'Bea Baker' }).waitFor();
      await currentAccount(owner).getByText(`${client} — managed by Green Acres Agency`).waitFor();
      await screenshot(owner, 'email-owner-signed-in');
    });

    await partner.reload();
    const accepted = partner.getByRole('row').filter({ hasText: client });
    await accepted.getByText(ownerEmail).waitFor();
    await accepted.getByText('Active', { exact: true }).waitFor();
    assert.equal(await accepted.getByText('Pending', { exact: true }).count(), 0, 'the owner no longer shows as Pending');
    await screenshot(partner, 'email-accounts-owner-active');
  }));

test('a partner manager invites a user into a client by email, and has no user management in the partner account', async () => {
  const client = 'Harbor Florist';
  await newClient(client, 'flo@harbor-florist.example');
  const invitee = 'ivy.petal@harbor-florist.example';

  await h.inBrowser('email-partner-manager', async (page) => {
    await h.signInAt(page, 'pm@agency.example');
    await enterClient(page, client);
    await inviteFromUsers(page, invitee, 'Campaign Creator', 'email-partner-manager-add-user');
    await page.getByRole('row').filter({ hasText: invitee }).getByText('Pending', { exact: true }).waitFor();

    const email = await emailTo(invitee);
    assert.equal(email.subject, `You're invited to join ${client} on Partner Portal`);
    assert.match(email.text, /Parker Manager \(pm@agency\.example\) has invited you to join Harbor Florist on Partner Portal as a Campaign Creator\./);
    invitationLinkIn(email);

    // Back in the partner's own account: no Users menu, and the URL says access denied.
    await page.getByRole('button', { name: new RegExp(`^Current account: ${client}`) }).click();
    await page.getByRole('menuitem', { name: /Green Acres Agency/ }).click();
    await currentAccount(page).getByText('Green Acres Agency', { exact: true }).waitFor();
    await menu(page, 'Accounts').waitFor();
    assert.equal(await menu(page, 'Users').count(), 0, 'no Users menu in the partner account');
    await page.goto(`${h.baseUrl}/#/users`);
    await page.getByRole('heading', { name: 'Access denied' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Add user' }).count(), 0);
    await screenshot(page, 'email-partner-manager-no-user-management');
  });
});

test('after Resend invite the first emailed link is refused and the second one works', async () => {
  const client = 'Maple Dental';
  const created = await newClient(client, 'max@maple-dental.example');
  const invitee = 'rhea.resend@maple-dental.example';

  await h.inBrowser('email-resend', async (page) => {
    await h.signInAt(page, 'owner@agency.example');
    await enterClient(page, client);
    await inviteFromUsers(page, invitee, 'Account Manager');
    const firstLink = invitationLinkIn(await emailTo(invitee, /^You're invited to join /));

    // A resend is allowed once a minute (apps/api/src/invitations/invitations.service.ts): make the
    // invitation look a minute old rather than wait.
    const { rowCount } = await h.db.query(
      `UPDATE invitation SET created_at = created_at - interval '61 seconds' WHERE account_id = $1 AND email = $2 AND state = 'PENDING'`,
      [created.id, invitee],
    );
    assert.equal(rowCount, 1);

    await page.getByRole('button', { name: `Actions for ${invitee}` }).click();
    await page.getByRole('menuitem', { name: 'Resend invite' }).click();
    await page.getByRole('dialog').getByText(`${invitee} gets a new link. Every earlier link for this email stops working.`).waitFor();
    await screenshot(page, 'email-resend-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Resend invite' }).click();
    await page.getByText(`A new invitation was sent to ${invitee}.`).waitFor();
    await page.getByRole('row').filter({ hasText: invitee }).getByText('Pending', { exact: true }).waitFor();

    const reminder = await emailTo(invitee, /^Reminder: you're invited to join /);
    const secondLink = invitationLinkIn(reminder);
    assert.notEqual(secondLink, firstLink, 'the reminder carries a new link');
    assert.equal(h.mail.messages().filter((m) => m.to.includes(invitee)).length, 2, 'one invitation and one reminder');

    await h.inBrowser('email-resend-invitee', async (invitation) => {
      await invitation.goto(firstLink);
      await invitation.getByRole('heading', { name: 'This invitation can no longer be used' }).waitFor();
      await invitation.getByText('This invitation was revoked or replaced by a newer one. Ask the account owner to send a new one.').waitFor();
      await screenshot(invitation, 'email-resend-first-link-refused');

      await invitation.goto(secondLink);
      await invitation.getByRole('heading', { name: `Join ${client}` }).waitFor();
      await invitation.getByText('Account Manager', { exact: true }).waitFor();
      await acceptAsNewPerson(invitation, 'Rhea Resend');
      await invitation.getByRole('heading', { name: 'Rhea Resend' }).waitFor();
      await currentAccount(invitation).getByText(`${client} — managed by Green Acres Agency`).waitFor();
      await screenshot(invitation, 'email-resend-second-link-accepted');
    });

    await page.reload();
    await page.getByRole('row').filter({ hasText: invitee }).getByText('Active', { exact: true }).waitFor();
  });
});
