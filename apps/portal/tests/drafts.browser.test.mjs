// Unsaved edits survive a closed tab or a reload (apps/portal/src/common/DraftKeeper.tsx): the draft
// kept in localStorage comes back into the form with a notice, Discard and Save forget it, a draft
// made on an older version meets the conflict dialog, and nobody else signing in is offered it.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { IDS, PASSWORD, screenshot, signIn, useHarness } from './harness.mjs';

const h = useHarness();

const NOTICE = /^Restored your unsaved changes from .+\.$/;
const STALE = 'It has been changed since; saving will show what differs.';

/** Every draft in the browser's storage, by key. */
const drafts = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('portal.draft/'))
        .map((key) => [key, JSON.parse(localStorage.getItem(key))]),
    ),
  );
const waitForDraft = (page) => page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('portal.draft/')));
const notice = (page) => page.getByRole('alert').filter({ hasText: 'Restored your unsaved changes' });
const save = (page) => page.getByRole('button', { name: 'Save', exact: true });

async function newContact(firstName) {
  const owner = await h.apiAs('owner@client-one.example');
  const email = `${firstName.toLowerCase()}.${Date.now()}@example.com`;
  const created = await owner('POST', `/accounts/${IDS.clientOne}/contacts`, { email, firstName, lastName: 'Draftson' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return { id: created.body.id, owner };
}

/** A PATCH as the client's owner, with `If-Match` (which the harness's apiAs does not send); answers the status. */
async function patchWithVersion(route, version, body) {
  const login = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'owner@client-one.example', password: PASSWORD }),
  });
  const { accessToken } = await login.json();
  const res = await fetch(`${h.baseUrl}/api${route}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
    body: JSON.stringify(body),
  });
  return res.status;
}

async function openContact(page, id, firstName) {
  await page.goto(`${h.baseUrl}/#/contacts/${id}`);
  await page.getByLabel('Last name').waitFor();
  await page.waitForFunction((value) => document.querySelector('input[name="firstName"]')?.value === value, firstName);
}

test('typed edits come back in a new tab after the first one is gone, with a notice; only the changed field is kept, per user and account', async () => {
  const { id } = await newContact('Ada');
  await h.inBrowser('drafts-restored', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await openContact(page, id, 'Ada');
    await page.getByLabel('First name').fill('Adeline');
    await waitForDraft(page);

    const { userId, accountId } = await page.evaluate(() => ({ userId: JSON.parse(localStorage.getItem('portal.me')).user.id, accountId: localStorage.getItem('portal.accountId') }));
    const stored = await drafts(page);
    assert.deepEqual(Object.keys(stored), [`portal.draft/${userId}/${accountId}/contacts/${id}`]);
    assert.equal(accountId, IDS.clientOne);
    assert.deepEqual(Object.values(stored)[0].values, { firstName: 'Adeline' }, 'only the changed field, none the API computes');

    // The tab is never closed properly (no pagehide): a new tab finds what the debounced write kept.
    const second = await page.context().newPage();
    await openContact(second, id, 'Adeline');
    await notice(second).getByText(NOTICE).waitFor();
    assert.equal(await notice(second).getByText(STALE).count(), 0, 'nobody changed the contact since');
    assert.equal(await save(second).isEnabled(), true, 'the restored edit can be saved');
    await screenshot(second, 'drafts-restored-notice');
    await second.close();
  });
});

test('Discard puts the saved values back and forgets the draft', async () => {
  const { id } = await newContact('Grace');
  await h.inBrowser('drafts-discard', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await openContact(page, id, 'Grace');
    await page.getByLabel('First name').fill('Gracie');
    await page.reload();
    await openContact(page, id, 'Gracie');
    await notice(page).waitFor();

    await notice(page).getByRole('button', { name: 'Discard' }).click();
    await page.waitForFunction(() => document.querySelector('input[name="firstName"]')?.value === 'Grace');
    await notice(page).waitFor({ state: 'detached' });
    assert.deepEqual(await drafts(page), {});
    assert.equal(await save(page).isEnabled(), false, 'nothing left to save');

    await page.reload();
    await openContact(page, id, 'Grace');
    assert.equal(await notice(page).count(), 0);
  });
});

test('after Save the draft is gone: reopening shows the saved value and no notice', async () => {
  const { id, owner } = await newContact('Alan');
  await h.inBrowser('drafts-saved', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await openContact(page, id, 'Alan');
    await page.getByLabel('First name').fill('Alonzo');
    await page.reload();
    await openContact(page, id, 'Alonzo');
    await notice(page).waitFor();

    await save(page).click();
    await page.getByText(/updated/i).first().waitFor();
    assert.deepEqual(await drafts(page), {});

    await page.goto(`${h.baseUrl}/#/contacts`);
    await page.reload();
    await openContact(page, id, 'Alonzo');
    assert.equal(await notice(page).count(), 0);
    assert.deepEqual(await drafts(page), {});
  });
  const stored = await owner('GET', `/accounts/${IDS.clientOne}/contacts/${id}`);
  assert.equal(stored.body.firstName, 'Alonzo');
});

