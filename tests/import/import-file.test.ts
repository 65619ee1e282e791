import { describe, expect, it } from "vitest";
import { importFile } from "@/lib/server/import/import-file";
import { ImportError } from "@/lib/server/import/import-error";
import { htmlToText } from "@/lib/server/import/from-html";
import { markdownToText } from "@/lib/server/import/from-markdown";
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from "@/lib/server/import/limits";
import { ARTICLE_FR, enc, makeDocx, makePdf } from "./fixtures";

async function importCode(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await importFile(name, bytes);
    return "ok";
  } catch (e) {
    if (e instanceof ImportError) return e.code;
    throw e;
  }
}

describe("file import", () => {
  it("reads .txt in UTF-8 (with BOM) and Windows-1252, keeping paragraphs", async () => {
    const r = await importFile("article.txt", enc("\ufeff" + ARTICLE_FR.replace(/\n/g, "\r\n")));
    expect(r.text).toBe(ARTICLE_FR);
    expect(r.title).toMatch(/^Le conseil municipal/);
    const latin1 = new Uint8Array(Buffer.from("Élections à Besançon : le maire réélu.", "latin1"));
    expect((await importFile("a.txt", latin1)).text).toBe("Élections à Besançon : le maire réélu.");
  });

  it("reduces Markdown to text", async () => {
    expect(markdownToText("# Titre\n\nUn **mot** et un [lien](https://x.test) ![image](i.png).\n\n```js\nalert(1)\n```")).toBe("Titre\n\nUn mot et un lien image.\n");
    const r = await importFile("a.md", enc("## Le budget\n\n" + ARTICLE_FR));
    expect(r.text.startsWith("Le budget\n\nLe conseil")).toBe(true);
  });

  it("reduces HTML to paragraphs with a parser, dropping scripts, styles and handlers", async () => {
    const html = `<html><head><title>Piscine</title><script>window.__xss=1</script><style>p{}</style></head><body>
      <p>Premier &amp; <b>paragraphe</b>.</p><img src=x onerror="alert(1)"><div>Second<br>ligne</div>
      <svg><script>alert(2)</script><text>svgtext</text></svg><iframe src="javascript:alert(3)"></iframe></body></html>`;
    expect(htmlToText(html)).toBe("Premier & paragraphe.\n\nSecond\n\nligne");
    const r = await importFile("page.html", enc(html));
    expect(r.title).toBe("Piscine");
    expect(r.text).not.toMatch(/alert|__xss|svgtext/);
  });

  it("uses Readability to keep the main article of a saved web page", async () => {
    const para = (s: string) => `<p>${s} ${"Les habitants ont longuement débattu du projet lors de la réunion publique. ".repeat(3)}</p>`;
    const html = `<html lang="fr"><head><title>La piscine rénovée | Le Journal</title></head><body><nav><a href="/">Accueil</a><a href="/sport">Sport</a></nav>
      <article><h1>La piscine rénovée</h1>${para("Premier point.")}${para("Deuxième point.")}${para("Troisième point.")}</article>
      <footer>Mentions légales et cookies</footer></body></html>`;
    const r = await importFile("page.htm", enc(html));
    expect(r.text).toContain("Premier point.");
    expect(r.text).not.toContain("Mentions légales");
    expect(r.text).not.toContain("Accueil");
    expect(r.lang).toBe("fr");
  });

  it("reads .docx paragraphs with mammoth", async () => {
    const r = await importFile("article.docx", await makeDocx(["Le budget voté", "Le conseil a voté 12 millions d'euros."]));
    expect(r.text).toBe("Le conseil a voté 12 millions d'euros.");
    expect(r.title).toBe("Le budget voté");
  });

  it("does not repeat a .docx title, nor keep its date line, as the first paragraphs", async () => {
    const r = await importFile("article.docx", await makeDocx(["Le budget voté", "Publié le 3 janvier 2022 à 10h32", "Le 3 janvier 2022, le conseil a voté 12 millions d'euros.", "Les travaux commencent en mars."]));
    expect(r.title).toBe("Le budget voté");
    expect(r.text).toBe("Le 3 janvier 2022, le conseil a voté 12 millions d'euros.\n\nLes travaux commencent en mars.");
  });

  it("drops the date and byline lines at the top of a web page's article", async () => {
    const para = (s: string) => `<p>${s} ${"Les habitants ont longuement débattu du projet lors de la réunion publique. ".repeat(3)}</p>`;
    const html = `<html lang="fr"><head><title>La piscine rénovée</title></head><body><article><h1>La piscine rénovée</h1>
      <p class="date">Publié le 3 janvier 2022 à 10h32</p><p class="byline">Par Jeanne Martin</p>${para("Premier point.")}${para("Deuxième point.")}</article></body></html>`;
    const r = await importFile("page.html", enc(html));
    expect(r.text.startsWith("Premier point.")).toBe(true);
    expect(r.text).not.toContain("Publié le");
    expect(r.text).not.toContain("Jeanne Martin");
  });

  it("reads .pdf text with unpdf", async () => {
    const r = await importFile("article.pdf", makePdf(["Le conseil a vote un budget.", "Les travaux commencent en mars."]));
    expect(r.text).toContain("Le conseil a vote un budget.");
    expect(r.text).toContain("Les travaux commencent en mars.");
  });

  it("joins the printed lines of a .pdf paragraph, keeping its paragraphs apart", async () => {
    const r = await importFile("article.pdf", makePdf([
      "Le conseil municipal a voté mardi soir un budget de douze millions",
      "d'euros pour la nouvelle piscine, dont les travaux commenceront en",
      "mars.",
      "Le maire s'est dit satisfait du vote et a promis une ouverture",
      "avant l'été.",
    ]));
    expect(r.text).toBe("Le conseil municipal a voté mardi soir un budget de douze millions d'euros pour la nouvelle piscine, dont les travaux commenceront en mars.\nLe maire s'est dit satisfait du vote et a promis une ouverture avant l'été.");
  });

  it("refuses empty, binary, oversize, script-laden, mislabelled and unknown files", async () => {
    expect(await importCode("a.txt", new Uint8Array())).toBe("empty");
    expect(await importCode("a.txt", enc("   \n\n  \t "))).toBe("empty");
    expect(await importCode("a.txt", new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]))).toBe("binary");
    expect(await importCode("a.txt", await makeDocx(["zip in disguise"]))).toBe("binary");
    expect(await importCode("a.docx", enc("not a zip at all"))).toBe("unsupported_type");
    expect(await importCode("a.pdf", enc("not a pdf"))).toBe("corrupt_file");
    expect(await importCode("a.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("corrupt_file");
    expect(await importCode("a.exe", enc("text"))).toBe("unsupported_type");
    expect(await importCode("a.txt", new Uint8Array(MAX_FILE_BYTES + 1).fill(65))).toBe("file_too_large");
    expect(await importCode("a.txt", enc("mot ".repeat(MAX_TEXT_CHARS / 4 + 10)))).toBe("text_too_long");
    expect(await importCode("a.txt", enc("Bonjour <script>alert(1)</script>"))).toBe("script_content");
    expect(await importCode("a.md", enc("[clic](javascript:alert(1))\n\n<script>alert(1)</script>"))).toBe("script_content");
    expect(await importCode("a.html", enc("<html><body><script>alert(1)</script><img src=x onerror=alert(2)></body></html>"))).toBe("empty");
  });
});
