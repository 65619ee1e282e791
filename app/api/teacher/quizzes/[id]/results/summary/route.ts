// Live-update poll: counts and last submission of the owner's quiz, with an ETag so an
// unchanged class costs a 304 and no body.
import { requireTeacherForApi } from "@/lib/server/auth";
import { jsonError } from "@/lib/server/results/http-responses";
import { getResultsSummary } from "@/lib/server/results/queries";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-cache" };

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacherForApi();
  if (!teacher) return jsonError(401, "unauthenticated", "Sign in first.");
  const { id } = await params;
  const summary = await getResultsSummary(teacher.id, id);
  if (!summary) return jsonError(404, "not_found", "No such quiz.");
  const etag = `"${summary.version}"`;
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: { ...NO_STORE, ETag: etag } });
  }
  return Response.json(
    {
      submittedCount: summary.submittedCount,
      inProgressCount: summary.inProgressCount,
      lastSubmittedAt: summary.lastSubmittedAt?.toISOString() ?? null,
      version: summary.version,
    },
    { headers: { ...NO_STORE, ETag: etag } },
  );
}
