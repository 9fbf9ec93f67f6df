-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('SUBSCRIBED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "PublishState" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT');

-- CreateEnum
CREATE TYPE "RecipientStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "AutomationTrigger" AS ENUM ('CONTACT_JOINS_LIST', 'CONTACT_BIRTHDAY', 'CONTACT_ANNIVERSARY');

-- CreateEnum
CREATE TYPE "AutomationStatus" AS ENUM ('DRAFT', 'ACTIVE', 'PAUSED');

-- CreateEnum
CREATE TYPE "AssetKind" AS ENUM ('IMAGE', 'LOGO');

-- CreateEnum
CREATE TYPE "AdChannel" AS ENUM ('GOOGLE', 'META', 'META_LEAD');

-- CreateEnum
CREATE TYPE "SocialNetwork" AS ENUM ('FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'X');

-- CreateEnum
CREATE TYPE "TrialProduct" AS ENUM ('SOCIAL_ADS', 'EVENTS', 'SMS', 'ECOMMERCE');

-- AlterTable
ALTER TABLE "charge" ADD COLUMN     "for_account_id" UUID,
ADD COLUMN     "purchased_by_id" UUID;

-- CreateTable
CREATE TABLE "contact" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_key" TEXT NOT NULL,
    "first_name" TEXT,
    "last_name" TEXT,
    "phone" TEXT,
    "company" TEXT,
    "status" "ContactStatus" NOT NULL DEFAULT 'SUBSCRIBED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_list" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contact_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "list_member" (
    "account_id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "list_member_pkey" PRIMARY KEY ("account_id","list_id","contact_id")
);

-- CreateTable
CREATE TABLE "segment" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "segment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "from_name" TEXT NOT NULL,
    "from_email" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "body_text" TEXT,
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "scheduled_at" TIMESTAMPTZ(3),
    "send_started_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "recipient_count" INTEGER NOT NULL DEFAULT 0,
    "sent_count" INTEGER NOT NULL DEFAULT 0,
    "failed_count" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_list" (
    "account_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "list_id" UUID NOT NULL,

    CONSTRAINT "campaign_list_pkey" PRIMARY KEY ("account_id","campaign_id","list_id")
);

-- CreateTable
CREATE TABLE "campaign_recipient" (
    "account_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "status" "RecipientStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "campaign_recipient_pkey" PRIMARY KEY ("account_id","campaign_id","contact_id")
);

