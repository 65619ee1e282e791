-- CreateTable
CREATE TABLE "Classroom" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teacherId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Classroom_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Student" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classroomId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Student_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAssignment" (
    "quizId" TEXT NOT NULL,
    "classroomId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("quizId", "classroomId"),
    CONSTRAINT "QuizAssignment_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAssignment_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable: adding a nullable column with a foreign key needs no table rebuild in SQLite.
ALTER TABLE "Participant" ADD COLUMN "studentId" TEXT REFERENCES "Student" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "Participant_studentId_idx" ON "Participant"("studentId");
CREATE UNIQUE INDEX "Participant_quizId_studentId_key" ON "Participant"("quizId", "studentId");

-- CreateIndex
CREATE INDEX "Classroom_teacherId_createdAt_idx" ON "Classroom"("teacherId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Student_code_key" ON "Student"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Student_classroomId_displayName_key" ON "Student"("classroomId", "displayName");

-- CreateIndex
CREATE INDEX "QuizAssignment_classroomId_idx" ON "QuizAssignment"("classroomId");

