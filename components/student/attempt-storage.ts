// Browser-side memory of an attempt in progress (sessionStorage: survives a reload, not the
// closing of the tab): the answers, the idempotency key, and a submission still in flight.
import { randomUuid } from "@/lib/browser/random-uuid";

export interface DraftAnswer {
  choiceId?: string;
  choiceIds?: string[];
  text?: string;
}

export interface SubmissionPayload {
  idempotencyKey: string;
  answers: ({ questionId: string } & DraftAnswer)[];
}

export interface AttemptDraft {
  answers: Record<string, DraftAnswer>;
  /** Ordering questions the student has rearranged at least once. */
  touched: string[];
  idempotencyKey: string;
  /** The exact body of a submission sent but not yet confirmed: retries resend it as is. */
  pending: SubmissionPayload | null;
}

const key = (attemptId: string) => `aq_attempt_${attemptId}`;

function newKey(): string {
  return randomUuid();
}

export function loadDraft(attemptId: string): AttemptDraft {
  try {
    const raw = sessionStorage.getItem(key(attemptId));
    if (raw) {
      const d = JSON.parse(raw) as Partial<AttemptDraft>;
      if (d && typeof d.idempotencyKey === "string" && d.answers && typeof d.answers === "object") {
        return { answers: d.answers, touched: Array.isArray(d.touched) ? d.touched : [], idempotencyKey: d.idempotencyKey, pending: d.pending ?? null };
      }
    }
  } catch {
    /* storage disabled or corrupt: start afresh */
  }
  return { answers: {}, touched: [], idempotencyKey: newKey(), pending: null };
}

export function saveDraft(attemptId: string, draft: AttemptDraft): void {
  try {
    sessionStorage.setItem(key(attemptId), JSON.stringify(draft));
  } catch {
    /* private mode or full storage: answers still live in memory */
  }
}

export function clearDraft(attemptId: string): void {
  try {
    sessionStorage.removeItem(key(attemptId));
  } catch {
    /* ignore */
  }
}

/** A new key, once the server has refused a body without storing anything (4xx). */
export function rotateKey(draft: AttemptDraft): AttemptDraft {
  return { ...draft, idempotencyKey: newKey(), pending: null };
}

const MODE_KEY = "aq_view_mode";
export type ViewMode = "one" | "all";

export function loadViewMode(): ViewMode {
  try {
    return localStorage.getItem(MODE_KEY) === "all" ? "all" : "one";
  } catch {
    return "one";
  }
}

export function saveViewMode(mode: ViewMode): void {
  try {
    localStorage.setItem(MODE_KEY, mode);
  } catch {
    /* ignore */
  }
}
