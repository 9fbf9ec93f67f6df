import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@partner-portal/db';

/**
 * Does what the worker does when it sends an invitation email: mints a token and stores only its
 * hash. For API tests that do not run the worker; the worker's own tests cover the real path.
 */
export async function mintToken(db: Database, invitationId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  // By id alone (the callers do not know the account): a UUID names one invitation.
  const { count } = await db.invitation.updateMany({ where: { id: invitationId }, data: { tokenHash: createHash('sha256').update(token).digest('hex') } });
  if (count !== 1) throw new Error(`No invitation ${invitationId} to mint a token for`);
  return token;
}
