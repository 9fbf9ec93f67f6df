-- Finer access than the built-in roles (issue 8): custom roles, and members restricted to chosen lists.

CREATE TYPE "ListAccessLevel" AS ENUM ('VIEW', 'SEND', 'MANAGE');

-- A named set of action ids, composed by an owner; the API checks each id against the matrix and
-- against what its creator holds, and caps it at 20 per account.
CREATE TABLE "custom_role" (
    "account_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "actions" TEXT[] NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "custom_role_pkey" PRIMARY KEY ("account_id", "id"),
    CONSTRAINT "custom_role_name_present" CHECK (length(btrim("name")) BETWEEN 1 AND 60),
    CONSTRAINT "custom_role_actions_bounded" CHECK (cardinality("actions") <= 100)
);
CREATE UNIQUE INDEX "custom_role_account_id_name_key" ON "custom_role"("account_id", "name");
ALTER TABLE "custom_role" ADD CONSTRAINT "custom_role_account_id_fkey"
  FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A member or invitation may hold a custom role; it then replaces the built-in role's actions.
ALTER TABLE "membership" ADD COLUMN "custom_role_id" UUID, ADD COLUMN "list_restricted" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "membership" ADD CONSTRAINT "membership_account_id_custom_role_id_fkey"
  FOREIGN KEY ("account_id", "custom_role_id") REFERENCES "custom_role"("account_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "membership_account_id_custom_role_id_idx" ON "membership"("account_id", "custom_role_id");
ALTER TABLE "invitation" ADD COLUMN "custom_role_id" UUID;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_account_id_custom_role_id_fkey"
  FOREIGN KEY ("account_id", "custom_role_id") REFERENCES "custom_role"("account_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- The owner is never restricted and never holds a custom role.
ALTER TABLE "membership" ADD CONSTRAINT "membership_owner_unrestricted"
  CHECK ("role" <> 'ACCOUNT_OWNER' OR ("custom_role_id" IS NULL AND NOT "list_restricted"));

-- The lists a restricted member may reach, each at a level.
CREATE TABLE "list_access" (
    "account_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "level" "ListAccessLevel" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "list_access_pkey" PRIMARY KEY ("account_id", "user_id", "list_id")
);
CREATE INDEX "list_access_account_id_list_id_idx" ON "list_access"("account_id", "list_id");
ALTER TABLE "list_access" ADD CONSTRAINT "list_access_account_id_user_id_fkey"
  FOREIGN KEY ("account_id", "user_id") REFERENCES "membership"("account_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "list_access" ADD CONSTRAINT "list_access_account_id_list_id_fkey"
  FOREIGN KEY ("account_id", "list_id") REFERENCES "contact_list"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: both new tables are tenant tables.
ALTER TABLE "custom_role" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "custom_role"
  USING (account_id = app_current_account()) WITH CHECK (account_id = app_current_account());
ALTER TABLE "list_access" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "list_access"
  USING (account_id = app_current_account()) WITH CHECK (account_id = app_current_account());

-- A restricted member's scope: the API sets app.user_id for every signed-in request. Jobs and the
-- campaign delivery path run without a user, so they are never restricted.
CREATE FUNCTION app_list_restricted() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT coalesce((SELECT list_restricted FROM membership
                     WHERE account_id = app_current_account() AND user_id = app_current_user()), false)
  $$;
CREATE FUNCTION app_lists_at(levels text[]) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT coalesce(array_agg(list_id), '{}') FROM list_access
    WHERE account_id = app_current_account() AND user_id = app_current_user() AND level::text = ANY(levels)
  $$;
REVOKE ALL ON FUNCTION app_list_restricted(), app_lists_at(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_list_restricted(), app_lists_at(text[]) TO partner_portal_app;

-- Restrictive policies: on top of tenant isolation, and only for a restricted member.
-- Lists: seen at any level; renamed or deleted at MANAGE; never created by a restricted member.
CREATE POLICY list_access_read ON contact_list AS RESTRICTIVE FOR SELECT
  USING (NOT (SELECT app_list_restricted()) OR id = ANY ((SELECT app_lists_at('{VIEW,SEND,MANAGE}'))::uuid[]));
CREATE POLICY list_access_update ON contact_list AS RESTRICTIVE FOR UPDATE
  USING (NOT (SELECT app_list_restricted()) OR id = ANY ((SELECT app_lists_at('{MANAGE}'))::uuid[]));
CREATE POLICY list_access_delete ON contact_list AS RESTRICTIVE FOR DELETE
  USING (NOT (SELECT app_list_restricted()) OR id = ANY ((SELECT app_lists_at('{MANAGE}'))::uuid[]));
CREATE POLICY list_access_insert ON contact_list AS RESTRICTIVE FOR INSERT
  WITH CHECK (NOT (SELECT app_list_restricted()));
-- Memberships of lists: counted at any level (a list's size), changed at MANAGE.
CREATE POLICY list_access_read ON list_member AS RESTRICTIVE FOR SELECT
  USING (NOT (SELECT app_list_restricted()) OR list_id = ANY ((SELECT app_lists_at('{VIEW,SEND,MANAGE}'))::uuid[]));
CREATE POLICY list_access_insert ON list_member AS RESTRICTIVE FOR INSERT
  WITH CHECK (NOT (SELECT app_list_restricted()) OR list_id = ANY ((SELECT app_lists_at('{MANAGE}'))::uuid[]));
CREATE POLICY list_access_update ON list_member AS RESTRICTIVE FOR UPDATE
  USING (NOT (SELECT app_list_restricted()) OR list_id = ANY ((SELECT app_lists_at('{MANAGE}'))::uuid[]));
CREATE POLICY list_access_delete ON list_member AS RESTRICTIVE FOR DELETE
  USING (NOT (SELECT app_list_restricted()) OR list_id = ANY ((SELECT app_lists_at('{MANAGE}'))::uuid[]));
-- Contacts: only those on a list seen with its members (VIEW or MANAGE); a restricted member adds none.
CREATE FUNCTION app_contact_visible(p_account_id uuid, p_contact_id uuid) RETURNS boolean LANGUAGE sql STABLE
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM list_member lm
      WHERE lm.account_id = p_account_id AND lm.contact_id = p_contact_id
        AND lm.list_id = ANY ((SELECT app_lists_at('{VIEW,MANAGE}'))::uuid[]))
  $$;
CREATE POLICY list_access_read ON contact AS RESTRICTIVE FOR SELECT
  USING (NOT (SELECT app_list_restricted()) OR app_contact_visible(account_id, id));
CREATE POLICY list_access_update ON contact AS RESTRICTIVE FOR UPDATE
  USING (NOT (SELECT app_list_restricted()) OR app_contact_visible(account_id, id));
CREATE POLICY list_access_delete ON contact AS RESTRICTIVE FOR DELETE
  USING (NOT (SELECT app_list_restricted()) OR app_contact_visible(account_id, id));
CREATE POLICY list_access_insert ON contact AS RESTRICTIVE FOR INSERT
  WITH CHECK (NOT (SELECT app_list_restricted()));
-- A campaign's per-recipient details: only recipients the member may see as contacts.
CREATE POLICY list_access_read ON campaign_recipient AS RESTRICTIVE FOR SELECT
  USING (NOT (SELECT app_list_restricted()) OR app_contact_visible(account_id, contact_id));
-- A campaign targets only lists held at SEND or MANAGE.
CREATE POLICY list_access_insert ON campaign_list AS RESTRICTIVE FOR INSERT
  WITH CHECK (NOT (SELECT app_list_restricted()) OR list_id = ANY ((SELECT app_lists_at('{SEND,MANAGE}'))::uuid[]));
CREATE POLICY list_access_delete ON campaign_list AS RESTRICTIVE FOR DELETE
  USING (NOT (SELECT app_list_restricted()) OR list_id = ANY ((SELECT app_lists_at('{SEND,MANAGE}'))::uuid[]));

-- The guard's function learns the custom role and the restriction. A custom role never acts through
-- the partner: only a built-in Partner Manager or Owner of the partner does.
DROP FUNCTION app_account_access(uuid, uuid, uuid);
CREATE FUNCTION app_account_access(p_session_id uuid, p_user_id uuid, p_account_id uuid)
  RETURNS TABLE (
    session_active boolean, id uuid, name text, kind text, partner_program text, billing_mode text,
    partner_id uuid, partner_name text, member_role text, partner_role text,
    custom_role_id uuid, custom_role_name text, custom_role_actions text[], list_restricted boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH granted AS (
      SELECT a.id, a.name, a.kind::text AS kind, a.partner_program::text AS partner_program,
             a.billing_mode::text AS billing_mode, a.partner_id, p.name AS partner_name,
             m.role::text AS member_role, CASE WHEN a.kind = 'CLIENT' THEN pm.role::text END AS partner_role,
             cr.id AS custom_role_id, cr.name AS custom_role_name, cr.actions AS custom_role_actions,
             coalesce(m.list_restricted, false) AS list_restricted
      FROM account a
      LEFT JOIN account p ON p.id = a.partner_id
      LEFT JOIN membership m ON m.account_id = a.id AND m.user_id = p_user_id
      LEFT JOIN custom_role cr ON cr.account_id = m.account_id AND cr.id = m.custom_role_id
      LEFT JOIN membership pm ON pm.account_id = a.partner_id AND pm.user_id = p_user_id
        AND pm.role IN ('PARTNER_MANAGER', 'ACCOUNT_OWNER') AND pm.custom_role_id IS NULL
      WHERE a.id = p_account_id
    )
    SELECT
      EXISTS (
        SELECT 1 FROM session s
        WHERE s.id = p_session_id AND s.user_id = p_user_id AND s.revoked_at IS NULL AND s.expires_at > now()
      ),
      g.id, g.name, g.kind, g.partner_program, g.billing_mode, g.partner_id, g.partner_name, g.member_role, g.partner_role,
      g.custom_role_id, g.custom_role_name, g.custom_role_actions, coalesce(g.list_restricted, false)
    FROM (SELECT 1) AS one
    LEFT JOIN granted g ON g.member_role IS NOT NULL OR g.partner_role IS NOT NULL
  $$;
REVOKE ALL ON FUNCTION app_account_access(uuid, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_account_access(uuid, uuid, uuid) TO partner_portal_app;

-- Path my-accounts (GET /api/me): the custom roles the caller holds, to name them and list their actions.
CREATE POLICY my_custom_roles ON "custom_role" FOR SELECT
  USING (app_current_path() = 'my-accounts' AND account_id = ANY ((SELECT app_my_member_accounts())::uuid[]));
