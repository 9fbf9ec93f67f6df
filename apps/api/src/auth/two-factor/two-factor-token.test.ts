import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { issueTwoFactorChallenge, readTwoFactorToken, TWO_FACTOR_TOKEN_TTL_SECONDS } from './two-factor-token.js';

const USER = '4b7f8e2c-0d5e-4c5a-9a57-3f0c1d2e3a4b';

describe('the two-factor token', () => {
  const jwt = new JwtService({ secret: randomBytes(32).toString('hex') });
  const now = () => Math.floor(Date.now() / 1000);

  test('a challenge carries a token for five minutes that reads back as its person, with an id of its own', async () => {
    const challenge = await issueTwoFactorChallenge(jwt, USER);
    assert.equal(challenge.twoFactorRequired, true);
    const token = readTwoFactorToken(jwt, challenge.twoFactorToken);
    assert.ok(token);
    assert.equal(token.userId, USER);
    assert.match(token.jti, /^[0-9a-f-]{36}$/);
    assert.ok(Math.abs(token.expiresAt.getTime() - Date.parse(challenge.expiresAt)) < 2000);
    assert.ok(Math.abs(token.expiresAt.getTime() - Date.now() - TWO_FACTOR_TOKEN_TTL_SECONDS * 1000) < 2000);
    assert.equal('sid' in jwt.decode(challenge.twoFactorToken), false, 'no session id: never an access token');
    const other = readTwoFactorToken(jwt, (await issueTwoFactorChallenge(jwt, USER)).twoFactorToken);
    assert.notEqual(other?.jti, token.jti);
  });

  test('refuses an access token, another purpose, a token without expiry, an expired one, and another key', () => {
    const refused = {
      'an access token': jwt.sign({ sub: USER, sid: 'a-session' }, { expiresIn: 60 }),
      'an access token with the purpose': jwt.sign({ sub: USER, sid: 'a-session', purpose: 'two-factor', jti: 'x' }, { expiresIn: 60 }),
      'another purpose': jwt.sign({ sub: USER, purpose: 'password-reset', jti: 'x' }, { expiresIn: 60 }),
      'no expiry': jwt.sign({ sub: USER, purpose: 'two-factor', jti: 'x' }),
      'expired': jwt.sign({ sub: USER, purpose: 'two-factor', jti: 'x', exp: now() - 1 }),
      'another key': new JwtService({ secret: randomBytes(32).toString('hex') }).sign({ sub: USER, purpose: 'two-factor', jti: 'x' }, { expiresIn: 60 }),
      'not a token': 'garbage',
    };
    for (const [what, token] of Object.entries(refused)) assert.equal(readTwoFactorToken(jwt, token), null, what);
    assert.ok(readTwoFactorToken(jwt, jwt.sign({ sub: USER, purpose: 'two-factor', jti: 'x' }, { expiresIn: 60 })), 'the same, well made, is read');
  });
});
