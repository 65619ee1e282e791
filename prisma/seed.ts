// Seeds a demo teacher, the team's demo article and a published demo quiz covering every
// question kind. Idempotent: when the demo teacher exists nothing is touched.
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import { createDbHandle } from "../lib/db/client";
import { toColumns } from "../lib/quiz/question-row";
import { DEMO_QUIZ_TITLE, readDemoArticle, readDemoQuestions } from "./demo-content";

export const DEMO_EMAIL = "demo@actuquiz.local";
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "actuquiz-demo";
export const DEMO_JOIN_CODE = "DEMO22";

async function main() {
  const { prisma } = createDbHandle(process.env.DATABASE_URL);
  try {
    const existing = await prisma.teacher.findUnique({ where: { email: DEMO_EMAIL } });
    if (existing) {
      console.log("seed: demo data already present, nothing changed");
      return;
    }
    const { title, text } = readDemoArticle();
    const fields = readDemoQuestions(text);
    const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
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
        title: DEMO_QUIZ_TITLE,
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
