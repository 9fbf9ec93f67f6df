import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { EMAIL_JOB_OPTIONS, invitationEmailPayload, JOBS, OUTBOX_TOPICS } from './contract.js';

describe('the queue contract', () => {
  test('every outbox topic becomes a known job', () => {
    const jobs = new Set(Object.values(JOBS));
    for (const job of Object.values(OUTBOX_TOPICS)) assert.ok(jobs.has(job), job);
  });

  test('an invitation email payload holds ids of version 1, and nothing else', () => {
    const ids = { v: 1, invitationId: randomUUID(), accountId: randomUUID(), outboxId: randomUUID() };
    assert.deepEqual(invitationEmailPayload.parse(ids), ids);
    assert.throws(() => invitationEmailPayload.parse({ ...ids, v: 2 }));
    assert.throws(() => invitationEmailPayload.parse({ ...ids, invitationId: 'not-a-uuid' }));
    assert.deepEqual(Object.keys(invitationEmailPayload.parse({ ...ids, token: 'secret' })).sort(), ['accountId', 'invitationId', 'outboxId', 'v']);
  });

  test('email jobs retry with exponential backoff', () => {
    assert.ok(EMAIL_JOB_OPTIONS.attempts > 1);
    assert.equal(EMAIL_JOB_OPTIONS.backoff.type, 'exponential');
  });
});
