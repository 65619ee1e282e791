"use client";
// Sends a submission and retries it with the same idempotency key when the network or the
// server fails: the server stores it once and answers retries with the stored result.
import { useCallback, useRef, useState } from "react";
import { SUBMIT_TIMEOUT_MS } from "@/lib/quiz/submit-timeout";
import type { SubmissionPayload } from "./attempt-storage";

export type SubmissionState =
  | { kind: "idle" }
  | { kind: "sending"; retrying: boolean }
  | { kind: "network_failed" }
  | { kind: "done"; resultsUrl: string }
  | { kind: "refused"; code: string; status: number };

const BACKOFF_MS = [500, 1000, 2000, 4000];

/** An abort signal for one try, where the browser has AbortSignal.timeout. */
function tryTimeout(): AbortSignal | undefined {
  return typeof AbortSignal !== "undefined" && "timeout" in AbortSignal ? AbortSignal.timeout(SUBMIT_TIMEOUT_MS) : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useSubmission(url: string) {
  const [state, setState] = useState<SubmissionState>({ kind: "idle" });
  const inFlight = useRef(false);

  const send = useCallback(
    async (payload: SubmissionPayload): Promise<SubmissionState> => {
      if (inFlight.current) return { kind: "sending", retrying: false };
      inFlight.current = true;
      setState({ kind: "sending", retrying: false });
      const body = JSON.stringify(payload);
      let result: SubmissionState = { kind: "network_failed" };
      try {
        for (let attempt = 0; attempt <= BACKOFF_MS.length; attempt++) {
          if (attempt > 0) {
            setState({ kind: "sending", retrying: true });
            await sleep(BACKOFF_MS[attempt - 1]);
          }
          let res: Response;
          try {
            res = await fetch(url, {
              method: "POST",
              headers: { "Content-Type": "application/json", Accept: "application/json" },
              credentials: "same-origin",
              cache: "no-store",
              body,
              signal: tryTimeout(),
            });
          } catch {
            continue; // network error or no answer in time: same key, same body
          }
          if (res.status >= 500) continue;
          const json = (await res.json().catch(() => null)) as
            | { resultsUrl?: string; error?: { code?: string } }
            | null;
          if (res.ok && json?.resultsUrl) {
            result = { kind: "done", resultsUrl: json.resultsUrl };
          } else {
            result = { kind: "refused", code: json?.error?.code ?? "unknown", status: res.status };
          }
          break;
        }
      } finally {
        inFlight.current = false;
      }
      setState(result);
      return result;
    },
    [url],
  );

  return { state, send };
}
