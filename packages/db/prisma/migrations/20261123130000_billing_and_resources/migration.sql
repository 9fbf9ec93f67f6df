-- CreateEnum
CREATE TYPE "Plan" AS ENUM ('LITE', 'STANDARD', 'PREMIUM');

-- CreateEnum
CREATE TYPE "ChargeKind" AS ENUM ('SUBSCRIPTION', 'PURCHASE', 'CREDIT');

-- AlterTable
ALTER TABLE "account" ADD COLUMN     "plan" "Plan" NOT NULL DEFAULT 'STANDARD';

-- CreateTable
CREATE TABLE "charge" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "kind" "ChargeKind" NOT NULL,
    "description" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_resource" (
    "id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_resource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "charge_account_id_created_at_idx" ON "charge"("account_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "charge_account_id_id_key" ON "charge"("account_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "partner_resource_category_title_key" ON "partner_resource"("category", "title");

-- AddForeignKey
ALTER TABLE "charge" ADD CONSTRAINT "charge_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

