// The teacher's main journey on the production build: sign up, import by paste, generate,
// review (edit with a refused then accepted change, delete, reorder by keyboard, approve),
// publish with the join code, link and QR code; published questions become read-only.
import { expect, test } from "@playwright/test";
import { demoArticleText, expectNoAxeViolations, importPasted, generateFromArticle, quizQuestions, quizRow, signUp } from "./teacher-support";

test("[TEACHER] sign up, import, generate, review, publish", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "M. Journée");
  const { title, text } = demoArticleText();

  const articleId = await importPasted(page, text, title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Importé par copier-coller · langue : français")).toBeVisible();
  await expectNoAxeViolations(page);

  const quizId = await generateFromArticle(page, 8);
  const cards = page.getByTestId("question");
  await expect(cards.first()).toBeVisible();
  const initial = await quizQuestions(quizId);
  expect(initial.length).toBeGreaterThanOrEqual(3);
  expect(initial.every((q) => q.reviewState === "pending")).toBe(true);
  // Precision first: when fewer good questions exist than asked for, the teacher is told, and
  // each card names the skill its question trains.
  if (initial.length < 8) await expect(page.getByText(`${initial.length} bonnes questions trouvées sur 8 demandées`, { exact: false })).toBeVisible();
  const skill = /Repérer un détail|Cause|Conséquence|But|Point de vue|Idée principale|Justifier par le texte|Déduire|Vocabulaire|Contexte/;
  for (const card of await cards.all()) await expect(card.locator("p.muted.small").first()).toContainText(skill);
  // Each question shows its evidence highlighted and its checks.
  await expect(cards.first().locator(".evidence mark")).toHaveCount(1);
  await expect(cards.first().getByTestId("checks").locator("li.ok").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Publishing with questions still pending is refused by the server.
  await page.getByRole("button", { name: "Publier le quiz" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Validez chaque question avant de publier." })).toBeVisible();
  expect((await quizRow(quizId)).status).toBe("draft");

  // Edit the first question: evidence not in the article is refused with a field error…
  const first = cards.first();
  await first.getByText("Modifier").click();
  const evidence = first.getByLabel("Preuve : phrase copiée exactement depuis l’article");
  const originalEvidence = await evidence.inputValue();
  await evidence.fill("Une phrase qui n’est pas dans l’article.");
  await first.getByRole("button", { name: "Enregistrer" }).click();
  await expect(first.getByRole("alert")).toContainText("Le formulaire contient des erreurs.");
  await expect(first.locator('[id$="-evidence-error"]')).toContainText("Cette phrase ne se trouve pas telle quelle dans l’article");
  await expect(evidence).toHaveAttribute("aria-invalid", "true");
  expect((await quizQuestions(quizId))[0].prompt).toBe(initial[0].prompt);
  // …then a valid change is saved and marks the question approved.
  await evidence.fill(originalEvidence);
  const newPrompt = `${initial[0].prompt.replace(/\s*[?.]$/, "")} (relu) ?`;
  await first.getByLabel("Énoncé").fill(newPrompt);
  await first.getByRole("button", { name: "Enregistrer" }).click();
  await expect(first.getByRole("status")).toContainText("Modifications enregistrées.");
  await expect.poll(async () => (await quizQuestions(quizId))[0]).toMatchObject({ prompt: newPrompt, reviewState: "approved" });

  // Delete the last question.
  const last = initial[initial.length - 1];
  await page.locator(`#q-${last.id}`).getByRole("button", { name: "Supprimer", exact: true }).click();
  await expect(page.locator(`#q-${last.id}`)).toHaveCount(0);
  expect((await quizQuestions(quizId)).map((q) => q.id)).toEqual(initial.slice(0, -1).map((q) => q.id));

  // Move the first question down with the keyboard.
  const down = page.locator(`#q-${initial[0].id}`).getByRole("button", { name: "Descendre" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await quizQuestions(quizId)).map((q) => q.id).slice(0, 2)).toEqual([initial[1].id, initial[0].id]);

  // Approve the rest one by one.
  for (const q of (await quizQuestions(quizId)).filter((q) => q.reviewState !== "approved")) {
    await page.locator(`#q-${q.id}`).getByRole("button", { name: "Valider" }).click();
    await expect(page.locator(`#q-${q.id} .badge.approved`)).toBeVisible();
  }
  expect((await quizQuestions(quizId)).every((q) => q.reviewState === "approved")).toBe(true);

  // Publish: code, link and QR code.
  await page.getByRole("button", { name: "Publier le quiz" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Quiz publié." })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
  expect(await quizRow(quizId)).toMatchObject({ status: "published", joinCode: code });
  await expect(page.getByTestId("join-link")).toHaveText(new RegExp(`/q/${code}$`));
  await expect(page.getByRole("img", { name: `QR code du lien vers le quiz ${code}` })).toBeVisible();
  // Read-only now.
  await expect(page.getByRole("button", { name: "Supprimer", exact: true })).toHaveCount(0);
  await expect(page.getByText("Modifier")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The students' page answers with this code.
  const student = await page.request.get(`/q/${code}`);
  expect(student.status()).toBe(200);

  // Closing.
  await page.getByRole("button", { name: "Fermer le quiz" }).click();
  await page.getByRole("button", { name: "Confirmer la fermeture" }).click();
  await expect(page.getByTestId("quiz-status")).toHaveText("fermé");
  expect((await quizRow(quizId)).status).toBe("closed");
  void articleId;
});

test("[TEACHER] a question added by hand is checked like a generated one", async ({ page }) => {
  await signUp(page, "Mme Ajout");
  const { title, text } = demoArticleText();
  await importPasted(page, text, title);
  const quizId = await generateFromArticle(page, 3);
  const before = (await quizQuestions(quizId)).length;
  const add = page.getByRole("region", { name: "Ajouter une question" });
  await add.getByLabel("Type").selectOption("short_answer");
  await add.getByLabel("Énoncé").fill("Dans quelle ville pétrolière les premiers rassemblements ont-ils eu lieu ?");
  await add.getByLabel("Réponse", { exact: true }).fill("Almaty");
  const sentence = text.split("\n").map((l) => l.trim()).find((l) => l.includes("Janaozen"))!.match(/[^.!?]*Janaozen[^.!?]*[.!?]/)![0].trim();
  await add.getByLabel("Preuve : phrase copiée exactement depuis l’article").fill(sentence);
  await add.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(add.locator(".field-error")).toContainText("La réponse doit figurer dans la phrase de preuve.");
  expect(await quizQuestions(quizId)).toHaveLength(before);
  await add.getByLabel("Réponse", { exact: true }).fill("Janaozen");
  await add.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(add.getByRole("status")).toContainText("Question ajoutée.");
  await expect.poll(async () => (await quizQuestions(quizId)).length).toBe(before + 1);

  // Replace the first question with another candidate of the same kind: new, pending, no duplicate.
  const [target] = await quizQuestions(quizId);
  await page.locator(`#q-${target.id}`).getByRole("button", { name: "Remplacer par une autre" }).click();
  await expect.poll(async () => (await quizQuestions(quizId))[0].prompt, { timeout: 20_000 }).not.toBe(target.prompt);
  const after = await quizQuestions(quizId);
  expect(after[0]).toMatchObject({ id: target.id, reviewState: "pending" });
  expect(new Set(after.map((q) => q.prompt)).size).toBe(after.length);
});
