// CSV of the owner's class gradebook (French spreadsheets: BOM, ";" and decimal commas).
import { getLocale } from "@/lib/i18n/server";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { requireTeacherForApi } from "@/lib/server/auth";
import { spreadsheetFormat } from "@/lib/server/results/csv-export";
import { csvResponse, jsonError } from "@/lib/server/results/http-responses";
import { loadGradebook } from "@/lib/server/learning/gradebook";
import { gradebookCsv } from "@/lib/server/learning/gradebook-csv";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacherForApi();
  if (!teacher) return jsonError(401, "unauthenticated", "Sign in first.");
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return jsonError(404, "not_found", "No such class.");
  const gb = await loadGradebook(teacher.id, id);
  if (!gb) return jsonError(404, "not_found", "No such class.");
  const locale = await getLocale();
  const t = classesMessages[locale];
  const csv = gradebookCsv(gb, { student: t.csvStudent, percent: t.csvPercent, over20: t.csvOver20, mean: t.csvMean }, spreadsheetFormat(locale));
  return csvResponse(csv, gb.classroom.name, locale === "fr" ? "carnet-de-notes" : "gradebook");
}
