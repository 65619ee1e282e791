// GET: the quiz as a Moodle GIFT file (owner only).
import { exportGift } from "@/lib/quiz/export-gift";
import { exportResponse } from "@/lib/server/quizzes/export-response";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return exportResponse((await params).id, exportGift, "gift.txt", "text/plain");
}
