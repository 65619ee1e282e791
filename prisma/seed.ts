// Seeds a demo teacher, the team's demo article and a published demo quiz covering every
// question kind. Idempotent: when the demo teacher exists nothing is touched.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import { createDbHandle } from "../lib/db/client";
import { toColumns, type QuestionFields } from "../lib/quiz/question-row";

export const DEMO_EMAIL = "demo@actuquiz.local";
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "actuquiz-demo";
export const DEMO_JOIN_CODE = "DEMO22";

interface DemoQuestion extends Omit<QuestionFields, "evidenceText" | "evidenceStart" | "evidenceEnd" | "template" | "validFrom" | "validTo" | "choices" | "accepted"> {
  choices?: string[];
  accepted?: string[];
  evidence: string;
  validFrom?: string;
  validTo?: string;
}

function readDemo() {
  const dir = path.join(__dirname, "demo");
  const raw = fs.readFileSync(path.join(dir, "article-fr.txt"), "utf8").trim();
  const newline = raw.indexOf("\n");
  const title = raw.slice(0, newline).trim();
  const text = raw.slice(newline + 1).trim();
  const questions: DemoQuestion[] = JSON.parse(fs.readFileSync(path.join(dir, "questions-fr.json"), "utf8"));
  return { title, text, questions };
}

export function demoQuestionFields(text: string, q: DemoQuestion): QuestionFields {
  const start = text.indexOf(q.evidence);
  if (start < 0) throw new Error(`Demo evidence not found in the article: ${q.evidence.slice(0, 60)}…`);
  return {
    kind: q.kind,
    category: q.category,
    source: q.source,
    prompt: q.prompt,
    choices: q.choices ?? null,
    answer: q.answer,
    accepted: q.accepted ?? [],
    evidenceText: q.evidence,
    evidenceStart: start,
    evidenceEnd: start + q.evidence.length,
    explanation: q.explanation,
    difficulty: q.difficulty,
    template: "demo",
    validFrom: q.validFrom ?? null,
    validTo: q.validTo ?? null,
  };
}

async function main() {
  const { prisma } = createDbHandle(process.env.DATABASE_URL);
  try {
    const existing = await prisma.teacher.findUnique({ where: { email: DEMO_EMAIL } });
    if (existing) {
      console.log("seed: demo data already present, nothing changed");
      return;
    }
    const { title, text, questions } = readDemo();
    const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const fields = questions.map((q) => demoQuestionFields(text, q));
    await prisma.teacher.create({
      data: {
        email: DEMO_EMAIL,
        name: "Enseignant de démonstration",
        passwordHash,
        articles: {
          create: {
            title,
            text,
            language: "fr",
            source: "Rédaction Actuquiz (article de démonstration)",
            publishedAt: new Date("2022-01-20T00:00:00Z"),
            importedVia: "seed",
            contentHash: crypto.createHash("sha256").update(text).digest("hex"),
          },
        },
      },
    });
    const teacher = await prisma.teacher.findUniqueOrThrow({ where: { email: DEMO_EMAIL }, include: { articles: true } });
    await prisma.quiz.create({
      data: {
        teacherId: teacher.id,
        articleId: teacher.articles[0].id,
        title: "Kazakhstan, janvier 2022 : la crise en huit questions",
        language: "fr",
        status: "published",
        joinCode: DEMO_JOIN_CODE,
        isDemo: true,
        attemptsAllowed: 3,
        publishedAt: new Date(),
        questions: {
          create: fields.map((f, i) => ({ ...toColumns(f), position: i, reviewState: "approved", origin: "manual" })),
        },
      },
    });
    console.log(`seed: demo teacher ${DEMO_EMAIL} and demo quiz ${DEMO_JOIN_CODE} created`);
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error("seed failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
