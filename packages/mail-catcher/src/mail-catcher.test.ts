import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from '@jest/globals';
import nodemailer from 'nodemailer';
import { startMailCatcher, type CaughtMail, type MailCatcher } from './index.js';

function send(catcher: MailCatcher, mail: nodemailer.SendMailOptions) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: catcher.smtpPort, secure: false, ignoreTLS: true });
  return transport.sendMail({ from: 'Partner Portal <no-reply@portal.test>', ...mail });
}

describe('startMailCatcher', () => {
  let catcher: MailCatcher;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(() => catcher.close());
  beforeEach(() => catcher.clear());

  it('keeps the Message-ID a sender chose', async () => {
    await send(catcher, { to: 'id@b.test', subject: 'with an id', text: 'x', messageId: '<invitation-1@portal.test>' });
    assert.equal(catcher.messages()[0]?.messageId, '<invitation-1@portal.test>');
  });

  it('refuses the recipients it is told to, with their SMTP reply codes, and catches nothing for them', async () => {
    const refusing = await startMailCatcher({
      smtpPort: 0,
      refuse: (address) => (address.startsWith('gone') ? { code: 550, message: 'No such user' } : address.startsWith('busy') ? { code: 451, message: 'Try again later' } : undefined),
    });
    try {
      await assert.rejects(send(refusing, { to: 'gone@b.test', subject: 'x', text: 'x' }), (error: { responseCode?: number }) => error.responseCode === 550);
      await assert.rejects(send(refusing, { to: 'busy@b.test', subject: 'x', text: 'x' }), (error: { responseCode?: number }) => error.responseCode === 451);
      await send(refusing, { to: 'here@b.test', subject: 'x', text: 'x' });
      assert.deepEqual(refusing.messages().map((mail) => mail.to), [['here@b.test']]);
    } finally {
      await refusing.close();
    }
  });

  it('listens on free ports when asked for port 0', () => {
    assert.ok(catcher.smtpPort > 0);
    assert.ok(catcher.httpPort !== null && catcher.httpPort > 0);
    assert.notEqual(catcher.smtpPort, catcher.httpPort);
  });

  it('catches a real mail and parses its parts', async () => {
    await send(catcher, {
      to: ['sue.casa@greenacresrealty.com', 'Ann Lee <ann@greenacresrealty.com>'],
      bcc: 'audit@portal.test',
      subject: 'You are invited',
      text: 'Accept: http://127.0.0.1:3000/accept?token=abc',
      html: '<p>Accept <a href="http://127.0.0.1:3000/accept?token=abc">here</a></p>',
    });

    const [mail] = catcher.messages();
    assert.ok(mail);
    assert.equal(catcher.messages().length, 1);
    assert.equal(mail.from, 'no-reply@portal.test');
    assert.deepEqual(mail.to, ['sue.casa@greenacresrealty.com', 'ann@greenacresrealty.com']);
    assert.deepEqual(mail.envelope.to, ['sue.casa@greenacresrealty.com', 'ann@greenacresrealty.com', 'audit@portal.test']);
    assert.equal(mail.subject, 'You are invited');
    assert.match(mail.text, /token=abc/);
    assert.match(mail.html ?? '', /<a href="http:\/\/127\.0\.0\.1:3000\/accept\?token=abc">here<\/a>/);
    assert.ok(!Number.isNaN(Date.parse(mail.date)));
    assert.ok(mail.id.length > 0);
  });

  it('reports no HTML part for a text-only mail', async () => {
    await send(catcher, { to: 'a@b.test', subject: 'plain', text: 'just text' });
    const mail = await catcher.waitFor((m) => m.subject === 'plain');
    assert.equal(mail.html, null);
    assert.equal(mail.text.trim(), 'just text');
  });

  it('waitFor resolves with a mail that arrives later', async () => {
    const waiting = catcher.waitFor((m) => m.to.includes('later@b.test'), { timeoutMs: 10_000 });
    await send(catcher, { to: 'other@b.test', subject: 'not this one', text: 'x' });
    await send(catcher, { to: 'later@b.test', subject: 'this one', text: 'x' });
    assert.equal((await waiting).subject, 'this one');
  });

  it('waitFor returns the newest stored match at once', async () => {
    await send(catcher, { to: 'again@b.test', subject: 'first', text: 'x' });
    await send(catcher, { to: 'again@b.test', subject: 'second', text: 'x' });
    const mail = await catcher.waitFor((m) => m.to.includes('again@b.test'));
    assert.equal(mail.subject, 'second');
  });

  it('waitFor rejects when nothing matches in time', async () => {
    await assert.rejects(catcher.waitFor(() => false, { timeoutMs: 50 }), /No matching mail arrived within 50 ms/);
  });

  it('serves the messages as JSON and clears them on DELETE', async () => {
    await send(catcher, { to: 'json@b.test', subject: 'over http', text: 'x' });
    const base = `http://127.0.0.1:${catcher.httpPort}`;

    const listed = await fetch(`${base}/api/messages`);
    assert.equal(listed.status, 200);
    assert.match(listed.headers.get('content-type') ?? '', /^application\/json/);
    const body = JSON.parse(await listed.text()) as CaughtMail[];
    assert.deepEqual(body, catcher.messages());
    assert.equal(body[0]?.subject, 'over http');

    const deleted = await fetch(`${base}/api/messages`, { method: 'DELETE' });
    assert.equal(deleted.status, 204);
    assert.deepEqual(catcher.messages(), []);
    assert.deepEqual(JSON.parse(await (await fetch(`${base}/api/messages`)).text()), []);
  });
});

describe('startMailCatcher limits', () => {
  it('keeps only the newest maxMessages messages', async () => {
    const catcher = await startMailCatcher({ smtpPort: 0, maxMessages: 3 });
    try {
      for (let i = 1; i <= 5; i++) await send(catcher, { to: 'cap@b.test', subject: `mail ${i}`, text: 'x' });
      assert.deepEqual(
        catcher.messages().map((m) => m.subject),
        ['mail 3', 'mail 4', 'mail 5'],
      );
    } finally {
      await catcher.close();
    }
  });

  it('runs without the web inbox when no httpPort is given', async () => {
    const catcher = await startMailCatcher({ smtpPort: 0 });
    try {
      assert.equal(catcher.httpPort, null);
    } finally {
      await catcher.close();
    }
  });

  it('rejects pending waiters on close', async () => {
    const catcher = await startMailCatcher({ smtpPort: 0 });
    const waiting = catcher.waitFor(() => true, { timeoutMs: 60_000 });
    await catcher.close();
    await assert.rejects(waiting, /closed/);
  });
});
