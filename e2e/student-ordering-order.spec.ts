// SEC-1 for ordering questions: the order a student is shown says nothing about the key.
// With two items, a server that never shows the solved order shows its reverse every time,
// so the key could be read off the page; a uniform shuffle shows both orders.
import { test, expect } from "@playwright/test";
import { createOrderingQuiz, joinAndStart } from "./student-fixtures";

test("[SEC-1] students who join see the two-item ordering in either order, the solved one included", async ({ page, context }) => {
  test.setTimeout(180_000);
  const key = ["Les premiers rassemblements ont eu lieu", "Le gouvernement a démissionné"];
  const quiz = await createOrderingQuiz(key);
  const seen = new Set<string>();
  // A fair coin shows both orders within 24 joins except with probability 2 × 2⁻²⁴; stop as
  // soon as both were seen, so the test is short when the shuffle is right.
  for (let i = 0; i < 24 && seen.size < 2; i++) {
    await context.clearCookies();
    await joinAndStart(page, quiz.joinCode, `Élève ${i}`);
    const shown = await page.locator(".ordering-text").allTextContents();
    expect([...shown].sort()).toEqual([...key].sort());
    seen.add(shown.join(" | "));
  }
  expect([...seen]).toContain(key.join(" | "));
  expect(seen.size).toBe(2);
});
