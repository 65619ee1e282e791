// Deterministic shuffles from an attempt's seed: the same attempt always shows the same
// order (reloads, other servers), and different attempts get different orders.
import { createHash } from "node:crypto";

/** A stream of uniform 32-bit values from sha256(seed, label, counter). */
function randomStream(seed: string, label: string): () => number {
  let counter = 0;
  let block: Buffer = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset + 4 > block.length) {
      block = createHash("sha256").update(`${seed}\u0000${label}\u0000${counter++}`).digest();
      offset = 0;
    }
    const v = block.readUInt32BE(offset);
    offset += 4;
    return v;
  };
}

/** Unbiased integer in [0, n) by rejection sampling. */
function below(next: () => number, n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const v = next();
    if (v < limit) return v % n;
  }
}

/** Fisher–Yates with the seeded stream; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string, label: string): T[] {
  const out = [...items];
  const next = randomStream(seed, label);
  for (let i = out.length - 1; i > 0; i--) {
    const j = below(next, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
