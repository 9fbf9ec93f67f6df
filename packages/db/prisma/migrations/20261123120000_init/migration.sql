-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('STANDALONE', 'PARTNER', 'CLIENT');

-- CreateEnum
CREATE TYPE "PartnerProgram" AS ENUM ('RESELLER', 'REFERRAL');

-- CreateEnum
CREATE TYPE "BillingMode" AS ENUM ('SINGLE_BILL', 'DIRECT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ACCOUNT_OWNER', 'ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER');

-- CreateEnum
CREATE TYPE "InvitationState" AS ENUM ('PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "account" (
    "id" UUID NOT NULL,
    "kind" "AccountKind" NOT NULL,
    "name" TEXT NOT NULL,
    "partner_program" "PartnerProgram",
    "billing_mode" "BillingMode",
    "partner_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "user_agent" TEXT,
    "ip" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "account_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("account_id","user_id")
);

-- CreateTable
CREATE TABLE "invitation" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "state" "InvitationState" NOT NULL DEFAULT 'PENDING',
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "invited_by_id" UUID,
    "accepted_by_id" UUID,
    "delivery_status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "delivery_error" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "relayed_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "account_id" UUID NOT NULL,
    "actor_user_id" UUID,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "account_partner_id_name_idx" ON "account"("partner_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "membership_user_id_idx" ON "membership"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"("token_hash");

-- CreateIndex
CREATE INDEX "invitation_account_id_username_state_idx" ON "invitation"("account_id", "username", "state");

-- CreateIndex
CREATE INDEX "invitation_state_expires_at_idx" ON "invitation"("state", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_account_id_id_key" ON "invitation"("account_id", "id");

-- CreateIndex
CREATE INDEX "outbox_message_completed_at_created_at_idx" ON "outbox_message"("completed_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_account_id_id_key" ON "outbox_message"("account_id", "id");

-- CreateIndex
CREATE INDEX "audit_event_account_id_created_at_idx" ON "audit_event"("account_id", "created_at");

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Invariants Prisma's schema language cannot express (DESIGN.md §2).

-- An account's kind decides which of program, billing mode and managing partner it has.
ALTER TABLE "account" ADD CONSTRAINT "account_kind_shape_check" CHECK (
  ("kind" = 'STANDALONE' AND "partner_program" IS NULL AND "billing_mode" IS NULL AND "partner_id" IS NULL)
  OR ("kind" = 'PARTNER' AND "partner_program" IS NOT NULL AND "billing_mode" IS NULL AND "partner_id" IS NULL)
  OR ("kind" = 'CLIENT' AND "partner_program" IS NULL AND "billing_mode" IS NOT NULL AND "partner_id" IS NOT NULL)
);
ALTER TABLE "account" ADD CONSTRAINT "account_name_not_blank_check" CHECK (length(btrim("name")) > 0);

-- Usernames are stored lower-cased, so uniqueness is case-insensitive.
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_username_lowercase_check" CHECK ("username" = lower("username"));
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_username_lowercase_check" CHECK ("username" = lower("username"));

-- Exactly one owner per account: at most one here, at least one kept by the services.
CREATE UNIQUE INDEX "membership_one_owner_per_account" ON "membership"("account_id") WHERE "role" = 'ACCOUNT_OWNER';

-- At most one pending invitation per person per account.
CREATE UNIQUE INDEX "invitation_one_pending_per_username" ON "invitation"("account_id", "username") WHERE "state" = 'PENDING';

-- The relay scans only what is still to do.
CREATE INDEX "outbox_message_pending_idx" ON "outbox_message"("created_at") WHERE "completed_at" IS NULL;

-- The audit log is append-only.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_event_append_only"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();
CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();
