// POST /api/student/review — one review answer of the student signed in on this browser
// (their space session); moves the card when it is due (lib/server/learning/practice.ts).
import { NextResponse } from "next/server";
import { currentStudent } from "@/lib/server/learning/student-session";
import { answerReview } from "@/lib/server/learning/practice";
import { practiceReply, readPracticeRequest } from "@/lib/server/learning/practice-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<NextResponse> {
  const read = await readPracticeRequest(request);
  if (!read.ok) return read.response;
  const student = await currentStudent();
  if (!student) return practiceReply({ status: 401, body: { error: { code: "signed_out", message: "Sign in to your student space first." } } });
  return practiceReply(await answerReview(student.id, read.body));
}
