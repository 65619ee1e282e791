// The start of an imported article: title repeats and date / byline lines are dropped, the
// article's own sentences (even those that begin with a date) are kept.
import { describe, expect, it } from "vitest";
import { isDateOrBylineLine, stripArticleStart } from "@/lib/server/import/article-start";

describe("isDateOrBylineLine", () => {
  it.each([
    "Publié le 3 janvier 2022 à 10h32",
    "Mis à jour le 04/01/2022 à 08:15",
    "3 janvier 2022",
    "Lundi 3 janvier 2022, 10 h 32",
    "2022-01-03",
    "Par Jeanne Martin",
    "Par Jeanne Martin et Paul Durand (AFP)",
    "By Jane Doe, Reuters",
    "January 5, 2022 at 10:32 am",
    "Published: Jan. 5, 2022",
  ])("drops %j", (line) => expect(isDateOrBylineLine(line)).toBe(true));

  it.each([
    "Le 2 janvier 2022, les premiers rassemblements ont eu lieu à Janaozen.",
    "Le conseil municipal a voté un budget de 12 millions d'euros le 3 janvier 2022.",
    "Paris, 3 janvier 2022 — Le gouvernement a démissionné ce matin après une semaine de troubles.",
    "Parmi les habitants, beaucoup attendaient cette décision depuis longtemps.",
    "By the end of 2021, prices had doubled.",
    "",
    `Publié ${"très ".repeat(50)}longtemps`,
  ])("keeps %j", (line) => expect(isDateOrBylineLine(line)).toBe(false));
});

describe("stripArticleStart", () => {
  const body = "Le conseil a voté 12 millions d'euros.\n\nLes travaux commencent en mars.";

  it("drops a repeated title, whatever its case and punctuation", () => {
    expect(stripArticleStart(`Le budget voté !\n\n${body}`, "Le Budget voté")).toBe(body);
  });

  it("drops a date line and a byline after the title", () => {
    expect(stripArticleStart(`Le budget voté\n\nPar Jeanne Martin\n\nPublié le 3 janvier 2022 à 10h32\n\n${body}`, "Le budget voté")).toBe(body);
  });

  it("keeps an article that starts with its text, and never empties it", () => {
    expect(stripArticleStart(body, "Le budget voté")).toBe(body);
    expect(stripArticleStart("Le budget voté", "Le budget voté")).toBe("Le budget voté");
    expect(stripArticleStart(`3 janvier 2022\n\n${body}`, null)).toBe(body);
  });
});
