// Ownership: another teacher gets 404 for the first one's article and quiz pages, print page
// and exports, and a forged action (their own form with the first teacher's ids) changes
// nothing. Signed-out visitors are sent to sign in (pages) or get 401 (routes).
import { expect, test } from "@playwright/test";
import { demoArticleText, generateFromArticle, importPasted, quizQuestions, quizRow, signUp, waitForHydration } from "./teacher-support";

test("[TEACHER] another teacher cannot see or change the first one's articles and quizzes", async ({ browser }) => {
  test.setTimeout(120_000);
  const { title, text } = demoArticleText();
  const alice = await browser.newContext();
  const a = await alice.newPage();
  await signUp(a, "Alice");
  const articleId = await importPasted(a, text, `${title} (Alice)`);
  const quizId = await generateFromArticle(a, 4);
  const aliceQuestions = await quizQuestions(quizId);

  const bob = await browser.newContext();
  const b = await bob.newPage();
  await signUp(b, "Bob");
  for (const path of [`/teacher/articles/${articleId}`, `/teacher/quizzes/${quizId}`, `/teacher/quizzes/${quizId}/print`]) {
    const res = await b.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(b.locator("main")).not.toContainText("Alice");
  }
  for (const kind of ["gift", "moodle-xml"]) {
    const res = await b.request.get(`/api/teacher/quizzes/${quizId}/export/${kind}`);
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain("Kazakhstan");
  }
  await b.goto("/teacher/articles");
  await expect(b.locator("main")).not.toContainText("(Alice)");

  // Bob's own quiz page, with Alice's ids put into his forms: the actions must refuse.
  await importPasted(b, text, `${title} (Bob)`);
  const bobQuiz = await generateFromArticle(b, 3);
  const target = aliceQuestions[0].id;
  // Forge only once React owns the inputs: hydration would put the real ids back.
  await waitForHydration(b, 'input[name="quizId"]');
  await b.evaluate(
    ({ quizId, target }) => {
      for (const input of document.querySelectorAll<HTMLInputElement>('input[name="quizId"]')) input.value = quizId;
      for (const input of document.querySelectorAll<HTMLInputElement>('input[name="questionId"]')) input.value = target;
    },
    { quizId, target },
  );
  // Bob's quiz page again, every quizId field set to Alice's quiz (once hydrated, as above).
  const forgeQuizId = async () => {
    await b.goto(`/teacher/quizzes/${bobQuiz}`);
    await waitForHydration(b, 'input[name="quizId"]');
    await b.evaluate((quizId) => {
      for (const input of document.querySelectorAll<HTMLInputElement>('input[name="quizId"]')) input.value = quizId;
    }, quizId);
  };
  // The action refuses and sends Bob to the (404) page of a quiz he does not own.
  await b.getByRole("button", { name: "Supprimer", exact: true }).first().click();
  await expect(b.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await forgeQuizId();
  await b.getByRole("button", { name: "Valider toutes les questions" }).click();
  await expect(b.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await forgeQuizId();
  await b.getByLabel("Titre du quiz").fill("Volé par Bob");
  await b.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(b.getByRole("region", { name: "Réglages" }).getByRole("alert")).toContainText("Quiz ou question introuvable.");

  expect(await quizQuestions(quizId)).toEqual(aliceQuestions);
  expect(await quizRow(quizId)).toMatchObject({ status: "draft", joinCode: null });
  expect((await quizRow(quizId)).title).not.toContain("Bob");

  // Signed out: pages redirect to sign-in, routes answer 401.
  const anon = await browser.newContext();
  const c = await anon.newPage();
  await c.goto(`/teacher/quizzes/${quizId}`);
  await expect(c).toHaveURL(new RegExp(`/teacher/sign-in\\?next=%2Fteacher%2Fquizzes%2F${quizId}$`));
  expect((await c.request.get(`/api/teacher/quizzes/${quizId}/export/gift`)).status()).toBe(401);
  await Promise.all([alice.close(), bob.close(), anon.close()]);
});
