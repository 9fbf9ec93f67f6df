-- The functions row-level security and the guard call once per statement, in PL/pgSQL instead of SQL.
-- A SQL function that cannot be inlined (SECURITY DEFINER, SET search_path) is planned again at every
-- call; PL/pgSQL keeps its statements' plans for the life of the connection. Measured on the guard's
-- app_account_access, one call per guarded request: 660-940 us a call in SQL, 180-200 us in PL/pgSQL
-- (a round trip of `SELECT 1` is about 130 us here). Same signatures, bodies and grants. The per-row
-- app_partner_of stays in SQL (within one statement its plan is kept already), without its SET. The app_current_*
-- readers of the settings stay SQL too: they are inlined into the policies.

CREATE OR REPLACE FUNCTION app_account_access(p_session_id uuid, p_user_id uuid, p_account_id uuid)
  RETURNS TABLE (
    session_active boolean, id uuid, name text, kind text, partner_program text, billing_mode text,
    partner_id uuid, partner_name text, member_role text, partner_role text,
    custom_role_id uuid, custom_role_name text, custom_role_actions text[], list_restricted boolean,
    two_factor_required boolean, two_factor_signed_in boolean)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  #variable_conflict use_column
  BEGIN
    RETURN QUERY
    WITH granted AS (
      SELECT a.id, a.name, a.kind::text AS kind, a.partner_program::text AS partner_program,
             a.billing_mode::text AS billing_mode, a.partner_id, p.name AS partner_name,
             m.role::text AS member_role, CASE WHEN a.kind = 'CLIENT' THEN pm.role::text END AS partner_role,
             cr.id AS custom_role_id, cr.name AS custom_role_name, cr.actions AS custom_role_actions,
             coalesce(m.list_restricted, false) AS list_restricted,
             a.require_two_factor OR (a.kind = 'CLIENT' AND pm.role IS NOT NULL AND coalesce(p.require_two_factor, false)) AS two_factor_required
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
      g.custom_role_id, g.custom_role_name, g.custom_role_actions, coalesce(g.list_restricted, false),
      coalesce(g.two_factor_required, false),
      CASE WHEN g.two_factor_required THEN EXISTS (
        SELECT 1 FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = p_session_id AND s.user_id = p_user_id AND s.two_factor
          AND (u.totp_enabled_at IS NOT NULL OR EXISTS (SELECT 1 FROM passkey k WHERE k.user_id = u.id))
      ) END
    FROM (SELECT 1) AS one
    LEFT JOIN granted g ON g.member_role IS NOT NULL OR g.partner_role IS NOT NULL;
  END
  $$;

CREATE OR REPLACE FUNCTION app_list_restricted() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN coalesce((SELECT m.list_restricted FROM membership m
                     WHERE m.account_id = app_current_account() AND m.user_id = app_current_user()), false);
  END
  $$;

CREATE OR REPLACE FUNCTION app_lists_at(levels text[]) RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN (SELECT coalesce(array_agg(la.list_id), '{}') FROM list_access la
            WHERE la.account_id = app_current_account() AND la.user_id = app_current_user() AND la.level::text = ANY(levels));
  END
  $$;

CREATE OR REPLACE FUNCTION app_my_member_accounts() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN (SELECT coalesce(array_agg(m.account_id), '{}') FROM membership m WHERE m.user_id = app_current_user());
  END
  $$;

CREATE OR REPLACE FUNCTION app_my_partner_accounts() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT a.partner_id), '{}') FROM membership m JOIN account a ON a.id = m.account_id
            WHERE m.user_id = app_current_user() AND a.partner_id IS NOT NULL);
  END
  $$;

CREATE OR REPLACE FUNCTION app_current_partner() RETURNS uuid LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN (SELECT a.partner_id FROM account a WHERE a.id = app_current_account() AND a.billing_mode = 'SINGLE_BILL');
  END
  $$;

-- app_partner_of is called once per row (the partner-clients policies of membership and invitation):
-- without a SET clause, which makes every call save and restore the setting. Safe without it, since
-- every name in it is qualified by schema, the equality operator too. 10,000 calls in one statement:
-- 29-30 ms with the SET clause, 23-26 ms without.
CREATE OR REPLACE FUNCTION app_partner_of(p_account_id uuid) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  AS $$ SELECT a.partner_id FROM public.account a WHERE a.id OPERATOR(pg_catalog.=) p_account_id $$;
ALTER FUNCTION app_partner_of(uuid) RESET ALL;
