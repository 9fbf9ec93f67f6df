-- AlterTable
ALTER TABLE "invitation" ADD COLUMN     "delivery_next_attempt_at" TIMESTAMPTZ(3);

