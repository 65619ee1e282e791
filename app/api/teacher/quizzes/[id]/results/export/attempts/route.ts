// CSV of every submitted attempt of the owner's quiz, one column per question. Times are in
// the time zone the page passes (?tz=, the teacher's browser), UTC if absent or unknown.
import { getLocale } from "@/lib/i18n/server";
import { validTimeZone } from "@/lib/grading/csv-time";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { requireTeacherForApi } from "@/lib/server/auth";
import { attemptsCsv, spreadsheetFormat } from "@/lib/server/results/csv-export";
import { csvResponse, jsonError } from "@/lib/server/results/http-responses";
import { getAttemptsExport } from "@/lib/server/results/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacherForApi();
  if (!teacher) return jsonError(401, "unauthenticated", "Sign in first.");
  const { id } = await params;
  const data = await getAttemptsExport(teacher.id, id);
  if (!data) return jsonError(404, "not_found", "No such quiz.");
  const locale = await getLocale();
  const t = resultsMessages[locale];
  const timeZone = validTimeZone(new URL(request.url).searchParams.get("tz")) ?? "UTC";
  return csvResponse(attemptsCsv(data, t, spreadsheetFormat(locale), timeZone), data.quiz.title, t.csv.attemptsFile);
}
