import type { AuthenticatedUser } from '../common/request-context.js';

interface Entry {
  user: AuthenticatedUser;
  expiresAtMs: number;
}

/**
 * Access tokens whose signature has already been checked, until they expire. A signed-in portal sends
 * the same token with every request for its whole lifetime; checking its HMAC and parsing it once
 * instead of each time was the largest part of the guard pipeline's cost (bench:guard). Only a
 * token verified in full gets in, looked up by its exact text, so a forged or altered token never
 * matches one; whether its session is still active is read per request anyway, by the AccessGuard.
 * Bounded: beyond `capacity` the oldest entry makes room.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): AuthenticatedUser | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAtMs > this.now()) return entry.user;
    this.entries.delete(token);
    return undefined;
  }

  /** `expiresAtSeconds` is the token's own `exp` claim. */
  remember(token: string, user: AuthenticatedUser, expiresAtSeconds: number): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { user: Object.freeze({ ...user }), expiresAtMs: expiresAtSeconds * 1000 });
  }

  get size(): number {
    return this.entries.size;
  }
}
