-- Landing pages are sanitized on write; pages stored before that keep policy 0 until the backfill
-- (`npm run pages:sanitize`, run by `npm start`) cleans them, and are cleaned on the way out until then.
ALTER TABLE "landing_page" ADD COLUMN "html_policy" INTEGER NOT NULL DEFAULT 0;
