import { createHash, randomBytes } from 'node:crypto';

/** 32 letters and digits, without l, o, 0 and 1, which read alike: each random byte's low 5 bits pick one, unbiased. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const COUNT = 10;
const LENGTH = 10;

/** Ten fresh codes, shown once: 10 characters (50 random bits) each, as `xxxxx-xxxxx`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: COUNT }, () => {
    const chars = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte & 31]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/**
 * What is stored of a code. SHA-256 rather than a slow password hash: a code holds 50 random bits, not a
 * guessable word, so a stolen hash costs about 2^49 hashes per code to reverse, and a code also needs
 * its person's password to be of use; a plain hash can be looked up in one indexed query, where a
 * salted slow hash would have to be tried against each of the person's codes at every sign-in.
 * Typed codes are compared without case, spaces or dashes.
 */
export function hashRecoveryCode(code: string): string {
  const normalized = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return createHash('sha256').update(normalized).digest('hex');
}
