// Browser-side memory of an attempt in progress, per device (localStorage keyed by attempt:
// survives a reload, a closed tab and a second tab, until the attempt is submitted): the
// answers, the question on screen, the idempotency key, and a submission still in flight.
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
  /** The question shown in one-at-a-time mode (its id: the order is fixed per attempt). */
  current?: string;
  /** When this draft was last written (ms since epoch), to forget abandoned drafts. */
  savedAt?: number;
}

const PREFIX = "aq_attempt_";
/** Drafts untouched for this long belong to attempts nobody will finish on this device. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

const key = (attemptId: string) => `${PREFIX}${attemptId}`;

function newKey(): string {
  return randomUuid();
}

function pruneOldDrafts(now: number): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (!k?.startsWith(PREFIX)) continue;
    try {
      const savedAt = (JSON.parse(localStorage.getItem(k) ?? "{}") as { savedAt?: unknown }).savedAt;
      if (typeof savedAt !== "number" || now - savedAt > MAX_AGE_MS) localStorage.removeItem(k);
    } catch {
      localStorage.removeItem(k);
    }
  }
}

export function loadDraft(attemptId: string): AttemptDraft {
  try {
    const raw = localStorage.getItem(key(attemptId));
    if (raw) {
      const d = JSON.parse(raw) as Partial<AttemptDraft>;
      if (d && typeof d.idempotencyKey === "string" && d.answers && typeof d.answers === "object") {
        return {
          answers: d.answers,
          touched: Array.isArray(d.touched) ? d.touched : [],
          idempotencyKey: d.idempotencyKey,
          pending: d.pending ?? null,
          current: typeof d.current === "string" ? d.current : undefined,
        };
      }
    }
    pruneOldDrafts(Date.now());
  } catch {
    /* storage disabled or corrupt: start afresh */
  }
  return { answers: {}, touched: [], idempotencyKey: newKey(), pending: null };
}

export function saveDraft(attemptId: string, draft: AttemptDraft): void {
  try {
    localStorage.setItem(key(attemptId), JSON.stringify({ ...draft, savedAt: Date.now() }));
  } catch {
    /* private mode or full storage: answers still live in memory */
  }
}

export function clearDraft(attemptId: string): void {
  try {
    localStorage.removeItem(key(attemptId));
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
