// GET: the quiz as a Moodle XML file (owner only).
import { exportMoodleXml } from "@/lib/quiz/export-moodle-xml";
import { exportResponse } from "@/lib/server/quizzes/export-response";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return exportResponse((await params).id, exportMoodleXml, "xml", "application/xml");
}
