// Evaluation of the generator on the fixture articles (and any extra files given):
// questions produced, kinds, contract violations (must be 0) and reference-answer recall.
// npx tsx scripts/evaluate-generator.ts [--holdout] [extra files…]
// The hold-out set (tests/fixtures/holdout/) was written without looking at the generator's
// output; it is reported in its own table so tuning on the six fixtures cannot hide overfitting.
// --holdout prints only the hold-out table.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GenerateError, MAX_COUNT, type GenerateResult, type Language } from "../lib/generation/contract";
import { generateQuiz } from "../lib/generation/generate";
import { checkCandidate } from "../lib/generation/validate";
import { analyzeArticle } from "../lib/analysis/analyze";
import { normaliseAnswer } from "../lib/grading/normalise";

const FIXTURES = path.join(__dirname, "..", "tests", "fixtures", "articles");
const HOLDOUT = path.join(__dirname, "..", "tests", "fixtures", "holdout");

export interface Reference {
  prompt: string;
  answer: string;
  accepted?: string[];
}

export interface ArticleEvaluation {
  name: string;
  language: Language;
  produced: number;
  /** Questions offered at MAX_COUNT. */
  producedMax: number | null;
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
  const all = generateQuiz({ text, title, count: MAX_COUNT });
  if (refs) {
    recall = recallOf(refs, result).recall;
    const max = recallOf(refs, all);
    recallMax = max.recall;
    missed = max.missed;
  }
  return { name: path.basename(file), language: result.language, produced: result.questions.length, producedMax: all.questions.length, kinds, violations, recall, recallMax, missed };
}

/** The false statement's correction, read back from the explanation (the public JSON has no meta). */
function swapOf(explanation: string, lang: Language): { original: string; replacement: string } | undefined {
  const m = lang === "fr" ? /indique «\u202F(.+?)\u202F», et non «\u202F(.+?)\u202F»/.exec(explanation) : /says “(.+?)”, not “(.+?)”/.exec(explanation);
  return m ? { original: m[1], replacement: m[2] } : undefined;
}

function articlesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.(fr|en)\.txt$/.test(f)).sort().map((f) => path.join(dir, f));
}

export function fixtureFiles(): string[] {
  return articlesIn(FIXTURES);
}

export function holdoutFiles(): string[] {
  return articlesIn(HOLDOUT);
}

function main(): void {
  const args = process.argv.slice(2);
  const onlyHoldout = args.includes("--holdout");
  const extra = args.filter((a) => a !== "--holdout");
  const sets: [string, string[]][] = onlyHoldout
    ? [["hold-out", holdoutFiles()]]
    : [["fixtures", [...fixtureFiles(), ...extra]], ["hold-out", holdoutFiles()]];
  let failed = false;
  for (const [name, files] of sets) {
    if (!files.length) continue;
    console.log(`== ${name} (${files.length} articles) ==`);
    if (runSet(files)) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

/** Prints one line block per article and the set's mean recalls; true when a floor is missed. */
function runSet(files: string[]): boolean {
  let failed = false;
  const r20: number[] = [];
  const rMax: number[] = [];
  let questions = 0;
  let violations = 0;
  for (const f of files) {
    try {
      const e = evaluateFile(f);
      const pct = (x: number | null) => (x === null ? "n/a" : `${Math.round(x * 100)}%`);
      const kinds = Object.entries(e.kinds).map(([k, n]) => `${k}=${n}`).join(" ");
      console.log(`${e.name} [${e.language}] questions=${e.produced} (@${MAX_COUNT}: ${e.producedMax}) kinds(${Object.keys(e.kinds).length}): ${kinds}`);
      console.log(`  violations=${e.violations.length}${e.violations.length ? " " + e.violations.join("; ") : ""}  recall@20=${pct(e.recall)}  recall@${MAX_COUNT}=${pct(e.recallMax)}`);
      if (e.missed.length) console.log(`  missed: ${e.missed.join(" | ")}`);
      questions += e.produced;
      violations += e.violations.length;
      if (e.recall !== null) r20.push(e.recall);
      if (e.recallMax !== null) rMax.push(e.recallMax);
      // Precision first: fewer questions than asked is fine, a broken contract is not.
      if (e.produced < 1 || e.violations.length) failed = true;
    } catch (err) {
      failed = true;
      console.log(`${path.basename(f)}: ${err instanceof GenerateError ? `${err.code}: ${err.message}` : String(err)}`);
    }
  }
  const mean = (xs: number[]) => (xs.length ? `${Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100)}%` : "n/a");
  console.log(`-- total questions=${questions} violations=${violations} mean recall@20=${mean(r20)} mean recall@${MAX_COUNT}=${mean(rMax)}`);
  return failed;
}

if (require.main === module) main();
