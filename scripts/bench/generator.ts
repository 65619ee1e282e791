// Generator benchmark: median time on the demo/fixture article (≥ 7 runs after warm-up) and the
// scaling ratio t(16x text) / (16 · t(1x)); ≈ 1 means linear. `npx tsx scripts/bench/generator.ts`
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateQuiz } from "../../lib/generation/generate";

const ROOT = path.join(__dirname, "..", "..");

function articleText(): { name: string; text: string } {
  for (const p of ["prisma/demo/article-fr.txt", "tests/fixtures/articles/greve-lyon.fr.txt"]) {
    const f = path.join(ROOT, p);
    if (existsSync(f)) return { name: p, text: readFileSync(f, "utf8") };
  }
  throw new Error("no benchmark article found");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(text: string, runs: number): number {
  for (let i = 0; i < 2; i++) generateQuiz({ text }, { timeBudgetMs: 60_000 }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    generateQuiz({ text }, { timeBudgetMs: 60_000 });
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function benchGenerator(): Promise<Record<string, number | string>> {
  const { name, text } = articleText();
  const words = text.split(/\s+/).filter(Boolean).length;
  const t1 = timeIt(text, 9);
  // 16 copies as separate paragraphs: same density of facts, 16 times the length.
  const big = Array.from({ length: 16 }, () => text).join("\n\n");
  const t16 = timeIt(big, 7);
  return {
    "generator.article": name,
    "generator.words": words,
    "generator.median_ms": Number(t1.toFixed(2)),
    "generator.median_ms_16x": Number(t16.toFixed(2)),
    "generator.scaling_16x": Number((t16 / (16 * t1)).toFixed(3)),
  };
}

if (require.main === module) {
  benchGenerator().then((r) => {
    for (const [k, v] of Object.entries(r)) console.log(`${k}: ${v}`);
  });
}
