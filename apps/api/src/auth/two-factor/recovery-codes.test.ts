import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';

describe('recovery codes', () => {
  test('ten distinct codes of two groups of five from the 32-character alphabet', () => {
    const codes = newRecoveryCodes();
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    for (const code of codes) assert.match(code, /^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);
  });

  test('every character of the alphabet turns up, and no other (the low 5 bits of a byte pick one)', () => {
    const seen = new Set(Array.from({ length: 200 }, () => newRecoveryCodes().join('').replaceAll('-', '')).join(''));
    assert.equal(seen.size, 32);
    for (const excluded of ['l', 'o', '0', '1']) assert.equal(seen.has(excluded), false);
  });

  test('the stored hash is SHA-256 of the code without case, spaces or dashes', () => {
    const expected = createHash('sha256').update('abcdefghjk').digest('hex');
    for (const typed of ['abcde-fghjk', 'ABCDE-FGHJK', ' abcde fghjk ', 'abcdefghjk']) assert.equal(hashRecoveryCode(typed), expected, typed);
    assert.notEqual(hashRecoveryCode('abcde-fghjm'), expected);
  });
});
