import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { generate } from 'otplib';
import { newTotpSecret, totpStepOf } from './totp.js';

describe('TOTP codes', () => {
  test('a new secret is 20 bytes of base32, with an otpauth URL naming the issuer and the person', () => {
    const { secret, otpauthUrl } = newTotpSecret('Sue.Casa+2fa@example.test');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    const url = new URL(otpauthUrl);
    assert.equal(url.protocol, 'otpauth:');
    assert.equal(url.host, 'totp');
    assert.equal(decodeURIComponent(url.pathname), '/Partner Portal:Sue.Casa+2fa@example.test');
    assert.equal(url.searchParams.get('secret'), secret);
    assert.equal(url.searchParams.get('issuer'), 'Partner Portal');
  });

  test('accepts the codes of the step before, this one and the next, with their step; not two steps away', async () => {
    const { secret } = newTotpSecret('a@example.test');
    // The middle of a step, so that the steps around it are the same when the code is checked.
    const now = Date.now() / 1000;
    const step = Math.floor(now / 30);
    if (now - step * 30 > 25) await new Promise((resolve) => setTimeout(resolve, 6000));
    const current = Math.floor(Date.now() / 1000 / 30);
    const codeOf = (s: number) => generate({ secret, epoch: s * 30 });
    const window = [await codeOf(current - 1), await codeOf(current), await codeOf(current + 1)];
    for (const [i, offset] of [-1, 0, 1].entries()) assert.equal(await totpStepOf(secret, window[i]!), current + offset);
    for (const offset of [-2, 2]) {
      const code = await codeOf(current + offset);
      if (!window.includes(code)) assert.equal(await totpStepOf(secret, code), null, `step ${offset}`);
    }
    assert.equal(await totpStepOf(secret, 'abcdef'), null);
    assert.equal(await totpStepOf(secret, '12345'), null);
  });
});
