// HTTP responses of the results routes: CSV downloads and JSON errors.
import { errorResponse } from "../http/read-json";
import { csvFileName } from "./csv-export";

export function csvResponse(csv: string, quizTitle: string, kind: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(quizTitle, kind)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

export function jsonError(status: 401 | 404, code: string, message: string): Response {
  return errorResponse(status, code, message, { "Cache-Control": "private, no-store" });
}
