import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, test } from '@jest/globals';
import { useTestApp } from '../testing/api-harness.js';

describe('automated email series (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });
  let solo: string;
  let base: string;

  const step = (delayDays: number, subject = `Day ${delayDays}`) => ({ delayDays, subject, bodyHtml: `<p>${subject}</p>` });

  beforeAll(async () => {
    solo = world.account('standalone').id;
    base = `/api/accounts/${solo}/automations`;
  });

  test('a series needs a valid trigger and one to ten steps', async () => {
    const list = await db.contactList.create({ data: { accountId: solo, name: `Newcomers ${randomUUID().slice(0, 8)}` } });
    const theirs = await db.contactList.create({ data: { accountId: world.account('directClient').id, name: `Theirs ${randomUUID().slice(0, 8)}` } });
    const codeOf = async (body: object) => (await as('soloCc').post(base, body)).body.code;

    assert.equal(await codeOf({ name: 'Welcome', trigger: 'CONTACT_JOINS_LIST', steps: [step(0)] }), 'TRIGGER_LIST_REQUIRED');
    assert.equal(await codeOf({ name: 'Welcome', trigger: 'CONTACT_JOINS_LIST', triggerListId: theirs.id, steps: [step(0)] }), 'UNKNOWN_LIST');
    assert.equal(await codeOf({ name: 'Birthday', trigger: 'CONTACT_BIRTHDAY', triggerListId: list.id, steps: [step(0)] }), 'TRIGGER_LIST_NOT_ALLOWED');
    assert.equal(await codeOf({ name: 'Welcome', trigger: 'CONTACT_LEAVES', steps: [step(0)] }), 'VALIDATION_FAILED');
    assert.equal(await codeOf({ name: 'Welcome', trigger: 'CONTACT_BIRTHDAY', steps: [] }), 'VALIDATION_FAILED');
    assert.equal(await codeOf({ name: 'Welcome', trigger: 'CONTACT_BIRTHDAY', steps: Array.from({ length: 11 }, (_, i) => step(i)) }), 'VALIDATION_FAILED');
    assert.equal(await codeOf({ name: 'Welcome', trigger: 'CONTACT_BIRTHDAY', steps: [step(366)] }), 'VALIDATION_FAILED');
    assert.equal(await codeOf({ name: 'Welcome', trigger: 'CONTACT_BIRTHDAY', steps: [{ delayDays: 1, subject: 'No body' }] }), 'VALIDATION_FAILED');

    const created = await as('soloCc').post(base, { name: 'Welcome', trigger: 'CONTACT_JOINS_LIST', triggerListId: list.id, steps: [step(0), step(3)] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(
      [created.body.status, created.body.triggerListId, created.body.steps, created.body.version, created.headers.etag],
      ['DRAFT', list.id, [step(0), step(3)], 1, '"1"'],
    );
    const listed = await as('soloCc').get(`${base}?filter=${encodeURIComponent('{"trigger":"CONTACT_JOINS_LIST","status":"DRAFT"}')}`);
    assert.ok(listed.body.data.some((a: { id: string }) => a.id === created.body.id));
    assert.equal((await as('soloCc').get(`${base}?filter=${encodeURIComponent('{"trigger":"SOON"}')}`)).body.code, 'INVALID_FILTER');

    // Changing to a date trigger drops the list; the steps stay.
    const changed = await as('soloCc').patch(`${base}/${created.body.id}`, { trigger: 'CONTACT_ANNIVERSARY' }, 1);
    assert.deepEqual([changed.status, changed.body.trigger, changed.body.triggerListId, changed.body.steps.length], [200, 'CONTACT_ANNIVERSARY', null, 2]);
  });

  test('a Campaign Creator drafts a series; activating, pausing and editing a live one need automations.activate', async () => {
    const created = await as('soloCc').post(base, { name: 'Birthday wishes', trigger: 'CONTACT_BIRTHDAY', steps: [step(0)] });
    const path = `${base}/${created.body.id}`;
    assert.equal((await as('soloCc').patch(path, { name: 'Birthday wishes!' })).status, 428);
    assert.equal((await as('soloCc').patch(path, { name: 'Birthday wishes!' }, 1)).status, 200);
    assert.equal((await as('soloCc').post(`${path}/activate`, {}, 2)).status, 403);

    const active = await as('soloAm').post(`${path}/activate`, {}, 2);
    assert.deepEqual([active.status, active.body.status, active.body.version], [200, 'ACTIVE', 3]);
    assert.ok(active.body.activatedAt);
    assert.equal((await as('soloAm').post(`${path}/activate`, {}, 3)).body.code, 'INVALID_STATE_TRANSITION');

    const refused = await as('soloCc').patch(path, { steps: [step(1)] }, 3);
    assert.deepEqual([refused.status, refused.body.code], [403, 'FORBIDDEN']);
    assert.match(refused.body.message, /automations\.activate/);
    assert.equal((await as('soloAm').patch(path, { steps: [step(1)] }, 3)).status, 200);
    assert.equal((await as('soloAm').patch(path, { steps: [step(2)] }, 3)).body.code, 'VERSION_CONFLICT');

    const paused = await as('soloAm').post(`${path}/pause`, {}, 4);
    assert.deepEqual([paused.status, paused.body.status], [200, 'PAUSED']);
    assert.equal((await as('soloAm').post(`${path}/pause`, {}, 5)).body.code, 'INVALID_STATE_TRANSITION');
    assert.equal((await as('soloAm').post(`${path}/activate`, {}, 5)).body.status, 'ACTIVE');

    assert.equal((await as('soloCc').delete(path, 6)).status, 403);
    assert.equal((await as('soloAm').delete(path)).status, 428);
    assert.equal((await as('soloAm').delete(path, 6)).status, 204);
    assert.equal((await as('soloAm').get(path)).body.code, 'AUTOMATION_NOT_FOUND');

    const actions = (await db.auditEvent.findMany({ where: { targetId: created.body.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    assert.deepEqual(actions, [
      'automation.created',
      'automation.updated',
      'automation.activated',
      'automation.updated',
      'automation.paused',
      'automation.activated',
      'automation.deleted',
    ]);
  });
});
