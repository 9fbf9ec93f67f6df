import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { VerifiedTokens } from './verified-tokens.js';

const alice = { userId: 'user-a', sessionId: 'session-a' };
const bob = { userId: 'user-b', sessionId: 'session-b' };

test('a remembered token is known until its exp claim, then forgotten', () => {
  let now = 1_000_000;
  const tokens = new VerifiedTokens(10, () => now);
  tokens.remember('token-a', alice, 1_060); // exp in seconds: 1,060,000 ms
  assert.deepEqual(tokens.get('token-a'), alice);
  now = 1_059_999;
  assert.deepEqual(tokens.get('token-a'), alice);
  now = 1_060_000;
  assert.equal(tokens.get('token-a'), undefined);
  assert.equal(tokens.size, 0);
});

test('only the exact text of a remembered token matches', () => {
  const tokens = new VerifiedTokens(10, () => 0);
  tokens.remember('header.payload.signature', alice, 60);
  for (const other of ['header.payload.signaturE', 'header.payload.signature ', 'header.payload', '']) {
    assert.equal(tokens.get(other), undefined, other);
  }
});

test('at capacity the oldest entry makes room', () => {
  const tokens = new VerifiedTokens(2, () => 0);
  tokens.remember('first', alice, 60);
  tokens.remember('second', bob, 60);
  tokens.remember('third', bob, 60);
  assert.equal(tokens.size, 2);
  assert.equal(tokens.get('first'), undefined);
  assert.deepEqual(tokens.get('second'), bob);
  assert.deepEqual(tokens.get('third'), bob);
});

test('what it hands out cannot be changed by one request for the next', () => {
  const tokens = new VerifiedTokens(10, () => 0);
  tokens.remember('token', { ...alice }, 60);
  const user = tokens.get('token')!;
  assert.throws(() => {
    (user as { userId: string }).userId = 'someone-else';
  }, TypeError);
  assert.deepEqual(tokens.get('token'), alice);
});
