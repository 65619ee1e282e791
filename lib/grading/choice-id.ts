// Opaque choice ids for the student page: they reveal neither the position nor the text of a
// choice (the key is not "choice 0"), and stay the same across requests and servers.
import { createHash } from "node:crypto";

/** First 12 hex characters of sha256(`${questionId}\u0000${choiceText}`). */
export function choiceId(questionId: string, choiceText: string): string {
  return createHash("sha256").update(`${questionId}\u0000${choiceText}`).digest("hex").slice(0, 12);
}

/** The choice text a submitted id stands for, or null when it is none of the question's. */
export function choiceFromId(questionId: string, choices: readonly string[], id: string): string | null {
  return choices.find((c) => choiceId(questionId, c) === id) ?? null;
}
