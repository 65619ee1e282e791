// A class's gradebook: students × assigned quizzes with each student's latest graded attempt,
// who has not done each quiz, and mastery by skill for the class and each student (with the
// questions behind each class figure). One read transaction of a few indexed queries, so a
// class of 30 × 20 quizzes loads well within its 200 ms budget (npm run bench -- gradebook).
import "server-only";
import { withDbTransaction } from "@/lib/db";
import { readGradebook, type Gradebook } from "./gradebook-query";

export type { Gradebook, GradebookCell, GradebookStudent, SkillQuestion } from "./gradebook-query";

/** The teacher's class gradebook, or null when the class is not theirs. */
export async function loadGradebook(teacherId: string, classroomId: string): Promise<Gradebook | null> {
  return withDbTransaction((db) => readGradebook(db, teacherId, classroomId));
}
