import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@partner-portal/db';

/**
 * Does what the worker does when it sends an invitation email: mints a token and stores only its
 * hash. For API tests that do not run the worker; the worker's own tests cover the real path.
 */
export async function mintToken(db: Database, invitationId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.invitation.update({ where: { id: invitationId }, data: { tokenHash: createHash('sha256').update(token).digest('hex') } });
  return token;
}
