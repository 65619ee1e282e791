-- CreateTable
CREATE TABLE "ReviewCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "box" INTEGER NOT NULL DEFAULT 1,
    "dueAt" DATETIME NOT NULL,
    "rightReviews" INTEGER NOT NULL DEFAULT 0,
    "lastReviewedAt" DATETIME,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewCard_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewCard_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PracticeAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "cardId" TEXT,
    "given" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "moved" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PracticeAnswer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PracticeAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PracticeAnswer_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ReviewCard" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReviewCard_studentId_dueAt_idx" ON "ReviewCard"("studentId", "dueAt");

-- CreateIndex
CREATE INDEX "ReviewCard_questionId_idx" ON "ReviewCard"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCard_studentId_questionId_key" ON "ReviewCard"("studentId", "questionId");

-- CreateIndex
CREATE INDEX "PracticeAnswer_questionId_idx" ON "PracticeAnswer"("questionId");

-- CreateIndex
CREATE INDEX "PracticeAnswer_cardId_idx" ON "PracticeAnswer"("cardId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeAnswer_participantId_idempotencyKey_key" ON "PracticeAnswer"("participantId", "idempotencyKey");


-- Questions roster students already missed (in their latest graded attempt at each quiz) enter
-- their review list, due at once.
INSERT OR IGNORE INTO "ReviewCard" ("id", "studentId", "questionId", "box", "dueAt", "rightReviews", "createdAt")
SELECT lower(hex(randomblob(12))), p."studentId", r."questionId", 1, a."submittedAt", 0, strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now')
  FROM "Response" r
  JOIN "Attempt" a ON a."id" = r."attemptId"
  JOIN "Participant" p ON p."id" = a."participantId"
 WHERE p."studentId" IS NOT NULL AND r."correct" = 0 AND a."status" = 'submitted' AND a."submittedAt" IS NOT NULL
   AND a."number" = (SELECT MAX(a2."number") FROM "Attempt" a2 WHERE a2."participantId" = a."participantId" AND a2."status" = 'submitted');
