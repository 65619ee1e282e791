// The demo quiz as the student specs answer it: a plan (right for some questions, wrong on
// purpose for others), the specs' own grading of that plan, and UI helpers to enter it.
import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export interface DemoQuestion {
  kind: string;
  prompt: string;
  choices?: string[];
  answer: string | string[];
  accepted?: string[];
  evidence: string;
}

export const demo: DemoQuestion[] = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../prisma/demo/questions-fr.json"), "utf8"));

/** What this test answers: right for some questions, deliberately wrong for others. */
export function plan(q: DemoQuestion, i: number): string | string[] {
  const wrongOnPurpose = i % 3 === 1;
  if (q.kind === "ordering") return q.answer;
  if (q.choices) return wrongOnPurpose ? q.choices.find((c) => c !== q.answer)! : (q.answer as string);
  return wrongOnPurpose ? "Almaty" : (q.accepted?.[0] ?? (q.answer as string)).toLowerCase();
}

/** The test's own grading: exact choice, exact order, or a case-insensitive accepted spelling. */
export function isRight(q: DemoQuestion, given: string | string[]): boolean {
  if (Array.isArray(q.answer)) return JSON.stringify(given) === JSON.stringify(q.answer);
  const keys = [q.answer, ...(q.accepted ?? [])].map((k) => k.toLowerCase());
  return keys.includes(String(given).toLowerCase());
}

export async function orderItems(card: Locator, target: string[]) {
  // Every order can be shown, the solved one included: a student who finds it already right still
  // touches it (down, then up again), which is what marks the question as answered.
  const shown = await card.locator(".ordering-text").allInnerTexts();
  if (shown.join("\n") === target.join("\n")) {
    await card.getByRole("button", { name: `Descendre « ${target[0]} »` }).press("Enter");
    await card.getByRole("button", { name: `Monter « ${target[0]} »` }).press("Enter");
  }
  for (let i = 0; i < target.length; i++) {
    const current = await card.locator(".ordering-text").allInnerTexts();
    const from = current.indexOf(target[i]);
    for (let k = from; k > i; k--) {
      // Keyboard: the button keeps focus on the moved item, so Enter again keeps moving it.
      await card.getByRole("button", { name: `Monter « ${target[i]} »` }).press("Enter");
    }
  }
  await expect(card.locator(".ordering-text")).toHaveText(target);
}

export async function answerDemoQuestion(_page: Page, card: Locator, q: DemoQuestion, i: number) {
  const value = plan(q, i);
  if (q.kind === "ordering") await orderItems(card, value as string[]);
  else if (q.choices) await card.getByRole("radio", { name: value as string, exact: true }).check();
  else await card.getByLabel("Votre réponse").fill(value as string);
}


