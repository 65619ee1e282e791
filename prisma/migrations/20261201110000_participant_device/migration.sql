-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "deviceHash" TEXT;

-- CreateIndex
CREATE INDEX "Participant_quizId_deviceHash_idx" ON "Participant"("quizId", "deviceHash");
