// Fixtures for row-level-security.test.ts: a standalone account with a row in every tenant table,
// written as the owner (row-level security does not apply to it).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';

export interface TenantFixture {
  accountId: string;
  /** The account's owner, with an active session. */
  userId: string;
  sessionId: string;
  publishedPageSlug: string;
  draftPageSlug: string;
  /** The address of the account's newsletter archive, which is on. */
  archiveSlug: string;
  /** The token hash of the account's pending invitation. */
  invitationTokenHash: string;
  /** What the fixture's names and emails end with. */
  tag: string;
  /** The account's one contact. */
  contactId: string;
}

interface FixtureIds extends TenantFixture {
  listId: string;
  campaignId: string;
  postId: string;
}

type Statement = [sql: string, values: unknown[]];

/**
 * One row at least in every tenant table. A table added without a line here fails the
 * row-level security test by name ("add a fixture row for <table>").
 */
function tenantRows(f: FixtureIds): Statement[] {
  const email = (who: string) => `${who}-${f.tag}@rls.example`;
  return [
    [`INSERT INTO account (id, kind, name, updated_at) VALUES ($1, 'STANDALONE', $2, now())`, [f.accountId, `RLS ${f.tag}`]],
    [`INSERT INTO app_user (id, username, email, password_hash, updated_at) VALUES ($1, $2, $2, 'not-used', now())`, [f.userId, email('owner')]],
    [`INSERT INTO session (id, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [f.sessionId, f.userId]],
    [`INSERT INTO membership (account_id, user_id, role, updated_at) VALUES ($1, $2, 'ACCOUNT_OWNER', now())`, [f.accountId, f.userId]],
    [
      `INSERT INTO invitation (id, account_id, email, username, role, token_hash, expires_at, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $2, 'CAMPAIGN_CREATOR', $3, now() + interval '7 days', now())`,
      [f.accountId, email('invitee'), f.invitationTokenHash],
    ],
    [`INSERT INTO outbox_message (id, account_id, topic, payload) VALUES (gen_random_uuid(), $1, 'rls.pending', '{}')`, [f.accountId]],
    [
      `INSERT INTO outbox_message (id, account_id, topic, payload, completed_at) VALUES (gen_random_uuid(), $1, 'rls.completed', '{}', now())`,
      [f.accountId],
    ],
    [`INSERT INTO audit_event (account_id, action) VALUES ($1, 'rls.fixture')`, [f.accountId]],
    [`INSERT INTO charge (id, account_id, kind, description, amount_cents) VALUES (gen_random_uuid(), $1, 'SUBSCRIPTION', 'Plan', 1000)`, [f.accountId]],
    [`INSERT INTO contact (id, account_id, email, email_key, updated_at) VALUES ($1, $2, $3, $3, now())`, [f.contactId, f.accountId, email('contact')]],
    [`INSERT INTO contact_list (id, account_id, name, updated_at) VALUES ($1, $2, 'Customers', now())`, [f.listId, f.accountId]],
    [`INSERT INTO list_member (account_id, list_id, contact_id) VALUES ($1, $2, $3)`, [f.accountId, f.listId, f.contactId]],
    [`INSERT INTO segment (id, account_id, name, rules, updated_at) VALUES (gen_random_uuid(), $1, 'Everyone', '{"match":"all","rules":[]}', now())`, [f.accountId]],
    [
      `INSERT INTO campaign (id, account_id, name, subject, from_name, from_email, body_html, updated_at)
       VALUES ($1, $2, 'Launch', 'Hello', 'RLS', $3, '<p>Hi</p>', now())`,
      [f.campaignId, f.accountId, email('sender')],
    ],
    [`INSERT INTO campaign_list (account_id, campaign_id, list_id) VALUES ($1, $2, $3)`, [f.accountId, f.campaignId, f.listId]],
    [
      `INSERT INTO campaign_recipient (account_id, campaign_id, contact_id, email) VALUES ($1, $2, $3, $4)`,
      [f.accountId, f.campaignId, f.contactId, email('contact')],
    ],
    [
      `INSERT INTO automation (id, account_id, name, trigger, steps, updated_at) VALUES (gen_random_uuid(), $1, 'Welcome', 'CONTACT_JOINS_LIST', '[]', now())`,
      [f.accountId],
    ],
    [
      `INSERT INTO asset (id, account_id, kind, name, mime_type, size_bytes, storage_key, updated_at)
       VALUES (gen_random_uuid(), $1, 'LOGO', 'Logo', 'image/png', 100, $2, now())`,
      [f.accountId, `rls/${f.tag}/logo.png`],
    ],
    [
      `INSERT INTO landing_page (id, account_id, title, slug, body_html, state, published_at, updated_at)
       VALUES (gen_random_uuid(), $1, 'Open', $2, '<p>Open</p>', 'PUBLISHED', now(), now())`,
      [f.accountId, f.publishedPageSlug],
    ],
    [
      `INSERT INTO landing_page (id, account_id, title, slug, body_html, updated_at) VALUES (gen_random_uuid(), $1, 'Draft', $2, '<p>Draft</p>', now())`,
      [f.accountId, f.draftPageSlug],
    ],
    [`INSERT INTO social_post (id, account_id, network, body, updated_at) VALUES ($1, $2, 'LINKEDIN', 'Hello', now())`, [f.postId, f.accountId]],
    [
      `INSERT INTO social_comment (id, account_id, post_id, author, body, updated_at) VALUES (gen_random_uuid(), $1, $2, 'Fan', 'Nice', now())`,
      [f.accountId, f.postId],
    ],
    [
      `INSERT INTO ad (id, account_id, channel, name, headline, budget_cents, updated_at) VALUES (gen_random_uuid(), $1, 'GOOGLE', 'Ad', 'Buy', 500, now())`,
      [f.accountId],
    ],
    [
      `INSERT INTO lookalike_audience (id, account_id, name, source_list_id, source_size, country, updated_at)
       VALUES (gen_random_uuid(), $1, 'Lookalike', $2, 1, 'US', now())`,
      [f.accountId, f.listId],
    ],
    [`INSERT INTO store (id, account_id, name, updated_at) VALUES (gen_random_uuid(), $1, 'Shop', now())`, [f.accountId]],
    [`INSERT INTO trial (id, account_id, product, ends_at) VALUES (gen_random_uuid(), $1, 'SMS', now() + interval '14 days')`, [f.accountId]],
    [`INSERT INTO account_settings (account_id, updated_at) VALUES ($1, now())`, [f.accountId]],
    [`INSERT INTO business_profile (account_id, legal_name, updated_at) VALUES ($1, $2, now())`, [f.accountId, `RLS ${f.tag} Ltd`]],
    [`INSERT INTO custom_role (account_id, id, name, actions, updated_at) VALUES ($1, gen_random_uuid(), 'Sender', '{campaigns.send}', now())`, [f.accountId]],
    [`INSERT INTO list_access (account_id, user_id, list_id, level) VALUES ($1, $2, $3, 'VIEW')`, [f.accountId, f.userId, f.listId]],
    [`INSERT INTO newsletter_archive (account_id, slug, enabled, updated_at) VALUES ($1, $2, true, now())`, [f.accountId, f.archiveSlug]],
    [`INSERT INTO archive_author (account_id, user_id, slug, name) VALUES ($1, $2, 'owner', 'Owner')`, [f.accountId, f.userId]],
    [`INSERT INTO archive_listing (account_id, campaign_id, listed) VALUES ($1, $2, true)`, [f.accountId, f.campaignId]],
  ];
}

/** A standalone account with a row in every tenant table. `label` keeps its names readable ("a", "b"). */
export async function createTenantFixture(owner: pg.ClientBase, label: string): Promise<TenantFixture> {
  const tag = `${label}-${randomBytes(4).toString('hex')}`;
  const ids: FixtureIds = {
    tag,
    accountId: randomUUID(),
    userId: randomUUID(),
    sessionId: randomUUID(),
    contactId: randomUUID(),
    listId: randomUUID(),
    campaignId: randomUUID(),
    postId: randomUUID(),
    publishedPageSlug: `rls-${tag}-open`,
    draftPageSlug: `rls-${tag}-draft`,
    archiveSlug: `rls-${tag}-archive`,
    invitationTokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
  };
  await owner.query('BEGIN');
  try {
    for (const [sql, values] of tenantRows(ids)) await owner.query(sql, values);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
  const { accountId, userId, sessionId, publishedPageSlug, draftPageSlug, archiveSlug, invitationTokenHash, contactId } = ids;
  return { accountId, userId, sessionId, publishedPageSlug, draftPageSlug, archiveSlug, invitationTokenHash, tag, contactId };
}
