-- When each session last made a request (issue 20, sessions). The API records it at most once a minute
-- per session, with an UPDATE whose WHERE skips a row seen within the minute, so most requests write nothing.
ALTER TABLE "session" ADD COLUMN     "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Sessions opened before this migration: last seen, as far as anyone knows, when they were opened.
UPDATE "session" SET "last_seen_at" = "created_at";

-- A person's own security log (a session revoked, ...). It belongs to a person, not an account, so it is
-- global like app_user and session (no row-level security; the default privileges grant it).
CREATE TABLE "security_event" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "security_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "security_event_user_id_created_at_idx" ON "security_event"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "security_event" ADD CONSTRAINT "security_event_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
