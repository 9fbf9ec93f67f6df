-- AlterTable
ALTER TABLE "invitation" ADD COLUMN     "delivery_attempts" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "token_hash" DROP NOT NULL;

