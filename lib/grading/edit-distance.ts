// Typo distance for free-text grading.

/**
 * Damerau-Levenshtein distance, optimal-string-alignment variant: insertions, deletions,
 * substitutions and swaps of two adjacent characters each cost 1 (a swapped pair is not
 * edited again, which is all a typo needs). Works on code points.
 * With `max`, returns max + 1 as soon as the distance is known to exceed it, so callers
 * comparing against a small tolerance never pay for long strings.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;

  let prev2 = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let cur = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[t.length], max + 1);
}

/**
 * Typos tolerated for a key of `length` characters (spaces excluded): none up to 3 (ONU/OMS,
 * UE/US are different answers), 1 up to 7, 2 from 8.
 */
export function typoTolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}
