// CLI: npm run --silent generate -- <file|-> [--title T] [--lang fr|en] [--count N] [--date YYYY-MM-DD] [--skills a,b]
// Prints the quiz JSON on stdout; on bad input prints {"error":{code,message}} on stderr and exits 1.
import { leadingCalendarDate } from "../lib/quiz/calendar-date";
import { readFileSync } from "node:fs";
import { GenerateError, type QuestionSkill } from "../lib/generation/contract";
import { generateQuiz } from "../lib/generation/generate";

function fail(code: string, message: string, exitCode = 1): never {
  process.stderr.write(JSON.stringify({ error: { code, message } }) + "\n");
  process.exit(exitCode);
}

function parseArgs(argv: string[]) {
  const out: { file?: string; title?: string; lang?: string; count?: number; date?: string; skills?: string[] } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) fail("invalid_request", `Missing value after ${a}.`);
      return v;
    };
    if (a === "--title") out.title = next();
    else if (a === "--lang" || a === "--language") out.lang = next();
    else if (a === "--count") {
      const v = next();
      out.count = /^\d+$/.test(v) ? Number(v) : NaN;
    } else if (a === "--date") {
      out.date = next();
      if (leadingCalendarDate(out.date) === null) fail("invalid_request", "`--date` must be a real day, YYYY-MM-DD.");
    }
    else if (a === "--skills") out.skills = next().split(",").map((s) => s.trim()).filter(Boolean);
    else if (a === "-h" || a === "--help") {
      process.stdout.write("usage: generate <file|-> [--title T] [--lang fr|en] [--count N] [--date YYYY-MM-DD] [--skills detail,cause,…]\n");
      process.exit(0);
    } else if (a.startsWith("--")) fail("invalid_request", `Unknown option ${a}.`);
    else if (out.file === undefined) out.file = a;
    else fail("invalid_request", `Unexpected argument ${a}.`);
  }
  return out;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.file) fail("invalid_request", "Give a file path, or - to read standard input.");
  let text: string;
  try {
    text = readFileSync(args.file === "-" ? 0 : args.file, "utf8");
  } catch {
    fail("invalid_request", `Cannot read ${args.file}.`);
  }
  try {
    const result = generateQuiz({ text, title: args.title, language: args.lang as "fr" | "en" | undefined, count: args.count, date: args.date, ...(args.skills ? { skills: args.skills as QuestionSkill[] } : {}) });
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } catch (e) {
    if (e instanceof GenerateError) fail(e.code, e.message);
    fail("internal_error", "The generator failed unexpectedly.", 2);
  }
}

main();
