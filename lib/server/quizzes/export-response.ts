// Shared body of the export route handlers: owner check (404 for missing or not yours, 401
// when signed out), then a download with a safe file name.
import "server-only";
import { requireTeacherForApi } from "@/lib/server/auth";
import type { ExportQuiz } from "@/lib/quiz/export-types";
import { getExportQuizForTeacher } from "./teacher-quiz";

function fileStem(title: string): string {
  const stem = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return stem || "quiz";
}

export async function exportResponse(quizId: string, render: (q: ExportQuiz) => string, ext: string, type: string): Promise<Response> {
  const teacher = await requireTeacherForApi();
  if (!teacher) return Response.json({ error: { code: "unauthorized", message: "Sign in first." } }, { status: 401 });
  const quiz = await getExportQuizForTeacher(teacher.id, quizId.slice(0, 64));
  if (!quiz) return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  return new Response(render(quiz), {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${fileStem(quiz.title)}.${ext}"`,
      "cache-control": "private, no-store",
    },
  });
}
