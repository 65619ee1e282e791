"use client";
// Focus and live-region helpers for the review screen. After a server action the page is
// re-rendered in place (or remounted): a message that is already in the DOM, or is inserted
// together with its region, is not read by screen readers, so messages are (re)inserted a moment
// after each new action, and focus is moved to where the change happened.
import { useEffect, useState, useSyncExternalStore } from "react";
import "./teacher.css";

/** Long enough for a region rendered in the same commit to be registered by screen readers. */
const ANNOUNCE_DELAY_MS = 150;
const noSubscribe = () => () => {};

/** False during server rendering and hydration, so server HTML (no JavaScript) keeps its message. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

/**
 * Returns `message` to render: as is on the server, then re-inserted shortly after each new
 * `token`. `focusId` is focused once the new message is in place (focusing earlier would land
 * on the previous message, which is about to be removed).
 */
export function useAnnounced(message: string | undefined, token: unknown, focusId?: string): string | undefined {
  const hydrated = useHydrated();
  const [shown, setShown] = useState<string | undefined>(undefined);
  useEffect(() => {
    setShown(undefined);
    if (!message || !token) return;
    let stopFocus: (() => void) | undefined;
    const timer = window.setTimeout(() => {
      setShown(message);
      if (focusId) stopFocus = focusWhenReady(focusId);
    }, ANNOUNCE_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      stopFocus?.();
    };
    // `message` changes only with `token`; re-running on it alone would announce twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  return hydrated ? shown : message;
}

/** The visible element with this id (a hidden, preserved copy of the page may hold the same id). */
function visibleById(id: string): HTMLElement | null {
  const all = document.querySelectorAll<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  return Array.from(all).find((el) => el.getClientRects().length > 0) ?? null;
}

/**
 * How long focus is watched after an action: a loaded server can re-render the page that late (CI
 * on two busy cores lost the focus again with 3 s, the attempt taking 24 s against 8 s on retry;
 * and once more with 10 s, the heading unfocused 20 s after the keypress). Watching costs nothing
 * once the target stays in place, and focus the user moved is never taken.
 */
const FOCUS_WATCH_MS = 30_000;
const FOCUS_STEP_MS = 50;

/** The element focused before is gone: a re-render removed it or hid its copy. */
function replaced(el: HTMLElement | null): boolean {
  return !!el && (!el.isConnected || el.getClientRects().length === 0);
}

/**
 * Focuses the element once it is rendered (the refreshed page can arrive just after the action's
 * result), then follows it while the refreshed page may still replace it: on a loaded machine
 * focus once landed on a heading a late re-render swapped out, and was lost (CI, e2e review-focus).
 * Focus the user has moved — even to the page itself, as a link to a passage does — is left alone.
 */
export function focusWhenReady(id: string, fallbackId?: string): () => void {
  let timer = 0;
  let target: HTMLElement | null = null;
  const started = Date.now();
  const attempt = () => {
    const waited = Date.now() - started;
    const el = visibleById(id) ?? (waited >= 1000 && fallbackId ? visibleById(fallbackId) : null);
    const active = document.activeElement;
    if (el && el !== target && (!target || (replaced(target) && (active === target || active === document.body || !active)))) {
      el.focus();
      target = el;
    }
    if (waited < FOCUS_WATCH_MS) timer = window.setTimeout(attempt, FOCUS_STEP_MS);
  };
  attempt();
  return () => window.clearTimeout(timer);
}

interface FeedbackProps {
  /** Success message (polite). */
  notice?: string;
  /** Refusal message (assertive). */
  error?: string;
  /** Element to focus after the action. */
  focusId?: string;
  /** Changes with every action, so the same message twice is announced twice. */
  stamp?: string;
  /** Where focus goes if `focusId` is gone. */
  fallbackFocusId?: string;
}

const NOTICE_ID = "review-notice";
const ERROR_ID = "review-error";

/** The review page's result regions: one alert for refusals and one status for successes. */
export function ActionFeedback({ notice, error, focusId, stamp, fallbackFocusId }: Readonly<FeedbackProps>) {
  // A message that is itself the focus target is focused once shown; other targets right away.
  const shownNotice = useAnnounced(notice, stamp, focusId === NOTICE_ID ? NOTICE_ID : undefined);
  const shownError = useAnnounced(error, stamp, focusId === ERROR_ID ? ERROR_ID : undefined);
  useEffect(() => {
    if (stamp && focusId && focusId !== NOTICE_ID && focusId !== ERROR_ID) return focusWhenReady(focusId, fallbackFocusId);
  }, [stamp, focusId, fallbackFocusId]);
  return (
    <>
      <div role="alert" aria-live="assertive">
        {shownError && (
          <p className="alert error" id={ERROR_ID} tabIndex={-1}>
            {shownError}
          </p>
        )}
      </div>
      <div role="status" data-testid="review-status">
        {shownNotice && (
          <p className="alert success" id={NOTICE_ID} tabIndex={-1}>
            {shownNotice}
          </p>
        )}
      </div>
    </>
  );
}
