"use server";
// Roster actions of one class: add pasted students, give a student a new code, remove a
// student, delete the class. Public endpoints: each checks the teacher and its arguments, and
// the data layer checks that the class is the teacher's.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { assertFormData, assertString } from "@/lib/server/http/action-args";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { addStudents, classroomDeletionCounts, deleteClassroom, removeStudent, revokeStudentCode } from "@/lib/server/classes/classrooms";
import { ROSTER_MAX_CHARS } from "@/lib/classes/roster";
import type { FormState } from "@/components/teacher/form-state";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function idField(data: FormData, name: string): string | null {
  const v = data.get(name);
  return typeof v === "string" && ID.test(v) ? v : null;
}

export async function addStudentsAction(classId: string, _prev: FormState, data: FormData): Promise<FormState> {
  assertString(classId);
  assertFormData(data);
  const teacher = await requireTeacher(`/teacher/classes/${encodeURIComponent(classId)}`);
  const t = classesMessages[await getLocale()];
  const raw = data.get("roster");
  // Hand back at most a bit more than the limit: enough to fix, never a huge echo.
  const values = { roster: typeof raw === "string" ? raw.slice(0, ROSTER_MAX_CHARS + 100) : "" };
  const result = await addStudents(teacher.id, classId, raw);
  if (!result.ok) {
    if (result.error === "not_found") redirect("/teacher/classes");
    return { values, error: t.rosterErrors[result.error](result.limit, "line" in result ? result.line : undefined) };
  }
  revalidatePath(`/teacher/classes/${classId}`);
  return { notice: t.rosterAdded(result.names.length, result.duplicates) };
}

export async function newCodeAction(data: FormData): Promise<void> {
  assertFormData(data);
  const teacher = await requireTeacher();
  const classId = idField(data, "classId");
  const studentId = idField(data, "studentId");
  if (!classId || !studentId) redirect("/teacher/classes");
  const ok = await revokeStudentCode(teacher.id, classId, studentId);
  redirect(`/teacher/classes/${classId}${ok ? `?done=new_code&student=${studentId}#student-${studentId}` : ""}`);
}

/** Asks first (the page shows what goes with the student), then removes on `confirm=yes`. */
export async function removeStudentAction(data: FormData): Promise<void> {
  assertFormData(data);
  const teacher = await requireTeacher();
  const classId = idField(data, "classId");
  const studentId = idField(data, "studentId");
  if (!classId || !studentId) redirect("/teacher/classes");
  if (data.get("confirm") !== "yes") redirect(`/teacher/classes/${classId}?remove=${studentId}#remove-confirm-title`);
  await removeStudent(teacher.id, classId, studentId);
  redirect(`/teacher/classes/${classId}?done=removed`);
}

/** Confirmed on the page; when attempts go with the class, their number must be ticked (checked here too). */
export async function deleteClassAction(data: FormData): Promise<void> {
  assertFormData(data);
  const teacher = await requireTeacher();
  const classId = idField(data, "classId");
  if (!classId) redirect("/teacher/classes");
  const path = `/teacher/classes/${classId}`;
  if (data.get("confirm") !== "yes") redirect(`${path}?delete=confirm#delete-confirm-title`);
  const counts = await classroomDeletionCounts(teacher.id, classId);
  if (!counts) redirect("/teacher/classes");
  const ticked = data.get("confirmAttempts");
  if (counts.attempts > 0 && ticked !== String(counts.attempts)) redirect(`${path}?delete=confirm&error=unconfirmed#delete-confirm-title`);
  await deleteClassroom(teacher.id, classId);
  revalidatePath("/teacher/classes");
  redirect("/teacher/classes?done=class_deleted");
}
