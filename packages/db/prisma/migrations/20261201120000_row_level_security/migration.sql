-- Row-level security (issue 9). The API and the worker connect as partner_portal_app: not a superuser,
-- not the owner of any table, so every policy below applies to it. The role that runs migrations owns
-- the tables and is not subject to them. The scope a query runs in is set per transaction by the
-- tenant-scope Prisma extension (packages/db/src/tenancy.ts) with set_config(..., true), i.e. SET LOCAL.

DO $$
BEGIN
  CREATE ROLE partner_portal_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
EXCEPTION
  -- The role is cluster-wide: another database (or a concurrent test run) created it first.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO partner_portal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO partner_portal_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO partner_portal_app;
-- Tables added by later migrations are granted too; the catalog test then fails until they have policies.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO partner_portal_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO partner_portal_app;
REVOKE ALL ON "_prisma_migrations" FROM partner_portal_app;
-- The reseller resource library is the same for every partner and read-only to the product.
REVOKE INSERT, UPDATE, DELETE ON "partner_resource" FROM partner_portal_app;

-- The scope of the current transaction; empty settings read as NULL, which matches no row.
CREATE FUNCTION app_current_account() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.account_id', true), '')::uuid $$;
CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION app_current_path() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.path', true), '') $$;
CREATE FUNCTION app_current_token_hash() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.token_hash', true), '') $$;

-- Every table holding one account's data: its rows are the current account's, for every command.
DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'membership', 'invitation', 'outbox_message', 'audit_event', 'charge', 'contact', 'contact_list',
    'list_member', 'segment', 'campaign', 'campaign_list', 'campaign_recipient', 'automation', 'asset',
    'landing_page', 'social_post', 'social_comment', 'ad', 'lookalike_audience', 'store', 'trial',
    'account_settings', 'business_profile'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (account_id = app_current_account()) WITH CHECK (account_id = app_current_account())',
      tenant_table);
  END LOOP;
END
$$;

-- The account row itself: its own, and a partner's clients (the Accounts tab, client creation, the Single Bill).
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON account
  USING (id = app_current_account()) WITH CHECK (id = app_current_account());
CREATE POLICY partner_clients ON account
  USING (partner_id = app_current_account()) WITH CHECK (partner_id = app_current_account() AND kind = 'CLIENT');

-- Path my-accounts (GET /api/me): the caller's memberships, their accounts, those accounts' partners,
-- and the clients of partners the caller belongs to (counted, never listed).
CREATE FUNCTION app_my_member_accounts() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT coalesce(array_agg(account_id), '{}') FROM membership WHERE user_id = app_current_user() $$;
CREATE FUNCTION app_my_partner_accounts() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT coalesce(array_agg(DISTINCT a.partner_id), '{}') FROM membership m JOIN account a ON a.id = m.account_id
    WHERE m.user_id = app_current_user() AND a.partner_id IS NOT NULL
  $$;
REVOKE ALL ON FUNCTION app_my_member_accounts(), app_my_partner_accounts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_my_member_accounts(), app_my_partner_accounts() TO partner_portal_app;
CREATE POLICY my_memberships ON membership FOR SELECT
  USING (app_current_path() = 'my-accounts' AND user_id = app_current_user());
CREATE POLICY my_accounts ON account FOR SELECT
  USING (app_current_path() = 'my-accounts' AND (
    id = ANY ((SELECT app_my_member_accounts())::uuid[])
    OR id = ANY ((SELECT app_my_partner_accounts())::uuid[])
    OR partner_id = ANY ((SELECT app_my_member_accounts())::uuid[])));

-- Path partner-clients (the Accounts tab, creating a client): the people and invitations of the
-- current partner's clients, and the owner invitation, outbox row and audit row of a new client
-- (outbox and audit rows are inserted without RETURNING, so they need no read policy).
CREATE POLICY partner_clients ON membership FOR SELECT
  USING (app_current_path() = 'partner-clients' AND account_id IN (SELECT id FROM account WHERE partner_id = app_current_account()));
CREATE POLICY partner_clients ON invitation
  USING (app_current_path() = 'partner-clients' AND account_id IN (SELECT id FROM account WHERE partner_id = app_current_account()))
  WITH CHECK (app_current_path() = 'partner-clients' AND account_id IN (SELECT id FROM account WHERE partner_id = app_current_account()));
CREATE POLICY partner_clients ON outbox_message FOR INSERT
  WITH CHECK (app_current_path() = 'partner-clients' AND account_id IN (SELECT id FROM account WHERE partner_id = app_current_account()));
