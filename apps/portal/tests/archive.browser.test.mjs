// The newsletter archive as its users meet it: the owner finds its settings and public links, opens the
// public page, hides a sent campaign from it and sees it gone on the next load; a Campaign Creator sees
// whether a campaign is listed and its preview, and cannot change it.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { menu, useHarness } from './harness.mjs';

const h = useHarness();

/** Client One's archive, turned on by the demo data (packages/db/src/seed-marketing.ts). */
const ARCHIVE = '/api/public/archive/client-one';
const SENT_SUBJECT = 'What we did this autumn';

test('the owner publishes the archive, copies its links, and hides a sent campaign from it', () =>
  h.inBrowser('archive-owner', async (page) => {
    await h.signInAt(page, 'owner@client-one.example');
    await menu(page, 'Newsletter archive').click();
    await page.getByRole('heading', { name: 'Newsletter archive' }).first().waitFor();
    assert.equal(await page.getByLabel('Publish the archive').isChecked(), true);
    const links = page.getByRole('table', { name: 'Public links' });
    await links.getByRole('link', { name: new RegExp(`${ARCHIVE}$`) }).waitFor();
    await page.getByRole('table', { name: 'Authors' }).getByText('Casey Client').waitFor();

    const publicPage = await page.context().newPage();
    await publicPage.goto(`${h.baseUrl}${ARCHIVE}`);
    await publicPage.getByRole('link', { name: SENT_SUBJECT }).click();
    await publicPage.getByRole('heading', { name: 'Autumn recap' }).waitFor();

    await menu(page, 'Campaigns').click();
    await page.getByText('Autumn recap').click();
    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Newsletter archive' });
    await dialog.getByText('Shown in the archive.').waitFor();
    assert.match(await dialog.frameLocator('iframe[title="Archive preview"]').locator('body').innerText(), /Three new products/);
    await dialog.getByLabel('In the archive').click();
    await page.getByRole('option', { name: 'Hide from archive' }).click();
    await dialog.getByText('Hidden from the archive.').waitFor();

    await publicPage.goto(`${h.baseUrl}${ARCHIVE}`);
    await publicPage.getByText('No newsletter has been published here yet.').waitFor();
    assert.equal(await publicPage.getByRole('link', { name: SENT_SUBJECT }).count(), 0);
  }));

test('a Campaign Creator sees whether a campaign is listed, and its preview, but cannot change it; the settings are not theirs', () =>
  h.inBrowser('archive-creator', async (page) => {
    await h.signInAt(page, 'cc@client-one.example');
    assert.equal(await menu(page, 'Newsletter archive').count(), 0);
    await menu(page, 'Campaigns').click();
    await page.getByText('Autumn recap').click();
    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Newsletter archive' });
    await dialog.getByRole('status').waitFor();
    await dialog.frameLocator('iframe[title="Archive preview"]').getByText('Three new products', { exact: false }).waitFor();
    assert.equal(await dialog.getByLabel('In the archive').count(), 0);
  }));
