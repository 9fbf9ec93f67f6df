// The operator's "send every FAILED invitation email again", after a mail outage outlasted the retry
// horizon or a misconfigured server refused everything: each still PENDING, unexpired invitation whose
// email FAILED is QUEUED again and its outbox row reopened, so the relay sends it with the same link.
// Runs across accounts, so as the role that owns the tables (like the migrations), not the application's.
import type pg from 'pg';

export interface RetriedEmail {
  accountId: string;
  invitationId: string;
  email: string;
}

const INVITATION_TOPICS = ['invitation.created', 'invitation.resent'];

export async function retryFailedInvitationEmails(owner: pg.ClientBase): Promise<RetriedEmail[]> {
  await owner.query('BEGIN');
  try {
    const { rows } = await owner.query<RetriedEmail>(
      `WITH failed AS (
         SELECT account_id, id FROM invitation
         WHERE state = 'PENDING' AND delivery_status = 'FAILED' AND expires_at > now()
         FOR UPDATE
       ), reopened AS (
         -- created_at restarts the retry horizon; the relay replaces the job that failed for good.
         UPDATE outbox_message o SET completed_at = NULL, relayed_at = NULL, created_at = now()
         FROM failed f
         WHERE o.account_id = f.account_id AND o.topic = ANY ($1) AND o.payload->>'invitationId' = f.id::text
         RETURNING o.account_id, f.id
       )
       UPDATE invitation i SET delivery_status = 'QUEUED', delivery_error = NULL, delivery_next_attempt_at = NULL, updated_at = now()
       FROM reopened r WHERE i.account_id = r.account_id AND i.id = r.id
       RETURNING i.account_id AS "accountId", i.id AS "invitationId", i.email`,
      [INVITATION_TOPICS],
    );
    if (rows.length > 0) {
      await owner.query(
        `INSERT INTO audit_event (account_id, actor_user_id, action, target_type, target_id, data)
         SELECT (r->>'accountId')::uuid, NULL, 'invitation.delivery-retried', 'invitation', r->>'invitationId', jsonb_build_object('email', r->>'email', 'by', 'operator')
         FROM jsonb_array_elements($1::jsonb) AS r`,
        [JSON.stringify(rows)],
      );
    }
    await owner.query('COMMIT');
    return rows;
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}