CREATE POLICY partner_clients ON audit_event FOR INSERT
  WITH CHECK (app_current_path() = 'partner-clients' AND account_id IN (SELECT id FROM account WHERE partner_id = app_current_account()));

-- A Single Bill client's purchases are charged to its partner: the client sees and writes those
-- charges (and the partner's audit row of them), nothing else of the partner's.
CREATE FUNCTION app_current_partner() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT partner_id FROM account WHERE id = app_current_account() AND billing_mode = 'SINGLE_BILL' $$;
REVOKE ALL ON FUNCTION app_current_partner() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_current_partner() TO partner_portal_app;
CREATE POLICY single_bill_purchases ON charge FOR SELECT
  USING (for_account_id = app_current_account());
CREATE POLICY single_bill_purchases_insert ON charge FOR INSERT
  WITH CHECK (kind = 'PURCHASE' AND for_account_id = app_current_account() AND account_id = (SELECT app_current_partner()));
CREATE POLICY single_bill_purchases ON audit_event FOR INSERT
  WITH CHECK (action = 'purchase.billed' AND account_id = (SELECT app_current_partner()));

-- Path invitation-by-token (the public invitation page and acceptance): the one invitation whose
-- token hash the scope carries, found before the account is known.
CREATE POLICY invitation_by_token ON invitation FOR SELECT
  USING (app_current_path() = 'invitation-by-token' AND token_hash = app_current_token_hash());

-- Path public-pages: published landing pages, by their public address.
CREATE POLICY public_pages ON landing_page FOR SELECT
  USING (app_current_path() = 'public-pages' AND state = 'PUBLISHED');

-- The worker's sweeps scan by time across accounts; each then does its work in the row's own account.
CREATE POLICY outbox_relay ON outbox_message FOR SELECT
  USING (app_current_path() = 'outbox-relay' AND completed_at IS NULL);
CREATE POLICY outbox_relay_update ON outbox_message FOR UPDATE
  USING (app_current_path() = 'outbox-relay' AND completed_at IS NULL)
  WITH CHECK (app_current_path() = 'outbox-relay');
CREATE POLICY due_campaigns ON campaign FOR SELECT
  USING (app_current_path() = 'due-campaigns' AND status = 'SCHEDULED');
CREATE POLICY due_invitation_expiries ON invitation FOR SELECT
  USING (app_current_path() = 'due-invitation-expiries' AND state = 'PENDING');

-- The guard's query, run on every request before any scope exists: whether the session is active and,
-- only where the caller has a grant (membership, or Partner Manager / Owner of a client's partner),
-- the account and the grants. An account the caller has no relationship with reads as nothing at all.
CREATE FUNCTION app_account_access(p_session_id uuid, p_user_id uuid, p_account_id uuid)
  RETURNS TABLE (
    session_active boolean, id uuid, name text, kind text, partner_program text, billing_mode text,
    partner_id uuid, partner_name text, member_role text, partner_role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH granted AS (
      SELECT a.id, a.name, a.kind::text AS kind, a.partner_program::text AS partner_program,
             a.billing_mode::text AS billing_mode, a.partner_id, p.name AS partner_name,
             m.role::text AS member_role, CASE WHEN a.kind = 'CLIENT' THEN pm.role::text END AS partner_role
      FROM account a
      LEFT JOIN account p ON p.id = a.partner_id
      LEFT JOIN membership m ON m.account_id = a.id AND m.user_id = p_user_id
      LEFT JOIN membership pm ON pm.account_id = a.partner_id AND pm.user_id = p_user_id
        AND pm.role IN ('PARTNER_MANAGER', 'ACCOUNT_OWNER')
      WHERE a.id = p_account_id
    )
    SELECT
      EXISTS (
        SELECT 1 FROM session s
        WHERE s.id = p_session_id AND s.user_id = p_user_id AND s.revoked_at IS NULL AND s.expires_at > now()
      ),
      g.id, g.name, g.kind, g.partner_program, g.billing_mode, g.partner_id, g.partner_name, g.member_role, g.partner_role
    FROM (SELECT 1) AS one
    LEFT JOIN granted g ON g.member_role IS NOT NULL OR g.partner_role IS NOT NULL
  $$;
REVOKE ALL ON FUNCTION app_account_access(uuid, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_account_access(uuid, uuid, uuid) TO partner_portal_app;
