// CSV of the per-question statistics of the owner's quiz (?view=latest for latest attempts).
import { getLocale } from "@/lib/i18n/server";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { requireTeacherForApi } from "@/lib/server/auth";
import { questionsCsv, spreadsheetFormat } from "@/lib/server/results/csv-export";
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
  const locale = await getLocale();
  const t = resultsMessages[locale];
  return csvResponse(questionsCsv(data, t, spreadsheetFormat(locale)), data.quiz.title, t.csv.questionsFile);
}
