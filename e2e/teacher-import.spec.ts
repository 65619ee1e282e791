// Article import on the production build: files (txt, docx, pdf, html) given as buffers, a web
// page served by the test itself, and refused inputs (empty, binary, 20 MB, script-laden,
// cross-site) that show a clear message and save nothing. The 20 MB file is written to a
// temporary folder and uploaded from disk.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { makeDocx, makePdf } from "../tests/import/fixtures";
import { ARTICLE_URL, articleCount, expectNoAxeViolations, ORIGIN, signUp } from "./teacher-support";
import { makeTempDir } from "./temp-files";

const PARAGRAPH =
  "Le conseil municipal de Besançon a voté mardi soir un budget de 12 millions d'euros pour rénover la piscine municipale, fermée depuis deux ans. Les travaux commenceront en mars et dureront dix-huit mois, selon la maire, qui a salué un vote historique pour les habitants du quartier.";

const importAlert = (page: Page) => page.getByRole("region", { name: "Importer un article" }).getByRole("alert");

/** Chooses a file (small buffers inline, big files by path) and submits the import form. */
async function chooseFile(page: Page, name: string, mimeType: string, file: Buffer | string, timeout?: number) {
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Envoyer un fichier").check();
  await page.getByLabel("Fichier", { exact: true }).setInputFiles(typeof file === "string" ? file : { name, mimeType, buffer: file }, { timeout });
  await page.getByRole("button", { name: "Importer" }).click();
}

test.describe("[TEACHER] import", () => {
  let server: http.Server;
  let pageUrl = "";

  test.beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/article.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(`<!doctype html><html lang="fr"><head><title>La piscine rénovée | Le Journal</title><script>window.__xss = 1</script></head>
          <body><nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav><article><h1>La piscine rénovée</h1>
          <p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p><img src=x onerror="window.__xss=2">Fin de l'article.</p></article><footer>Mentions légales</footer></body></html>`);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test("by file: txt, docx and pdf", async ({ page }) => {
    await signUp(page);
    await expectNoAxeViolations(page);
    await page.goto("/teacher/articles/new");
    await expectNoAxeViolations(page);

    await chooseFile(page, "piscine.txt", "text/plain", Buffer.from(`La piscine rénovée\n\n${PARAGRAPH}`));
    await page.waitForURL(ARTICLE_URL);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("La piscine rénovée");
    await expect(page.getByText("Importé par fichier · langue : français")).toBeVisible();

    await chooseFile(page, "piscine.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer.from(await makeDocx(["Budget de la piscine", PARAGRAPH])));
    await page.waitForURL(ARTICLE_URL);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Budget de la piscine");
    await expect(page.getByText("12 millions d'euros").first()).toBeVisible();

    await chooseFile(page, "piscine.pdf", "application/pdf", Buffer.from(makePdf(["The city council voted a budget of 12 million euros.", "Work on the swimming pool starts in March and the mayor is pleased."])));
    await page.waitForURL(ARTICLE_URL);
    await expect(page.getByText("langue : anglais")).toBeVisible();
    await expect(page.getByText("12 million euros", { exact: false }).first()).toBeVisible();
  });

  test("by URL: the main text of a page served on 127.0.0.1, scripts dropped", async ({ page }) => {
    await signUp(page);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto("/teacher/articles/new");
    await page.getByLabel("Depuis une adresse web").check();
    await page.getByLabel("Adresse de l’article (https://…)").fill(pageUrl);
    await page.getByRole("button", { name: "Importer" }).click();
    await page.waitForURL(ARTICLE_URL);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/La piscine rénovée/);
    await expect(page.getByText("Importé par adresse web")).toBeVisible();
    await expect(page.locator("main")).toContainText("Fin de l'article.");
    await expect(page.locator("main")).not.toContainText("Mentions légales");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test("refused files and requests save nothing and say why", async ({ page }) => {
    // The 20 MB file is written to disk and uploaded from there, and signing up now also signs
    // in: on a busy 2-core machine this test gets its own budget instead of racing the default.
    test.setTimeout(180_000);
    const email = await signUp(page);
    const cases: [string, string, Buffer, string][] = [
      ["vide.txt", "text/plain", Buffer.alloc(0), "aucun texte lisible"],
      ["programme.txt", "text/plain", Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff]), "contenu binaire"],
      ["script.txt", "text/plain", Buffer.from(`${PARAGRAPH}\n<script>alert(document.cookie)</script>`), "contient du code"],
      ["script.html", "text/html", Buffer.from("<html><body><script>alert(1)</script><script>fetch('/x')</script><img src=x onerror=alert(2)></body></html>"), "aucun texte lisible"],
      ["image.docx", "application/octet-stream", Buffer.from("ceci n'est pas un docx"), "Format non pris en charge"],
    ];
    for (const [name, type, buffer, message] of cases) {
      await chooseFile(page, name, type, buffer);
      await expect(importAlert(page)).toContainText(message);
      await expect(importAlert(page)).toContainText("Rien n’a été enregistré.");
      expect(page.url()).toMatch(/\/teacher\/articles\/new$/);
    }
    // 20 MB, from disk: the form refuses it before sending… Handing a big file to the browser
    // and streaming it to the server are slow on a loaded machine: each has its own budget.
    const temp = makeTempDir();
    try {
      const big = temp.writeFilled("enorme.txt", 20 * 1024 * 1024);
      await chooseFile(page, "enorme.txt", "text/plain", big, 60_000);
      await expect(importAlert(page)).toContainText("Le fichier dépasse 10 Mo.");
      // …and so does the server when the form is bypassed.
      const direct = await page.request.post("/api/teacher/articles", {
        headers: { origin: ORIGIN, accept: "application/json" },
        multipart: { mode: "file", file: fs.createReadStream(big) },
        timeout: 60_000,
      });
      expect(direct.status()).toBe(413);
      expect((await direct.json()).error.code).toBe("file_too_large");
    } finally {
      temp.remove();
    }
    // A cross-site post with the teacher's cookie is refused.
    const forged = await page.request.post("/api/teacher/articles", {
      headers: { origin: "http://evil.test", accept: "application/json" },
      multipart: { mode: "paste", text: PARAGRAPH },
    });
    expect(forged.status()).toBe(403);
    // Private addresses stay refused for the URL import only through the flag set for tests;
    // an invalid scheme is always refused.
    await page.goto("/teacher/articles/new");
    await page.getByLabel("Depuis une adresse web").check();
    await page.getByLabel("Adresse de l’article (https://…)").fill("file:///etc/passwd");
    await page.getByRole("button", { name: "Importer" }).click();
    await expect(importAlert(page)).toContainText("Adresse invalide");
    await expectNoAxeViolations(page);
    expect(await articleCount(email)).toBe(0);
  });

  test("signed-out import is refused with 401", async ({ request }) => {
    const res = await request.post("/api/teacher/articles", { headers: { origin: ORIGIN, accept: "application/json" }, multipart: { mode: "paste", text: PARAGRAPH } });
    expect(res.status()).toBe(401);
  });
});