-- CreateTable
CREATE TABLE "automation" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "trigger" "AutomationTrigger" NOT NULL,
    "trigger_list_id" UUID,
    "steps" JSONB NOT NULL,
    "status" "AutomationStatus" NOT NULL DEFAULT 'DRAFT',
    "activated_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "automation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "kind" "AssetKind" NOT NULL,
    "name" TEXT NOT NULL,
    "alt_text" TEXT,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "storage_key" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "landing_page" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "state" "PublishState" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "landing_page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "social_post" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "network" "SocialNetwork" NOT NULL,
    "body" TEXT NOT NULL,
    "state" "PublishState" NOT NULL DEFAULT 'DRAFT',
    "scheduled_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "social_post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "social_comment" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "author" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "response" TEXT,
    "responded_at" TIMESTAMPTZ(3),
    "responded_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "social_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ad" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "channel" "AdChannel" NOT NULL,
    "name" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "budget_cents" INTEGER NOT NULL,
    "state" "PublishState" NOT NULL DEFAULT 'DRAFT',
    "scheduled_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ad_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lookalike_audience" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "source_list_id" UUID,
    "source_size" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lookalike_audience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "store" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "state" "PublishState" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trial" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "product" "TrialProduct" NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "started_by_id" UUID,

    CONSTRAINT "trial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account_settings" (
    "account_id" UUID NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "locale" TEXT NOT NULL DEFAULT 'en-US',
    "default_from_name" TEXT,
    "default_from_email" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_settings_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "business_profile" (
    "account_id" UUID NOT NULL,
    "legal_name" TEXT,
    "website" TEXT,
    "phone" TEXT,
    "address_line1" TEXT,
    "address_line2" TEXT,
    "city" TEXT,
    "region" TEXT,
    "postal_code" TEXT,
    "country" TEXT,
    "industry" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "business_profile_pkey" PRIMARY KEY ("account_id")
);

-- CreateIndex
CREATE INDEX "contact_account_id_created_at_idx" ON "contact"("account_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "contact_account_id_id_key" ON "contact"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "contact_account_id_email_key_key" ON "contact"("account_id", "email_key");

-- CreateIndex
CREATE UNIQUE INDEX "contact_list_account_id_id_key" ON "contact_list"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "contact_list_account_id_name_key" ON "contact_list"("account_id", "name");

-- CreateIndex
CREATE INDEX "list_member_account_id_contact_id_idx" ON "list_member"("account_id", "contact_id");

-- CreateIndex
CREATE UNIQUE INDEX "segment_account_id_id_key" ON "segment"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "segment_account_id_name_key" ON "segment"("account_id", "name");

-- CreateIndex
CREATE INDEX "campaign_account_id_created_at_idx" ON "campaign"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "campaign_status_scheduled_at_idx" ON "campaign"("status", "scheduled_at");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_account_id_id_key" ON "campaign"("account_id", "id");

-- CreateIndex
CREATE INDEX "campaign_recipient_account_id_campaign_id_status_idx" ON "campaign_recipient"("account_id", "campaign_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "automation_account_id_id_key" ON "automation"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "asset_storage_key_key" ON "asset"("storage_key");

-- CreateIndex
CREATE INDEX "asset_account_id_kind_created_at_idx" ON "asset"("account_id", "kind", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "asset_account_id_id_key" ON "asset"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "landing_page_slug_key" ON "landing_page"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "landing_page_account_id_id_key" ON "landing_page"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "social_post_account_id_id_key" ON "social_post"("account_id", "id");

-- CreateIndex
CREATE INDEX "social_comment_account_id_post_id_idx" ON "social_comment"("account_id", "post_id");

-- CreateIndex
CREATE UNIQUE INDEX "social_comment_account_id_id_key" ON "social_comment"("account_id", "id");

-- CreateIndex
CREATE INDEX "ad_account_id_channel_created_at_idx" ON "ad"("account_id", "channel", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "ad_account_id_id_key" ON "ad"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "lookalike_audience_account_id_id_key" ON "lookalike_audience"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "store_account_id_id_key" ON "store"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "trial_account_id_id_key" ON "trial"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "trial_account_id_product_key" ON "trial"("account_id", "product");

-- CreateIndex
CREATE INDEX "charge_for_account_id_created_at_idx" ON "charge"("for_account_id", "created_at");

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_list" ADD CONSTRAINT "contact_list_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "list_member" ADD CONSTRAINT "list_member_account_id_list_id_fkey" FOREIGN KEY ("account_id", "list_id") REFERENCES "contact_list"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "list_member" ADD CONSTRAINT "list_member_account_id_contact_id_fkey" FOREIGN KEY ("account_id", "contact_id") REFERENCES "contact"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "segment" ADD CONSTRAINT "segment_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_list" ADD CONSTRAINT "campaign_list_account_id_campaign_id_fkey" FOREIGN KEY ("account_id", "campaign_id") REFERENCES "campaign"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_list" ADD CONSTRAINT "campaign_list_account_id_list_id_fkey" FOREIGN KEY ("account_id", "list_id") REFERENCES "contact_list"("account_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_recipient" ADD CONSTRAINT "campaign_recipient_account_id_campaign_id_fkey" FOREIGN KEY ("account_id", "campaign_id") REFERENCES "campaign"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_recipient" ADD CONSTRAINT "campaign_recipient_account_id_contact_id_fkey" FOREIGN KEY ("account_id", "contact_id") REFERENCES "contact"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "automation" ADD CONSTRAINT "automation_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset" ADD CONSTRAINT "asset_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "landing_page" ADD CONSTRAINT "landing_page_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "social_post" ADD CONSTRAINT "social_post_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "social_comment" ADD CONSTRAINT "social_comment_account_id_post_id_fkey" FOREIGN KEY ("account_id", "post_id") REFERENCES "social_post"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad" ADD CONSTRAINT "ad_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lookalike_audience" ADD CONSTRAINT "lookalike_audience_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "store" ADD CONSTRAINT "store_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trial" ADD CONSTRAINT "trial_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_settings" ADD CONSTRAINT "account_settings_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "business_profile" ADD CONSTRAINT "business_profile_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Invariants Prisma cannot express.
ALTER TABLE "contact" ADD CONSTRAINT "contact_email_key_lower" CHECK ("email_key" = lower("email_key"));
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_counts_valid"
  CHECK ("sent_count" >= 0 AND "failed_count" >= 0 AND "sent_count" + "failed_count" <= "recipient_count");
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_scheduled_has_time" CHECK ("status" <> 'SCHEDULED' OR "scheduled_at" IS NOT NULL);
ALTER TABLE "landing_page" ADD CONSTRAINT "landing_page_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 80);
ALTER TABLE "asset" ADD CONSTRAINT "asset_size_positive" CHECK ("size_bytes" > 0);
ALTER TABLE "trial" ADD CONSTRAINT "trial_ends_after_start" CHECK ("ends_at" > "started_at");
