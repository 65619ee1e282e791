-- AlterTable
ALTER TABLE "Response" ADD COLUMN "override" BOOLEAN;

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teacherId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordReset_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GradeChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "attemptId" TEXT,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "responsesChanged" INTEGER NOT NULL,
    "attemptsChanged" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GradeChange_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (plain ADD COLUMN: no table copy needed for defaulted columns)
ALTER TABLE "Participant" ADD COLUMN "extraAttempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Participant" ADD COLUMN "extraTimeSec" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_codeHash_key" ON "PasswordReset"("codeHash");

-- CreateIndex
CREATE INDEX "PasswordReset_teacherId_idx" ON "PasswordReset"("teacherId");

-- CreateIndex
CREATE INDEX "GradeChange_quizId_createdAt_idx" ON "GradeChange"("quizId", "createdAt");

