import { generateSecret, generateURI, verify } from 'otplib';

/** The name authenticator apps show above the person's email. */
export const TOTP_ISSUER = 'Partner Portal';

/** A code is accepted one 30-second step early or late, for clocks that drift and codes typed slowly. */
const ONE_STEP_EITHER_SIDE_SECONDS = 30;

export const SIX_DIGITS = /^\d{6}$/;

/** A new secret (20 random bytes, base32) and the otpauth:// URL an authenticator app scans as a QR code. */
export function newTotpSecret(email: string): { secret: string; otpauthUrl: string } {
  const secret = generateSecret();
  return { secret, otpauthUrl: generateURI({ issuer: TOTP_ISSUER, label: email, secret }) };
}

/** The time step a code belongs to, when it is right for this secret now (give or take a step); otherwise null. */
export async function totpStepOf(secret: string, code: string): Promise<number | null> {
  if (!SIX_DIGITS.test(code)) return null;
  const result = await verify({ secret, token: code, epochTolerance: ONE_STEP_EITHER_SIDE_SECONDS });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
