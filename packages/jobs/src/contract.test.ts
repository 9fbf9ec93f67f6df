import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from '@jest/globals';
import {
  campaignBatchPayload,
  campaignTestSendOutbox,
  campaignTestSendPayload,
  EMAIL_JOB_OPTIONS,
  invitationEmailPayload,
  JOBS,
  MAIL_OUTBOX_PAYLOADS,
  MAIL_OUTBOX_TOPICS,
  OUTBOX_PAYLOADS,
  OUTBOX_TOPICS,
} from './contract.js';

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

  test('every outbox topic has a payload schema that takes the outbox id', () => {
    assert.deepEqual(Object.keys(OUTBOX_PAYLOADS).sort(), Object.keys(OUTBOX_TOPICS).sort());
  });

  test('every person mail outbox topic becomes a known job, with a payload of ids only', () => {
    const jobs = new Set(Object.values(JOBS));
    for (const job of Object.values(MAIL_OUTBOX_TOPICS)) assert.ok(jobs.has(job), job);
    assert.deepEqual(Object.keys(MAIL_OUTBOX_PAYLOADS).sort(), Object.keys(MAIL_OUTBOX_TOPICS).sort());
    const ids = { v: 1, userId: randomUUID(), outboxId: randomUUID(), tokenId: randomUUID() };
    assert.deepEqual(MAIL_OUTBOX_PAYLOADS['person.email-verification'].parse({ ...ids, token: 'secret' }), ids);
    assert.throws(() => MAIL_OUTBOX_PAYLOADS['person.email-verification'].parse({ ...ids, tokenId: undefined }), 'a verification email names its link');
    assert.deepEqual(Object.keys(MAIL_OUTBOX_PAYLOADS['person.account-exists'].parse(ids)).sort(), ['outboxId', 'userId', 'v']);
  });

  test('a campaign test send keeps its addresses in the outbox row, never in the job', () => {
    const ids = { v: 1, campaignId: randomUUID(), accountId: randomUUID() };
    const row = { ...ids, to: ['a@example.test', 'b@example.test'] };
    assert.deepEqual(campaignTestSendOutbox.parse(row), row);
    assert.throws(() => campaignTestSendOutbox.parse({ ...ids, to: [] }));
    assert.throws(() => campaignTestSendOutbox.parse({ ...ids, to: Array.from({ length: 6 }, (_, i) => `t${i}@example.test`) }));
    assert.throws(() => campaignTestSendOutbox.parse({ ...ids, to: ['not-an-address'] }));
    const job = campaignTestSendPayload.parse({ ...row, outboxId: randomUUID() });
    assert.deepEqual(Object.keys(job).sort(), ['accountId', 'campaignId', 'outboxId', 'v']);
  });

  test('a campaign batch names a range of contact ids', () => {
    const batch = { v: 1, campaignId: randomUUID(), accountId: randomUUID(), fromContactId: randomUUID(), toContactId: randomUUID() };
    assert.deepEqual(campaignBatchPayload.parse(batch), batch);
    assert.throws(() => campaignBatchPayload.parse({ ...batch, toContactId: undefined }));
  });

  test('email jobs retry with exponential backoff', () => {
    assert.ok(EMAIL_JOB_OPTIONS.attempts > 1);
    assert.equal(EMAIL_JOB_OPTIONS.backoff.type, 'exponential');
  });
});
