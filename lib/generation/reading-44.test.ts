// Causes found by blind reading 44 (18 unseen texts): a "how many" question that left its noun
// behind, a speaker keyed by his surname with no other form accepted, a quotation misquoted by a
// cut, an explanation that kept a dangling quotation mark.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { compressStatement, quotesIntact } from "./compress";
import { whQuestionTemplate } from "./types/wh-question";
import { attributionWindow } from "./types/quote";

describe("reading 44", () => {
  it("asks 'how many presumptive cases has …', the adjective with its noun", () => {
    const text = `The Centers for Disease Control and Prevention confirmed new cases of the virus in the United States on Friday.

Health officials in several states are investigating the cases. The state of Washington has announced two presumptive cases. California officials said the patients were in stable condition and isolated at home. The agency urged hospitals to prepare for more patients in the coming weeks.`;
    const prompts = whQuestionTemplate.generate(analyzeArticle(text, { language: "en", title: "CDC confirms new virus cases" })).map((c) => c.prompt);
    expect(prompts).toContain("According to the article, how many presumptive cases has the state of Washington announced?");
    for (const p of prompts) expect(p).not.toMatch(/how many presumptive has/);
  });

  it("reads 'Librarian of Congress James H. Billington' as James H. Billington, one person with 'Dr. Billington'", () => {
    const text = `In preparation for the Bicentennial year of the Library of Congress in 2000, Librarian of Congress James H. Billington has announced a series of appointments for the poetry program.

The Librarian has named the current Poet Laureate, Robert Pinsky, to serve a third term. The three Special Consultants are former Poet Laureate Rita Dove, Louise Glück, and W.S. Merwin.

"We want to create a once-in-a-century arrangement, not only to celebrate poetry during our 200th birthday, but also to support the Poetry Office," said Dr. Billington.`;
    const a = analyzeArticle(text, { language: "en", title: "" });
    expect(a.entities.some((e) => e.name === "James H. Billington")).toBe(true);
    expect(a.entities.some((e) => /Congress James/.test(e.name))).toBe(false);
    const billington = a.entities.find((e) => e.name === "James H. Billington")!;
    expect(billington.forms).toContain("Billington");
  });

  it("never shortens someone's words (« ne sera achevé que mardi dans la soirée »)", () => {
    const s = "Mikhaïl Okhendovski estime que le dépouillement « ne sera achevé que mardi dans la soirée ».";
    expect(compressStatement(s, "fr", 6, 2010)).toContain("« ne sera achevé que mardi dans la soirée »");
    expect(quotesIntact(s, "Il estime que le dépouillement « ne sera achevé que dans la soirée ».")).toBe(false);
    expect(quotesIntact(s, "Mikhaïl Okhendovski estime que le dépouillement « ne sera achevé que mardi dans la soirée ».")).toBe(true);
  });

  it("reopens a quotation whose opening the window cut, so the marks pair up (readings 44 and 69)", () => {
    const ev = `"Il s'agit d'œuvres qui ont été retrouvées au lendemain de la guerre en Allemagne dont on comprenait qu'elles venaient de France et qui ont été renvoyées en France. Pendant de longues années, il ne s'est pas passé grand chose. On était assez coincés dans notre recherche parce qu'on n'avait pas tous les éléments", explique David Zivie, responsable de la mission de recherche et de restitution des biens spoliés.`;
    const w = attributionWindow(ev, "David Zivie");
    expect(w).toMatch(/^"… /);
    expect((w.match(/"/g) ?? []).length).toBe(2);
    expect(w).toMatch(/éléments", explique David Zivie/);
  });
});
