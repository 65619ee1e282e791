// CSV of the per-question statistics of the owner's quiz (?view=latest for latest attempts).
import { getLocale } from "@/lib/i18n/server";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { requireTeacherForApi } from "@/lib/server/auth";
import { questionsCsv } from "@/lib/server/results/csv-export";
import { csvResponse, jsonError } from "@/lib/server/results/http-responses";
import { getQuizResults } from "@/lib/server/results/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacherForApi();
  if (!teacher) return jsonError(401, "unauthenticated", "Sign in first.");
  const { id } = await params;
  const view = new URL(request.url).searchParams.get("view") === "latest" ? "latest" : "best";
  const data = await getQuizResults(teacher.id, id, view);
  if (!data) return jsonError(404, "not_found", "No such quiz.");
  const t = resultsMessages[await getLocale()];
  return csvResponse(questionsCsv(data, t), data.quiz.title, t.csv.questionsFile);
}
