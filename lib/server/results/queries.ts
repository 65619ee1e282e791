// The results loaders bound to the app's Prisma client. Every function takes the signed-in
// teacher's id and returns null (→ 404) for a quiz that teacher does not own.
import "server-only";
import { prisma } from "@/lib/db";
import { loadAttemptDetail } from "./load-attempt";
import { loadDashboard } from "./load-dashboard";
import { loadAttemptsExport } from "./load-export";
import { loadQuizResults } from "./load-results";
import { loadResultsSummary } from "./load-summary";
import { loadGradeChanges, type GradeChangeFilter } from "./load-grade-changes";
import type { ResultsView } from "./types";

export const getDashboard = (teacherId: string) => loadDashboard(prisma, teacherId);

export const getQuizResults = (teacherId: string, quizId: string, view: ResultsView = "best") =>
  loadQuizResults(prisma, teacherId, quizId, view);

export const getResultsSummary = (teacherId: string, quizId: string) => loadResultsSummary(prisma, teacherId, quizId);

export const getAttemptDetail = (teacherId: string, quizId: string, attemptId: string) =>
  loadAttemptDetail(prisma, teacherId, quizId, attemptId);

export const getAttemptsExport = (teacherId: string, quizId: string) => loadAttemptsExport(prisma, teacherId, quizId);

export const getGradeChanges = (teacherId: string, quizId: string, options: GradeChangeFilter = {}) =>
  loadGradeChanges(prisma, teacherId, quizId, options);
