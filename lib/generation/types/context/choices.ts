// Deterministic choice building: the same article always yields the same quiz, and options are
// distinct after accent/case folding, with the answer at a seeded position.
import { foldKey } from "../../knowledge";

/** FNV-1a 32-bit hash, to seed the generator from the article and the question. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, good enough to shuffle four options. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Options for a multiple-choice item: the answer plus up to `want` distractors taken in pool
 * order, skipping anything equal (folded) to the answer or a forbidden string. Returns null when
 * fewer than `min` distractors survive (an item with one wrong option is not worth asking).
 */
export function buildChoices(
  answer: string,
  pool: readonly string[],
  seed: number,
  opts: { want?: number; min?: number; forbidden?: readonly string[] } = {},
): string[] | null {
  const { want = 3, min = 2, forbidden = [] } = opts;
  const banned = new Set([answer, ...forbidden].map(foldKey));
  const picked: string[] = [];
  for (const d of pool) {
    const k = foldKey(d);
    if (banned.has(k)) continue;
    banned.add(k);
    picked.push(d);
    if (picked.length === want) break;
  }
  if (picked.length < min) return null;
  return shuffle([answer, ...picked], seed);
}

/** Order a pool by tiers, shuffling inside each tier so different articles vary. */
export function tiered<T>(tiers: readonly (readonly T[])[], seed: number): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  tiers.forEach((tier, i) => {
    for (const x of shuffle(tier, seed + i)) {
      if (seen.has(x)) continue;
      seen.add(x);
      out.push(x);
    }
  });
  return out;
}
