import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { hashPassword, type Database } from '@partner-portal/db';
import type { MailCatcher } from '@partner-portal/mail-catcher';
import { PASSWORD, PORTAL_URL, usePersonMailStack } from './person-mail-stack.js';
import { waitUntil } from './testing.js';

/**
 * A person is emailed when a factor or a passkey of theirs changes (issue 20, part 7): the person mail
 * outbox rows the API writes, relayed by the real worker, over real SMTP. The rows are written here as
 * the API writes them, so this tests the worker's side alone.
 */
describe('emails about factors and passkeys', () => {
  const { stack, mailsTo } = usePersonMailStack({ refuse: (address) => (address.startsWith('gone-') ? { code: 550, message: 'No such mailbox' } : undefined) });
  let db: Database;
  let catcher: MailCatcher;
  const stamp = Date.now().toString(36);
  beforeAll(() => {
    ({ db, catcher } = stack);
  });

  const existingPerson = async (label: string) => {
    const email = `${label}-${stamp}@realty.test`;
    const user = await db.user.create({ data: { username: email, email, passwordHash: await hashPassword(PASSWORD), name: 'Pat Person', emailVerifiedAt: new Date() } });
    return { email, userId: user.id };
  };

  test('each of the five changes is emailed once to the person, saying what changed, with the reset link', async () => {
    const { email, userId } = await existingPerson('factors');
    const PASSKEY_NAME = 'Pat\'s <laptop>';
    const expected = [
      { topic: 'person.two-factor-enabled', payload: { v: 1, userId }, subject: 'Two-step sign-in was turned on for your Partner Portal account' },
      { topic: 'person.two-factor-disabled', payload: { v: 1, userId }, subject: 'Two-step sign-in was turned off for your Partner Portal account' },
      { topic: 'person.recovery-codes-regenerated', payload: { v: 1, userId }, subject: 'New recovery codes for your Partner Portal account' },
      { topic: 'person.passkey-added', payload: { v: 1, userId, passkeyName: PASSKEY_NAME }, subject: 'A passkey was added to your Partner Portal account' },
      { topic: 'person.passkey-removed', payload: { v: 1, userId, passkeyName: PASSKEY_NAME }, subject: 'A passkey was removed from your Partner Portal account' },
    ];
    for (const { topic, payload } of expected) await db.mailOutboxMessage.create({ data: { userId, topic, payload } });

    for (const { subject } of expected) await catcher.waitFor((mail) => mail.to.includes(email) && mail.subject === subject, { timeoutMs: 30_000 });
    // A second delivery of any of them would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const mails = mailsTo(email);
    assert.deepEqual(mails.map((mail) => mail.subject).sort(), expected.map((e) => e.subject).sort(), 'each once, and nothing else');
    for (const mail of mails) {
      assert.ok(mail.text.includes(`${PORTAL_URL}/forgot-password`), mail.text);
      assert.ok(mail.html?.includes(`href="${PORTAL_URL}/forgot-password"`), mail.html ?? '');
    }
    const added = mails.find((mail) => mail.subject.startsWith('A passkey was added'))!;
    assert.ok(added.text.includes(`"${PASSKEY_NAME}"`), added.text);
    assert.ok(added.html?.includes('&#60;laptop&#62;') && !added.html.includes('<laptop>'), added.html ?? '');

    const open = await db.mailOutboxMessage.count({ where: { userId, completedAt: null } });
    assert.equal(open, 0, 'every outbox row is done');
  });

  test('a passkey row without its name is completed without an email', async () => {
    const { email, userId } = await existingPerson('nameless');
    const row = await db.mailOutboxMessage.create({ data: { userId, topic: 'person.passkey-added', payload: { v: 1, userId } } });
    await db.mailOutboxMessage.create({ data: { userId, topic: 'person.two-factor-enabled', payload: { v: 1, userId } } });
    await catcher.waitFor((mail) => mail.to.includes(email) && mail.subject.startsWith('Two-step sign-in was turned on'), { timeoutMs: 30_000 });
    await waitUntil('the nameless row is completed', async () => (await db.mailOutboxMessage.findUniqueOrThrow({ where: { id: row.id } })).completedAt !== null);
    assert.deepEqual(mailsTo(email).map((mail) => mail.subject), ['Two-step sign-in was turned on for your Partner Portal account']);
  });

  test('an email the mail server refuses for good (550) is given up at once, not retried', async () => {
    const { userId } = await existingPerson('gone');
    const refused = await db.mailOutboxMessage.create({ data: { userId, topic: 'person.two-factor-enabled', payload: { v: 1, userId } } });
    const { email: other, userId: otherId } = await existingPerson('other');
    await db.mailOutboxMessage.create({ data: { userId: otherId, topic: 'person.two-factor-enabled', payload: { v: 1, userId: otherId } } });
    await catcher.waitFor((mail) => mail.to.includes(other), { timeoutMs: 30_000 });
    await waitUntil('the refused row is completed', async () => (await db.mailOutboxMessage.findUniqueOrThrow({ where: { id: refused.id } })).completedAt !== null, { timeoutMs: 15_000 });
  });
});