test('a draft on a version changed since says so, and saving it opens the conflict dialog; Overwrite with mine forgets it', async () => {
  const { id, owner } = await newContact('Edsger');
  await h.inBrowser('drafts-stale', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await openContact(page, id, 'Edsger');
    await page.getByLabel('First name').fill('Eddie');
    await waitForDraft(page);

    // Someone else saves the contact meanwhile.
    const current = await owner('GET', `/accounts/${IDS.clientOne}/contacts/${id}`);
    assert.equal(await patchWithVersion(`/accounts/${IDS.clientOne}/contacts/${id}`, current.body.version, { firstName: 'Edward' }), 200);

    await page.reload();
    await openContact(page, id, 'Eddie');
    await notice(page).getByText(STALE).waitFor();
    await screenshot(page, 'drafts-stale-notice');
    await save(page).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this record' });
    const row = dialog.locator('tr[data-field="firstName"]');
    await row.getByText('Eddie').waitFor();
    await row.getByText('Edward').waitFor();
    assert.equal(Object.keys(await drafts(page)).length, 1, 'the draft is kept while the conflict is open');
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await page.getByText('Saved your version over theirs.').waitFor();
    assert.deepEqual(await drafts(page), {});
  });
  const stored = await owner('GET', `/accounts/${IDS.clientOne}/contacts/${id}`);
  assert.equal(stored.body.firstName, 'Eddie');
});

test('Reload theirs in the conflict dialog drops a restored draft and shows the stored record', async () => {
  const { id, owner } = await newContact('Niklaus');
  await h.inBrowser('drafts-reload-theirs', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await openContact(page, id, 'Niklaus');
    await page.getByLabel('First name').fill('Nik');
    await waitForDraft(page);
    const current = await owner('GET', `/accounts/${IDS.clientOne}/contacts/${id}`);
    assert.equal(await patchWithVersion(`/accounts/${IDS.clientOne}/contacts/${id}`, current.body.version, { firstName: 'Klaus' }), 200);

    await page.reload();
    await openContact(page, id, 'Nik');
    await save(page).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this record' });
    await dialog.getByRole('button', { name: 'Reload theirs' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('input[name="firstName"]')?.value === 'Klaus');
    await notice(page).waitFor({ state: 'detached' });
    assert.deepEqual(await drafts(page), {});
  });
});

test('a draft older than 30 days is ignored and removed', async () => {
  const { id } = await newContact('Barbara');
  await h.inBrowser('drafts-expired', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await openContact(page, id, 'Barbara');
    await page.getByLabel('First name').fill('Babs');
    await waitForDraft(page);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage).filter((key) => key.startsWith('portal.draft/'))) {
        const draft = JSON.parse(localStorage.getItem(key));
        localStorage.setItem(key, JSON.stringify({ ...draft, savedAt: Date.now() - 31 * 24 * 60 * 60 * 1000 }));
      }
    });

    const later = await page.context().newPage();
    await openContact(later, id, 'Barbara');
    assert.equal(await notice(later).count(), 0);
    assert.deepEqual(await drafts(later), {});
  });
});

test("one person's draft is not offered to another signing in on the same browser, and comes back to its author", async () => {
  const owner = await h.apiAs('owner@client-one.example');
  const created = await owner('POST', `/accounts/${IDS.clientOne}/campaigns`, {
    name: 'Draft test',
    subject: 'Original subject',
    fromName: 'Client One',
    fromEmail: 'news@client-one.example',
    bodyHtml: '<p>Hello</p>',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const subject = (page) => page.getByLabel(/^Subject/);
  const open = async (page, expected) => {
    await page.goto(`${h.baseUrl}/#/campaigns/${id}`);
    await subject(page).waitFor();
    await page.waitForFunction((value) => document.querySelector('input[name="subject"]')?.value === value, expected);
  };
  const signOutAndIn = async (page, email) => {
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await signIn(page, email);
    await page.getByText('Signed in as').waitFor();
  };

  await h.inBrowser('drafts-other-user', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await open(page, 'Original subject');
    await subject(page).fill("The owner's unsaved subject");
    await waitForDraft(page);

    await signOutAndIn(page, 'cc@client-one.example');
    await open(page, 'Original subject');
    assert.equal(await notice(page).count(), 0, "the owner's draft is not offered to the campaign creator");
    await screenshot(page, 'drafts-other-user');
    await subject(page).fill("The creator's unsaved subject");
    await page.waitForFunction(() => Object.keys(localStorage).filter((key) => key.startsWith('portal.draft/')).length === 2);

    await signOutAndIn(page, 'owner@client-one.example');
    await open(page, "The owner's unsaved subject");
    await notice(page).waitFor();
  });
});
