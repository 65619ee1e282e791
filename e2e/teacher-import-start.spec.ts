// Imported articles start with their text: an HTML page's date and byline lines and a Word
// file's title are not kept as the first paragraphs (files made here, in the test).
import { expect, test, type Page } from "@playwright/test";
import { makeDocx } from "../tests/import/fixtures";
import { ARTICLE_URL, expectNoAxeViolations, signUp } from "./teacher-support";

const FIRST = "Le conseil municipal de Besançon a voté mardi soir un budget de 12 millions d'euros pour rénover la piscine municipale, fermée depuis deux ans.";
const SECOND = "Les travaux commenceront en mars et dureront dix-huit mois, selon la maire, qui a salué un vote historique pour les habitants du quartier.";

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Envoyer un fichier").check();
  await page.getByLabel("Fichier", { exact: true }).setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Importer" }).click();
  await page.waitForURL(ARTICLE_URL);
}

const articleParagraphs = (page: Page) => page.getByRole("region", { name: "Texte", exact: true }).locator(".article-text p");

test("[TEACHER] HTML and Word imports start with the article's text, not a date line or the title again", async ({ page }) => {
  await signUp(page);

  const html = `<!doctype html><html lang="fr"><head><title>La piscine rénovée</title></head><body>
    <article><h1>La piscine rénovée</h1><p class="date">Publié le 3 janvier 2022 à 10h32</p><p class="byline">Par Jeanne Martin</p>
    <p>${FIRST}</p><p>${SECOND}</p></article></body></html>`;
  await importFile(page, "piscine.html", "text/html", Buffer.from(html));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La piscine rénovée");
  await expect(articleParagraphs(page).first()).toHaveText(FIRST);
  await expect(page.getByText("Publié le 3 janvier 2022")).toHaveCount(0);
  await expect(page.getByText("Par Jeanne Martin")).toHaveCount(0);

  const docx = await makeDocx(["Budget de la piscine", "Mis à jour le 04/01/2022", FIRST, SECOND]);
  await importFile(page, "piscine.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer.from(docx));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Budget de la piscine");
  await expect(articleParagraphs(page).first()).toHaveText(FIRST);
  await expect(articleParagraphs(page)).toHaveCount(2);
  await expectNoAxeViolations(page);
});
