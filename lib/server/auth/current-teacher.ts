// Who is signed in. Every teacher page, action and route handler calls one of these itself:
// nothing relies on a layout or proxy having checked first.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { readSession, type SessionTeacher } from "./sessions";
import { signInPath } from "./safe-next";

export type { SessionTeacher };

// One database read per request even when the layout and the page both ask.
const currentTeacher = cache(() => readSession());

export function getCurrentTeacher(): Promise<SessionTeacher | null> {
  return currentTeacher();
}

/** For pages and server actions: redirects to the sign-in page (returning to `next`) when signed out. */
export async function requireTeacher(next?: string): Promise<SessionTeacher> {
  const teacher = await getCurrentTeacher();
  if (!teacher) redirect(signInPath(next));
  return teacher;
}

/** For route handlers: null means the caller answers 401. */
export async function requireTeacherForApi(): Promise<SessionTeacher | null> {
  return getCurrentTeacher();
}
