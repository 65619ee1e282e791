-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN "closesAt" DATETIME;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "answeredCount" INTEGER;
ALTER TABLE "Attempt" ADD COLUMN "lastSeenAt" DATETIME;

