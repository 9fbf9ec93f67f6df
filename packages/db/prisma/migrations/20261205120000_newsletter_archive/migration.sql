-- AlterTable
ALTER TABLE "campaign" ADD COLUMN     "archive_slug" TEXT,
ADD COLUMN     "sent_by_id" UUID;

-- CreateTable
CREATE TABLE "newsletter_archive" (
    "account_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "list_by_default" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "newsletter_archive_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "archive_author" (
    "account_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "page_removed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "archive_author_pkey" PRIMARY KEY ("account_id","user_id")
);

-- CreateTable
CREATE TABLE "archive_listing" (
    "account_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "listed" BOOLEAN NOT NULL,
    "changed_by_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "archive_listing_pkey" PRIMARY KEY ("account_id","campaign_id")
);

-- CreateIndex
CREATE INDEX "newsletter_archive_slug_idx" ON "newsletter_archive"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "archive_author_account_id_slug_key" ON "archive_author"("account_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_account_id_archive_slug_key" ON "campaign"("account_id", "archive_slug");

-- AddForeignKey
ALTER TABLE "newsletter_archive" ADD CONSTRAINT "newsletter_archive_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "archive_author" ADD CONSTRAINT "archive_author_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "archive_listing" ADD CONSTRAINT "archive_listing_account_id_campaign_id_fkey" FOREIGN KEY ("account_id", "campaign_id") REFERENCES "campaign"("account_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: each table holds one account's rows. The public archive finds an account by its
-- archive's slug alone (path public-archive), and only while the archive is on; everything after that
-- is read in that account's own scope.
DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY['newsletter_archive', 'archive_author', 'archive_listing'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (account_id = app_current_account()) WITH CHECK (account_id = app_current_account())',
      tenant_table);
  END LOOP;
END
$$;
CREATE POLICY public_archive ON newsletter_archive FOR SELECT
  USING (app_current_path() = 'public-archive' AND enabled);

-- Campaigns sent before the archive existed: their creator is their author, and their address is their
-- subject made into a slug, numbered where two of an account's would be the same.
CREATE FUNCTION pg_temp.slug_of(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(lower($1), '[^a-z0-9]+', '-', 'g')), 70), ''), 'campaign')
$$;
UPDATE campaign SET sent_by_id = created_by_id WHERE status IN ('SENDING', 'SENT') AND sent_by_id IS NULL;
WITH numbered AS (
  SELECT account_id, id, pg_temp.slug_of(subject) AS base,
         row_number() OVER (PARTITION BY account_id, pg_temp.slug_of(subject) ORDER BY coalesce(sent_at, created_at), id) AS n
  FROM campaign WHERE status IN ('SENDING', 'SENT') AND archive_slug IS NULL
)
UPDATE campaign c SET archive_slug = CASE WHEN numbered.n = 1 THEN numbered.base ELSE numbered.base || '-' || numbered.n END
FROM numbered WHERE c.account_id = numbered.account_id AND c.id = numbered.id;
WITH authors AS (
  SELECT DISTINCT c.account_id, u.id AS user_id, coalesce(nullif(u.name, ''), split_part(u.email, '@', 1)) AS name
  FROM campaign c JOIN app_user u ON u.id = c.sent_by_id
), numbered AS (
  SELECT account_id, user_id, name, pg_temp.slug_of(name) AS base,
         row_number() OVER (PARTITION BY account_id, pg_temp.slug_of(name) ORDER BY user_id) AS n
  FROM authors
)
INSERT INTO archive_author (account_id, user_id, slug, name)
SELECT account_id, user_id, CASE WHEN n = 1 THEN base ELSE base || '-' || n END, name FROM numbered;

-- An archive's address is unique across accounts: a directory table keyed by it alone (a reference
-- table once distributed, like landing_page_address), kept in step with newsletter_archive by triggers.
-- Taking an address another account holds fails on archive_address_pkey. The application's role has no
-- privileges on it.
CREATE TABLE "archive_address" (
    "slug" TEXT NOT NULL,
    "account_id" UUID NOT NULL,

    CONSTRAINT "archive_address_pkey" PRIMARY KEY ("slug")
);
REVOKE ALL ON "archive_address" FROM partner_portal_app;

CREATE FUNCTION "archive_address_follow"() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM archive_address;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM archive_address WHERE slug = OLD.slug AND account_id = OLD.account_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO archive_address (slug, account_id) VALUES (NEW.slug, NEW.account_id);
  END IF;
  RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION "archive_address_follow"() FROM PUBLIC;

CREATE TRIGGER "archive_address_follow"
  AFTER INSERT OR UPDATE OF "slug", "account_id" OR DELETE ON "newsletter_archive"
  FOR EACH ROW EXECUTE FUNCTION "archive_address_follow"();
CREATE TRIGGER "archive_address_follow_truncate"
  AFTER TRUNCATE ON "newsletter_archive"
  FOR EACH STATEMENT EXECUTE FUNCTION "archive_address_follow"();
