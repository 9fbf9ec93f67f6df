-- Two-step sign-in and passkeys (issue 20). recovery_code and passkey belong to a person, not an account,
-- so they are global like app_user and session (no row-level security; the default privileges grant them).
-- An account may require a second factor of everyone who works in it (for a partner, of its staff in every
-- client too): app_account_access answers it with the caller's grants, in the guard's one query.


-- AlterTable
ALTER TABLE "account" ADD COLUMN     "require_two_factor" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "totp_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_last_step" BIGINT,
ADD COLUMN     "totp_pending_secret" TEXT,
ADD COLUMN     "totp_secret" TEXT;

-- AlterTable
ALTER TABLE "session" ADD COLUMN     "two_factor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "passkey" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "credential_id" TEXT NOT NULL,
    "public_key" BYTEA NOT NULL,
    "counter" BIGINT NOT NULL DEFAULT 0,
    "transports" TEXT[],
    "device_type" TEXT NOT NULL,
    "backed_up" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "passkey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "recovery_code_user_id_idx" ON "recovery_code"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "passkey_credential_id_key" ON "passkey"("credential_id");

-- CreateIndex
CREATE INDEX "passkey_user_id_idx" ON "passkey"("user_id");

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "passkey" ADD CONSTRAINT "passkey_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The guard's one query also says whether the account requires a second factor of this caller, and, only
-- then, whether the session was signed in with one that the person still has (a TOTP or a passkey).
DROP FUNCTION app_account_access(uuid, uuid, uuid);
CREATE FUNCTION app_account_access(p_session_id uuid, p_user_id uuid, p_account_id uuid)
  RETURNS TABLE (
    session_active boolean, id uuid, name text, kind text, partner_program text, billing_mode text,
    partner_id uuid, partner_name text, member_role text, partner_role text,
    custom_role_id uuid, custom_role_name text, custom_role_actions text[], list_restricted boolean,
    two_factor_required boolean, two_factor_signed_in boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
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
    LEFT JOIN granted g ON g.member_role IS NOT NULL OR g.partner_role IS NOT NULL
  $$;
REVOKE ALL ON FUNCTION app_account_access(uuid, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_account_access(uuid, uuid, uuid) TO partner_portal_app;
