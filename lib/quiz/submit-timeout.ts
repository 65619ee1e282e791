// How long a student's browser waits for the answer to one submission before it sends the same
// submission again (same idempotency key, stored once by the server): an app process that dies with
// the request in hand may leave it unanswered, and a phone would otherwise show "sending" for
// minutes. 200 simultaneous submissions are answered in about 1 s (docs/benchmarks.md).
export const SUBMIT_TIMEOUT_MS = 20_000;
