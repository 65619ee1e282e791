// Server Actions are public endpoints: a forged call can send any arguments, of any type, in
// place of the FormData or bound string the page passes. Each action checks its arguments
// first; a wrong type ends in a 404 (an action has no way to answer 400) instead of a
// TypeError and a 500.
import "server-only";
import { notFound } from "next/navigation";

export function assertFormData(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) notFound();
}

export function assertString(value: unknown, maxLength = 64): asserts value is string {
  if (typeof value !== "string" || value.length > maxLength) notFound();
}
