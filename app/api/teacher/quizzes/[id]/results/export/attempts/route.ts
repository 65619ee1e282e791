// CSV of every submitted attempt of the owner's quiz, one column per question.
import { getLocale } from "@/lib/i18n/server";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { requireTeacherForApi } from "@/lib/server/auth";
import { attemptsCsv, spreadsheetFormat } from "@/lib/server/results/csv-export";
import { csvResponse, jsonError } from "@/lib/server/results/http-responses";
import { getAttemptsExport } from "@/lib/server/results/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacherForApi();
  if (!teacher) return jsonError(401, "unauthenticated", "Sign in first.");
  const { id } = await params;
  const data = await getAttemptsExport(teacher.id, id);
  if (!data) return jsonError(404, "not_found", "No such quiz.");
  const locale = await getLocale();
  const t = resultsMessages[locale];
  return csvResponse(attemptsCsv(data, t, spreadsheetFormat(locale)), data.quiz.title, t.csv.attemptsFile);
}
