import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { queuePrefix } from './queue-prefix.js';

describe('queuePrefix', () => {
  test('wraps the Redis prefix in a hash tag', () => {
    assert.equal(queuePrefix('pp'), '{pp}');
    assert.equal(queuePrefix('pptest-a1b2:c3'), '{pptest-a1b2:c3}');
  });

  test('refuses a prefix that would break the hash tag', () => {
    for (const bad of ['', '{pp}', 'p{p', 'p}p', 'p p']) {
      assert.throws(() => queuePrefix(bad), RangeError, JSON.stringify(bad));
    }
  });
});
