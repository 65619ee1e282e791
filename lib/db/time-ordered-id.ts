// Row ids for tables written on the hot path (responses, review cards). A random UUID as a text
// primary key lands each new row on a random page of the primary-key index, so one submission
// of 20 answers dirtied some 20 index pages, all copied to the WAL at COMMIT. A version-7 UUID
// (RFC 9562) starts with the time, so new rows go to the end of the index: one or two pages.
import { randomFillSync } from "node:crypto";

const POOL_IDS = 512;
const pool = Buffer.alloc(10 * POOL_IDS);
let next = POOL_IDS; // forces a fill on first use

/** A version-7 UUID: 48 bits of Unix time in ms, then 74 random bits (version and variant set). */
export function timeOrderedId(now: number = Date.now()): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const r = pool.subarray(10 * next, 10 * next + 10);
  next++;
  const time = Math.max(0, Math.floor(now)).toString(16).padStart(12, "0").slice(-12);
  const hex = r.toString("hex"); // 20 hex digits
  const version = "7" + hex.slice(0, 3);
  const variant = ((parseInt(hex[3], 16) & 0x3) | 0x8).toString(16) + hex.slice(4, 7);
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}-${variant}-${hex.slice(7, 19)}`;
}
