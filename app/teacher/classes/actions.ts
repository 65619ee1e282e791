"use server";
// Creating a class: a public endpoint, so it checks the teacher and the input itself.
import { redirect } from "next/navigation";
import { assertFormData } from "@/lib/server/http/action-args";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { CLASSES_PER_TEACHER_MAX, cleanClassFields, createClassroom } from "@/lib/server/classes/classrooms";
import type { FormState } from "@/components/teacher/form-state";

export async function createClassAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const teacher = await requireTeacher("/teacher/classes");
  const t = classesMessages[await getLocale()];
  const rawName = data.get("name");
  const rawLevel = data.get("level");
  const values = { name: typeof rawName === "string" ? rawName.slice(0, 120) : "", level: typeof rawLevel === "string" ? rawLevel.slice(0, 80) : "" };
  const fields = cleanClassFields(rawName, rawLevel);
  if (!fields.ok) return { values, fieldErrors: { [fields.field]: fields.field === "name" ? t.errClassName : t.errClassLevel } };
  const created = await createClassroom(teacher.id, fields.name, fields.level);
  if (created === "too_many") return { values, error: t.errTooManyClasses(CLASSES_PER_TEACHER_MAX) };
  redirect(`/teacher/classes/${created.id}`);
}
