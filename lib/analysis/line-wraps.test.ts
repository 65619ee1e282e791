import { describe, expect, it } from "vitest";
import { unwrapLines } from "./line-wraps";
import { segmentSentences } from "./sentences";

const WRAPPED = [
  "Le conseil municipal a voté mardi soir un budget de douze millions",
  "d'euros pour la nouvelle piscine, dont les travaux commenceront en",
  "mars. Le maire, Jean Dupont, s'est dit satisfait du vote et a promis",
  "une ouverture avant l'été 2026.",
].join("\n");

describe("unwrapLines", () => {
  it("joins the lines of a hard-wrapped paragraph and keeps the text's length", () => {
    const out = unwrapLines(WRAPPED);
    expect(out.length).toBe(WRAPPED.length);
    expect(out).not.toContain("\n");
    const sentences = segmentSentences(out, "fr");
    expect(sentences.map((s) => s.text)).toEqual([
      "Le conseil municipal a voté mardi soir un budget de douze millions d'euros pour la nouvelle piscine, dont les travaux commenceront en mars.",
      "Le maire, Jean Dupont, s'est dit satisfait du vote et a promis une ouverture avant l'été 2026.",
    ]);
    expect(sentences.some((s) => s.isHeading)).toBe(false);
  });

  it("joins a full-width line before a capitalised word, not a short heading", () => {
    const text = [
      "Les travaux",
      "The rover touched down on Sunday after a long flight, said NASA",
      "Administrator Charles Bolden, who called the landing an amazing",
      "achievement for the whole team of engineers.",
    ].join("\n");
    const out = unwrapLines(text);
    expect(out.split("\n")).toEqual([
      "Les travaux",
      "The rover touched down on Sunday after a long flight, said NASA Administrator Charles Bolden, who called the landing an amazing achievement for the whole team of engineers.",
    ]);
  });

  it("keeps a paragraph's end (a short line after a full stop) and list items on their own lines", () => {
    const text = [
      "The council voted a budget of twelve million euros for the new pool",
      "after a long debate.",
      "Work starts in March and should last two years, the mayor said on",
      "Tuesday; the measures include:",
      "- a new roof",
      "- heated changing rooms",
    ].join("\n");
    expect(unwrapLines(text).split("\n")).toEqual([
      "The council voted a budget of twelve million euros for the new pool after a long debate.",
      "Work starts in March and should last two years, the mayor said on Tuesday; the measures include:",
      "- a new roof",
      "- heated changing rooms",
    ]);
  });

  it("leaves alone text whose lines are paragraphs or headings, and blank-line paragraphs", () => {
    const pasted = [
      "Grève à Marseille",
      "Les éboueurs de Marseille sont en grève depuis lundi pour protester contre la réorganisation des tournées décidée par la métropole, qui supprime quarante postes.",
      "La métropole assure que la collecte reprendra dès jeudi dans les quartiers nord, où les déchets s'accumulent depuis trois jours.",
    ].join("\n");
    expect(unwrapLines(pasted)).toBe(pasted);
    const lines = "Titre court\nSous-titre\nAutre ligne";
    expect(unwrapLines(lines)).toBe(lines);
    const twoParagraphs = `${WRAPPED}\n\n${WRAPPED}`;
    expect(unwrapLines(twoParagraphs).split("\n\n")).toEqual([unwrapLines(WRAPPED), unwrapLines(WRAPPED)]);
  });

  it("measures the printed width on the median line, so one long pasted line does not hide the wrapping", () => {
    const text = [
      "NASA's newest rover has landed on Mars after a flight of thirty-six weeks, and engineers in Pasadena cheered as the first images arrived. The spacecraft that carried it",
      "succeeded in every step of the most complex landing ever attempted on",
      "Mars, including the final release of its parachute and rocket stage.",
    ].join("\n");
    expect(unwrapLines(text)).not.toContain("\n");
  });

  it("treats a Windows line end like a Unix one", () => {
    const crlf = WRAPPED.replace(/\n/g, "\r\n");
    const out = unwrapLines(crlf);
    expect(out.length).toBe(crlf.length);
    expect(out).not.toMatch(/[\r\n]/);
  });
});
