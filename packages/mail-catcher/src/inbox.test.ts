import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from '@jest/globals';
import nodemailer from 'nodemailer';
import { startMailCatcher, type MailCatcher } from './index.js';

const HOSTILE = `<script>alert("x")</script> & 'co'`;

describe('web inbox', () => {
  let catcher: MailCatcher;
  let base: string;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    base = `http://127.0.0.1:${catcher.httpPort}`;
  });
  afterAll(() => catcher.close());
  beforeEach(() => catcher.clear());

  function send(mail: nodemailer.SendMailOptions) {
    return nodemailer
      .createTransport({ host: '127.0.0.1', port: catcher.smtpPort, ignoreTLS: true })
      .sendMail({ from: 'no-reply@portal.test', to: 'sue@b.test', text: 'x', ...mail });
  }

  it('shows an empty state when nothing has arrived', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await res.text(), /No messages yet/);
  });

  it('lists messages newest first', async () => {
    await send({ subject: 'older' });
    await send({ subject: 'newer' });
    const page = await (await fetch(`${base}/`)).text();
    const newer = page.indexOf('newer');
    const older = page.indexOf('older');
    assert.ok(newer > 0 && older > 0 && newer < older);
  });

  it('escapes a hostile subject in the list page', async () => {
    await send({ subject: HOSTILE });
    const page = await (await fetch(`${base}/`)).text();
    assert.ok(!page.includes('<script>'));
    assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;'));
  });

  it('shows the HTML body only inside a sandboxed srcdoc iframe', async () => {
    await send({ subject: HOSTILE, html: '<p onclick="steal()">hi</p><script>steal()</script>' });
    const [mail] = catcher.messages();
    assert.ok(mail);
    const res = await fetch(`${base}/messages/${mail.id}`);
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.ok(!page.includes('<script>'));
    assert.ok(!page.includes('<p onclick'));
    assert.match(page, /<iframe title="HTML body" sandbox="[^"]*" srcdoc="[^"]*&lt;p onclick=&quot;steal\(\)&quot;&gt;hi&lt;\/p&gt;/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'none'/);
  });

  it('answers 404 for an unknown message and 405 for a wrong method', async () => {
    assert.equal((await fetch(`${base}/messages/nope`)).status, 404);
    assert.equal((await fetch(`${base}/messages/%E0%A4%A`)).status, 404);
    assert.equal((await fetch(`${base}/elsewhere`)).status, 404);
    const wrong = await fetch(`${base}/api/messages`, { method: 'POST' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, DELETE');
  });
});
