// Evaluation of the generator on the fixture articles (and any extra files given):
// questions produced, kinds, contract violations (must be 0) and reference-answer recall.
// npx tsx scripts/evaluate-generator.ts [extra files…]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GenerateError, MAX_COUNT, type GenerateResult, type Language } from "../lib/generation/contract";
import { generateQuiz } from "../lib/generation/generate";
import { checkCandidate } from "../lib/generation/validate";
import { analyzeArticle } from "../lib/analysis/analyze";
import { normaliseAnswer } from "../lib/grading/normalise";

const FIXTURES = path.join(__dirname, "..", "tests", "fixtures", "articles");

export interface Reference {
  prompt: string;
  answer: string;
  accepted?: string[];
}

export interface ArticleEvaluation {
  name: string;
  language: Language;
  produced: number;
  kinds: Record<string, number>;
  violations: string[];
  /** Recall at the default count (what a teacher gets by default). */
  recall: number | null;
  /** Recall at MAX_COUNT (every question the generator would offer). */
  recallMax: number | null;
  missed: string[];
}

/** First line is the title ("title: " prefix tolerated); the whole file is the submitted text. */
export function readArticle(file: string): { text: string; title: string } {
  const text = readFileSync(file, "utf8");
  const first = text.split("\n", 1)[0].replace(/^title:\s*/i, "").trim();
  return { text, title: first };
}

function referencesFor(file: string): Reference[] | null {
  const slug = path.basename(file).replace(/\.(fr|en)?\.?txt$/, "").replace(/\.(fr|en)$/, "");
  for (const p of [path.join(path.dirname(file), `${slug}.reference.json`), path.join(FIXTURES, `${slug}.reference.json`)]) {
    if (existsSync(p)) return JSON.parse(readFileSync(p, "utf8")) as Reference[];
  }
  return null;
}

function answersOf(r: GenerateResult): string[] {
  const out: string[] = [];
  for (const q of r.questions) {
    if (q.kind === "true_false") continue;
    if (Array.isArray(q.answer)) continue;
    out.push(q.answer, ...(q.accepted ?? []));
  }
  return out.map((a) => normaliseAnswer(a, r.language));
}

/** A reference is found when its answer or an accepted spelling equals a generated answer (normalised). */
export function recallOf(refs: Reference[], r: GenerateResult): { recall: number; missed: string[] } {
  const gen = new Set(answersOf(r));
  const compact = new Set([...gen].map((g) => g.replace(/[ ']/g, "")));
  const missed: string[] = [];
  for (const ref of refs) {
    const forms = [ref.answer, ...(ref.accepted ?? [])].map((a) => normaliseAnswer(a, r.language));
    if (!forms.some((f) => gen.has(f) || compact.has(f.replace(/[ ']/g, "")))) missed.push(ref.answer);
  }
  return { recall: refs.length ? (refs.length - missed.length) / refs.length : 0, missed };
}

export function evaluateFile(file: string): ArticleEvaluation {
  const { text, title } = readArticle(file);
  const result = generateQuiz({ text, title });
  const analysis = analyzeArticle(text, { title, language: result.language });
  const violations: string[] = [];
  for (const q of result.questions) {
    const reason = checkCandidate({ ...q, score: 0, sentenceIndex: 0, meta: q.kind === "true_false" && q.answer === (result.language === "fr" ? "Faux" : "False") ? { swap: swapOf(q.explanation, result.language) } : undefined }, analysis);
    if (reason && !(q.source === "knowledge" && reason === "answer not in evidence")) violations.push(`${q.id}: ${reason}`);
  }
  const kinds: Record<string, number> = {};
  for (const q of result.questions) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  const refs = referencesFor(file);
  let recall: number | null = null;
  let recallMax: number | null = null;
  let missed: string[] = [];
  if (refs) {
    recall = recallOf(refs, result).recall;
    const max = recallOf(refs, generateQuiz({ text, title, count: MAX_COUNT }));
    recallMax = max.recall;
    missed = max.missed;
  }
  return { name: path.basename(file), language: result.language, produced: result.questions.length, kinds, violations, recall, recallMax, missed };
}

/** The false statement's correction, read back from the explanation (the public JSON has no meta). */
function swapOf(explanation: string, lang: Language): { original: string; replacement: string } | undefined {
  const m = lang === "fr" ? /indique «\u202F(.+?)\u202F», et non «\u202F(.+?)\u202F»/.exec(explanation) : /says “(.+?)”, not “(.+?)”/.exec(explanation);
  return m ? { original: m[1], replacement: m[2] } : undefined;
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES).filter((f) => /\.(fr|en)\.txt$/.test(f)).sort().map((f) => path.join(FIXTURES, f));
}

function main(): void {
  const files = [...fixtureFiles(), ...process.argv.slice(2)];
  let failed = false;
  for (const f of files) {
    try {
      const e = evaluateFile(f);
      const pct = (x: number | null) => (x === null ? "n/a" : `${Math.round(x * 100)}%`);
      const kinds = Object.entries(e.kinds).map(([k, n]) => `${k}=${n}`).join(" ");
      console.log(`${e.name} [${e.language}] questions=${e.produced} kinds(${Object.keys(e.kinds).length}): ${kinds}`);
      console.log(`  violations=${e.violations.length}${e.violations.length ? " " + e.violations.join("; ") : ""}  recall@20=${pct(e.recall)}  recall@${MAX_COUNT}=${pct(e.recallMax)}`);
      if (e.missed.length) console.log(`  missed: ${e.missed.join(" | ")}`);
      if (e.produced < 15 || Object.keys(e.kinds).length < 4 || e.violations.length || (e.recallMax ?? 1) < 0.7) failed = true;
    } catch (err) {
      failed = true;
      console.log(`${path.basename(f)}: ${err instanceof GenerateError ? `${err.code}: ${err.message}` : String(err)}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) main();
