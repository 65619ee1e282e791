// Causes found by blind reading 115 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numericDistractors } from "./distractors/numbers";
import { titleRoundsKey } from "./count-cues";
import { generateQuiz } from "./generate";
import { rngFor } from "./random";
import { applyTypography, doubledApostropheQuotes, quoteExcerpt } from "./typography";

describe("reading 115", () => {
  it("reads ''…'' as quotation marks, not as apostrophes to copy", () => {
    expect(doubledApostropheQuotes("''We will do all we can,'' he said.")).toBe("\"We will do all we can,\" he said.");
    expect(doubledApostropheQuotes("''I don't know,'' she said.")).toBe("\"I don't know,\" she said.");
    expect(doubledApostropheQuotes("le Département ''atteintes aux biens'' du service")).toBe("le Département \"atteintes aux biens\" du service");
    // A time in minutes and seconds keeps its marks.
    expect(doubledApostropheQuotes("son record de France (1'53''17) et")).toBe("son record de France (1'53''17) et");
    expect(quoteExcerpt("''We will mitigate the closure'' on the 362 employees", "en")).toBe("“‘We will mitigate the closure’ on the 362 employees”");
    expect(applyTypography("Il a dit ''non''.", "fr")).toBe("Il a dit \"non\".");
  });

  it("shows no doubled apostrophe in a question built on such a quotation", () => {
    const title = "Brewer to close plant in Leeds";
    const text = `The brewer Kirkstall Ales said Tuesday it will close its plant in Leeds by early 2010 because it makes more beer than it can sell. ''We will, of course, do all we can to mitigate the effects of the closure'' on the 362 employees of the plant, chief executive Stephen Glancey said in a statement. The plant opened in 1979 and produces about 1.2 million barrels a year. The union Unite said it would fight the closure and meet the company next week. The brewer had already closed a plant in Manchester in 2004. Shares in the company rose in London trading after the announcement. The company said its other four plants would take over the production of the beers made in Leeds.`;
    const qs = generateQuiz({ text, title, date: "2008-02-12", count: 20 }).questions;
    expect(qs.some((q) => q.prompt.includes("the _____ employees"))).toBe(true);
    for (const q of qs) {
      expect(q.prompt).not.toMatch(/''|’’/u);
      for (const c of q.choices ?? []) expect(c).not.toMatch(/''|’’/u);
      expect(q.explanation).not.toMatch(/''|’’/u);
    }
    // The evidence stays the article's exact text.
    for (const q of qs) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
  });

  // Reading 113's edit, left then: "the displayed key is the bare surname 'Toole'".
  it("keys 'who said' with the full name written one sentence before, the evidence starting there", () => {
    const text = `A bright mural painted on the facade of the Lithgow library has split the town, with some residents calling it an eyesore. The council commissioned the work from local artist Jenny Walsh last year for 40,000 dollars.

Regional Transport Minister Paul Toole defended the mural on Friday at the reopening of the library. "There will always be people who will say they like it, and people who will say they do not enjoy the look of it, but that's art," Mr Toole said.

The library will hold an exhibition of the artist's sketches in May. Residents can give their views on the mural at the council until the end of the month.`;
    const qs = generateQuiz({ text, title: "Lithgow library mural divides the town", date: "2023-03-10", count: 20 }).questions;
    const q = qs.find((x) => x.prompt.startsWith("What is the name of the person who said"));
    expect(q?.answer).toBe("Paul Toole");
    expect(q?.accepted).toContain("Toole");
    expect(q?.evidence.text.startsWith("Regional Transport Minister Paul Toole defended")).toBe(true);
    expect(text.slice(q!.evidence.start, q!.evidence.end)).toBe(q!.evidence.text);
    expect(q?.explanation.startsWith("Paul Toole said it.")).toBe(true);
  });

  it("keeps the surname alone when someone else is named between the full name and the quotation", () => {
    const text = `A bright mural painted on the facade of the Lithgow library has split the town, with some residents calling it an eyesore. The council commissioned the work from local artist Jenny Walsh last year for 40,000 dollars.

Regional Transport Minister Paul Toole defended the mural on Friday at the reopening of the library with mayor Maree Statham. "There will always be people who will say they like it, and people who will say they do not enjoy the look of it, but that's art," Mr Toole said.

The library will hold an exhibition of the artist's sketches in May. Residents can give their views on the mural at the council until the end of the month.`;
    const q = generateQuiz({ text, title: "Lithgow library mural divides the town", date: "2023-03-10", count: 20 }).questions
      .find((x) => x.prompt.includes("that's art"));
    expect(q?.kind).toBe("short_answer");
    expect(q?.answer).toBe("Toole");
  });

  // Reading 111's edit ("'67' is not a judo weight category"; reading 81: 39, 49 and 54 kg).
  it("offers judo weight categories beside a judo category, and only in a judo story", () => {
    const options = (text: string, numeral: string) => {
      const a = analyzeArticle(text, { language: "fr", title: "Judo : un cinquième titre mondial pour Clarisse Agbegnenou" });
      const m = a.numbers.find((x) => a.text.slice(x.numStart, x.numEnd) === numeral)!;
      return numericDistractors(a, m, rngFor(5, "t"), 3).map((x) => Number(x.replace(/\D/g, "")));
    };
    const judo = `La Française Clarisse Agbegnenou a remporté dimanche à Bakou son cinquième titre de championne du monde de judo. En finale des moins de 63 kg, elle a battu la Slovène Tina Trstenjak, championne olympique en 2016, après plus de six minutes de combat. Agbegnenou, âgée de 26 ans, devient la judokate française la plus titrée de l'histoire des championnats du monde. L'équipe de France compte désormais quatre médailles depuis le début de la compétition, qui se poursuit jusqu'au 1er septembre. Le sélectionneur Larbi Benboudaoud a salué « une performance exceptionnelle ». Les Bleus visent au moins huit médailles dans ces championnats, avant les Jeux olympiques de Tokyo qui auront lieu l'été prochain. La prochaine étape pour Agbegnenou sera le Grand Chelem de Paris, en février.`;
    const d = options(judo, "63");
    expect(d).toHaveLength(3);
    for (const v of d) expect([48, 52, 57, 70, 78]).toContain(v);
    // The same figure in a weightlifting story keeps the general options.
    const lifting = judo.replace(/judo/giu, "haltérophilie").replace("judokate", "haltérophile");
    expect(options(lifting, "63").some((v) => ![48, 52, 57, 70, 78].includes(v))).toBe(true);
  });

  // Reading 112's edit: "the title says '6 tonnes', so 6 386 is the only choice between 6 and 7 tonnes".
  it("asks no figure the headline gives rounded in the larger unit (6 tonnes over 6 386 kg)", () => {
    const title = "Marine nationale : plus de 6 tonnes de cocaïne saisies au large de la Guyane";
    const text = `Le patrouilleur Combattante de la Marine nationale a intercepté jeudi, au large de la Guyane, un navire de pêche qui transportait de la cocaïne. À bord du navire, les forces françaises ont découvert et saisi une cargaison de 6 386 kg de cocaïne, d'une valeur estimée à 371 millions d'euros. L'opération a été menée avec l'appui d'un avion de patrouille maritime. Les six membres d'équipage ont été remis aux autorités judiciaires. Il s'agit de la plus importante saisie réalisée par la Marine dans la zone depuis le début de l'année. Le parquet de Cayenne a ouvert une enquête. Les autorités estiment que la drogue était destinée au marché européen.`;
    const qs = generateQuiz({ text, title, date: "2025-03-14", count: 20 }).questions;
    expect(qs.some((q) => q.prompt.includes("une cargaison de _____ kg"))).toBe(false);
    expect(qs.some((q) => q.prompt.includes("estimée à _____ d’euros"))).toBe(true);
    expect(titleRoundsKey(title, "6 386", "fr")).toBe(true);
    // A figure in the unit itself, a decimal of the larger one, or no unit at all: not this rule.
    expect(titleRoundsKey("Marine nationale : 1,5 tonne de cocaïne saisie", "5 200", "fr")).toBe(false);
    expect(titleRoundsKey("Saisie record de cocaïne au large de la Guyane", "6 386", "fr")).toBe(false);
    expect(titleRoundsKey("3 morts dans un accident de la route", "3 500", "fr")).toBe(false);
  });
});
