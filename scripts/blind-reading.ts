// Blind reading of the generator on held-out news (docs/generator-quality.md).
//   npx tsx scripts/blind-reading.ts prepare <news-dir> <out-dir> [--all]
//     writes <out-dir>/<fr|en>/<article>.json for each held-out article listed in
//     tests/fixtures/news/HELD-OUT.txt (or, with --all, every .txt of <news-dir>: a new held-out
//     set kept outside the repository): the article and its questions at count 20, without the
//     internal template name, so a reviewer sees what a teacher would. Prints only counts.
//   npx tsx scripts/blind-reading.ts tally <out-dir>
//     reads the reviewers' <out-dir>/results-<fr|en>.json and prints the per-article table, the
//     totals against the targets, and every question not accepted with its reason.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateQuiz } from "../lib/generation/generate";
import { readNewsArticle } from "./news-articles";

const HELD_OUT = path.join(__dirname, "..", "tests", "fixtures", "news", "HELD-OUT.txt");

interface Verdict { id: string; verdict: "accept" | "edit" | "reject"; level: string; wrongKey?: boolean; reason?: string }
interface ArticleResult { file: string; questions: Verdict[]; keyQuestions: { question: string; coverage: "full" | "partly" | "none" }[] }

function heldOut(): string[] {
  return readFileSync(HELD_OUT, "utf8").split("\n").map((x) => x.trim()).filter(Boolean);
}

function prepare(newsDir: string, outDir: string, all: boolean): void {
  const files = all ? readdirSync(newsDir).filter((f) => /^(?:fr|en)-.*\.txt$/.test(f)).sort() : heldOut();
  for (const file of files) {
    const a = readNewsArticle(path.join(newsDir, file));
    const r = generateQuiz({ text: a.text, title: a.title, ...(a.date ? { date: a.date } : {}), count: 20 });
    const questions = r.questions.map((q) => ({
      id: q.id, kind: q.kind, skill: q.skill, ...(q.pairedWith ? { pairedWith: q.pairedWith } : {}), prompt: q.prompt,
      ...(q.choices ? { choices: q.choices } : {}), answer: q.answer, ...(q.accepted ? { accepted: q.accepted } : {}),
      evidence: q.evidence.text, explanation: q.explanation,
    }));
    const dir = path.join(outDir, a.language);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, file.replace(/\.txt$/, ".json")), JSON.stringify({ article: { title: a.title, date: a.date, text: a.text }, requested: 20, questions }, null, 2));
    console.log(`${file}\t${questions.length}`);
  }
}

const pct = (n: number, d: number) => (d ? `${Math.round((1000 * n) / d) / 10} %` : "n/a");

function tally(outDir: string): void {
  const rows: string[] = [];
  const notAccepted: string[] = [];
  const t = { n: 0, accept: 0, edit: 0, reject: 0, wrong: 0, comprehensionAccepted: 0, full: 0, partly: 0, articles: 0, articlesWith3: 0 };
  for (const lang of ["fr", "en"]) {
    const res = JSON.parse(readFileSync(path.join(outDir, `results-${lang}.json`), "utf8")) as { articles: ArticleResult[] };
    for (const art of res.articles) {
      const name = art.file.replace(/\.(json|txt)$/, "");
      const gen = JSON.parse(readFileSync(path.join(outDir, lang, `${name}.json`), "utf8")) as { questions: { id: string; skill: string; prompt: string }[] };
      const byId = new Map(gen.questions.map((q) => [q.id, q]));
      const c = { accept: 0, edit: 0, reject: 0, wrong: 0, comprehension: 0 };
      for (const v of art.questions) {
        c[v.verdict]++;
        if (v.wrongKey) c.wrong++;
        const q = byId.get(v.id);
        if (v.verdict === "accept" && q && q.skill !== "detail" && q.skill !== "context") c.comprehension++;
        if (v.verdict !== "accept") {
          const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");
          notAccepted.push(`| ${name} | ${v.id} | ${q?.skill ?? "?"} | ${v.verdict}${v.wrongKey ? " (wrong key)" : ""} | ${cell((q?.prompt ?? "").slice(0, 120))} | ${cell(v.reason ?? "")} |`);
        }
      }
      const full = art.keyQuestions.filter((k) => k.coverage === "full").length;
      const partly = art.keyQuestions.filter((k) => k.coverage === "partly").length;
      rows.push(`| ${name} | ${art.questions.length} | ${c.accept} | ${c.edit} | ${c.reject} | ${c.wrong} | ${c.comprehension} | ${full} / ${partly} |`);
      t.n += art.questions.length; t.accept += c.accept; t.edit += c.edit; t.reject += c.reject; t.wrong += c.wrong;
      t.comprehensionAccepted += c.comprehension; t.full += full; t.partly += partly; t.articles++;
      if (full >= 3) t.articlesWith3++;
    }
  }
  console.log("| article | questions | accept | edit | reject | wrong keys | accepted, not detail/context | key questions full / partly |");
  console.log("|---|---|---|---|---|---|---|---|");
  console.log(rows.join("\n"));
  console.log(`| **total** | **${t.n}** | **${t.accept}** | **${t.edit}** | **${t.reject}** | **${t.wrong}** | **${t.comprehensionAccepted}** | **${t.full} / ${t.partly}** |`);
  console.log("\n| target | result |\n|---|---|");
  console.log(`| ≥ 70 % accepted as is | ${pct(t.accept, t.n)} |`);
  console.log(`| ≥ 90 % accepted or small edit | ${pct(t.accept + t.edit, t.n)} |`);
  console.log(`| 0 wrong keys | ${t.wrong} |`);
  console.log(`| ≥ 30 % accepted and of a skill other than detail/context | ${pct(t.comprehensionAccepted, t.n)} |`);
  console.log(`| ≥ 3 of the reviewer's 5 key questions covered, per article | ${t.articlesWith3} of ${t.articles} articles (${t.full} of ${t.articles * 5} fully, ${t.partly} partly) |`);
  console.log(`| questions produced at count 20 | ${t.n} for ${t.articles} articles (${Math.round((10 * t.n) / t.articles) / 10} per article) |`);
  console.log("\n| article | id | skill | verdict | prompt (start) | reviewer's reason |\n|---|---|---|---|---|---|");
  console.log(notAccepted.join("\n"));
}

const [cmd, ...args] = process.argv.slice(2);
const all = args.includes("--all");
const rest = args.filter((x) => x !== "--all");
if (cmd === "prepare" && rest.length === 2) prepare(rest[0], rest[1], all);
else if (cmd === "tally" && rest.length === 1) tally(rest[0]);
else {
  console.error("usage: blind-reading.ts prepare <news-dir> <out-dir> [--all] | tally <out-dir>");
  process.exitCode = 2;
}
