// Causes found by blind reading 54 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";

describe("reading 54: one figure of a list of figures by place", () => {
  const a = analyzeArticle("Les électeurs ont accepté le projet dimanche.", { language: "fr", title: "Votation" });
  it("does not blank a figure told apart from the others only by its place", () => {
    expect(unworthy(a as never, numberCloze(a, "Avec 61 % de oui à Bâle, 58 % en Argovie, 72 % dans le canton de Berne et 66 % au Tessin.", "58 %"))).toBe("blank is one item of a list");
    expect(unworthy(a as never, numberCloze(a, "Avec 61 % de oui à Bâle, 58 % en Argovie, 72 % dans le canton de Berne et 66 % au Tessin.", "66 %"))).toBe("blank is one item of a list");
    expect(unworthy(a as never, numberCloze(a, "Le projet a recueilli 58 % des suffrages dans l'ensemble du pays, un score inattendu.", "58 %"))).not.toBe("blank is one item of a list");
  });
});
