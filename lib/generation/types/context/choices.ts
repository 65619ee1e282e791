// Deterministic choice building: the same article always yields the same quiz, and options are
// distinct after accent/case folding, with the answer at a seeded position.
import { foldKey } from "../../knowledge";
import { createRng, shuffle as shuffleWith } from "../../random";

// One hash and one PRNG for the whole generator (lib/generation/random.ts).
export { hashString as hash } from "../../random";

/** Seeded shuffle: the same seed always gives the same order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffleWith(items, createRng(seed));
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
