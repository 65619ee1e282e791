// Generator benchmark: median and p90 wall time (≥ 15 runs after warm-up) on the demo article and
// on a ~500-word article, the scaling ratio t(16x text) / (16 · t(1x)) (≈ 1 means linear), and
// one run at the 200,000-character limit. CPU time is printed too: the machines are shared, and
// wall time under load says more about the neighbours than about the generator.
// `npx tsx scripts/bench/generator.ts`
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { MAX_TEXT_CHARS } from "../../lib/generation/contract";
import { generateQuiz } from "../../lib/generation/generate";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURE_DIRS = ["tests/fixtures/articles", "tests/fixtures/holdout"];

function articleText(): { name: string; text: string } {
  for (const p of ["prisma/demo/article-fr.txt", "tests/fixtures/articles/greve-lyon.fr.txt"]) {
    const f = path.join(ROOT, p);
    if (existsSync(f)) return { name: p, text: readFileSync(f, "utf8") };
  }
  throw new Error("no benchmark article found");
}

const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * The longest fixture, topped up with whole paragraphs of the next longest one in the same
 * language until it reaches 500 words (no fixture is that long on its own).
 */
function article500(): { name: string; text: string } | null {
  const files = FIXTURE_DIRS.flatMap((d) => {
    const dir = path.join(ROOT, d);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => path.join(d, f)) : [];
  });
  const all = files.map((p) => ({ name: p, text: readFileSync(path.join(ROOT, p), "utf8") }))
    .sort((a, b) => wordsOf(b.text) - wordsOf(a.text) || a.name.localeCompare(b.name));
  const main = all[0];
  if (!main) return null;
  const lang = main.name.match(/\.(fr|en)\.txt$/)?.[1];
  const extra = all.slice(1).find((a) => a.name.endsWith(`.${lang}.txt`));
  let text = main.text.trimEnd();
  let name = main.name;
  if (extra && wordsOf(text) < 500) {
    name += ` + paragraphs of ${extra.name}`;
    // Skip the other article's title line; append its paragraphs in order.
    for (const para of extra.text.split(/\n\s*\n/).slice(1)) {
      if (wordsOf(text) >= 500) break;
      text += `\n\n${para.trim()}`;
    }
  }
  return { name, text: `${text}\n` };
}

interface Timing {
  median: number;
  p90: number;
  cpuMedian: number;
}

function pick(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

function timeIt(text: string, runs: number): Timing {
  for (let i = 0; i < 3; i++) generateQuiz({ text }, { timeBudgetMs: 60_000 }); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    generateQuiz({ text }, { timeBudgetMs: 60_000 });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: pick(wall, 0.5), p90: pick(wall, 0.9), cpuMedian: pick(cpu, 0.5) };
}

const ms = (x: number) => Number(x.toFixed(2));

export async function benchGenerator(): Promise<Record<string, number | string>> {
  const { name, text } = articleText();
  const t1 = timeIt(text, 21);
  // 16 copies as separate paragraphs: same density of facts, 16 times the length.
  const big = Array.from({ length: 16 }, () => text).join("\n\n");
  const t16 = timeIt(big, 7);
  const out: Record<string, number | string> = {
    "generator.article": name,
    "generator.words": wordsOf(text),
    "generator.median_ms": ms(t1.median),
    "generator.p90_ms": ms(t1.p90),
    "generator.cpu_median_ms": ms(t1.cpuMedian),
    "generator.median_ms_16x": ms(t16.median),
    "generator.scaling_16x": Number((t16.median / (16 * t1.median)).toFixed(3)),
  };
  const a500 = article500();
  if (a500) {
    const t = timeIt(a500.text, 21);
    out["generator.article_500"] = a500.name;
    out["generator.words_500"] = wordsOf(a500.text);
    out["generator.median_ms_500"] = ms(t.median);
    out["generator.p90_ms_500"] = ms(t.p90);
    out["generator.cpu_median_ms_500"] = ms(t.cpuMedian);
  }
  // The longest accepted input, once (the time budget is 5 s).
  const copies = Array.from({ length: Math.ceil(MAX_TEXT_CHARS / (text.length + 2)) }, () => text).join("\n\n");
  const maxText = copies.slice(0, copies.lastIndexOf("\n\n", MAX_TEXT_CHARS));
  const t0 = performance.now();
  generateQuiz({ text: maxText }, { timeBudgetMs: 60_000 });
  out["generator.max_chars"] = maxText.length;
  out["generator.max_chars_ms"] = ms(performance.now() - t0);
  return out;
}

if (require.main === module) {
  benchGenerator().then((r) => {
    for (const [k, v] of Object.entries(r)) console.log(`${k}: ${v}`);
  });
}
