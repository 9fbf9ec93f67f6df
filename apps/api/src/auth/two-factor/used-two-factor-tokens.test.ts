import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import type { RedisClient } from '@partner-portal/db';
import { UsedTwoFactorTokens } from './used-two-factor-tokens.service.js';

/** Redis as it is while unreachable: every command fails at once (enableOfflineQueue: false). */
const unreachable = new Proxy({}, { get: () => () => Promise.reject(new Error('Connection is closed.')) }) as unknown as RedisClient;

describe('used two-factor tokens while Redis is unreachable', () => {
  const token = (jti: string, lifeMs = 60_000) => ({ userId: 'u', jti, expiresAt: new Date(Date.now() + lifeMs) });

  test('this process remembers them itself: a token is claimed once', async () => {
    const used = new UsedTwoFactorTokens(unreachable, (...parts) => parts.join(':'));
    assert.equal(await used.isUsed(token('a')), false);
    assert.equal(await used.claim(token('a')), true);
    assert.equal(await used.isUsed(token('a')), true);
    assert.equal(await used.claim(token('a')), false);
    assert.equal(await used.claim(token('b')), true, 'another token is its own');
  });

  test('and forgets one once it has expired anyway', async () => {
    const used = new UsedTwoFactorTokens(unreachable, (...parts) => parts.join(':'));
    assert.equal(await used.claim(token('c', 20)), true);
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.equal(await used.isUsed(token('c')), false);
  });
});
