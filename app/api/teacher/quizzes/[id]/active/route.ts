// Live list of the students answering the owner's quiz (polled by the quiz and results pages).
import { requireTeacherForApi } from "@/lib/server/auth";
import { listActiveAttempts } from "@/lib/server/quizzes/active-attempts";
import { jsonError } from "@/lib/server/results/http-responses";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacherForApi();
  if (!teacher) return jsonError(401, "unauthenticated", "Sign in first.");
  const { id } = await params;
  const active = await listActiveAttempts(teacher.id, id);
  if (!active) return jsonError(404, "not_found", "No such quiz.");
  return Response.json({ active }, { headers: { "Cache-Control": "private, no-store" } });
}
