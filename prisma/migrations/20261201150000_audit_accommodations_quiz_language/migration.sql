-- AlterTable
ALTER TABLE "Teacher" ADD COLUMN "passwordChangedAt" DATETIME;

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN "interfaceLanguage" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GradeChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "questionId" TEXT,
    "attemptId" TEXT,
    "participantId" TEXT,
    "teacherId" TEXT,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "responsesChanged" INTEGER NOT NULL,
    "attemptsChanged" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GradeChange_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_GradeChange" ("action", "attemptId", "attemptsChanged", "createdAt", "detail", "id", "questionId", "quizId", "responsesChanged") SELECT "action", "attemptId", "attemptsChanged", "createdAt", "detail", "id", "questionId", "quizId", "responsesChanged" FROM "GradeChange";
DROP TABLE "GradeChange";
ALTER TABLE "new_GradeChange" RENAME TO "GradeChange";
CREATE INDEX "GradeChange_quizId_createdAt_idx" ON "GradeChange"("quizId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

