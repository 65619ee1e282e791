// Entity questions offer choices of one type only: a river among people or a country among
// cities gives the answer away (teacher read of an unseen article, Baltimore bridge collapse).
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import type { FullAnalysis } from "../analysis/types";
import { gazCountry } from "./distractors/countries";
import { choiceKind } from "./entity-kinds";
import { TEMPLATES } from "./registry";
import type { Candidate } from "./template";
import { checkCandidate } from "./validate";

const EN = `Cargo ship strikes bridge in Portmouth

A cargo ship struck the Harbour Bridge in Portmouth on March 3, causing most of the span to collapse into the Calder River, officials said. The vessel was heading for Sri Lanka when it left the port with a crew of 22. Governor Helen Marsh declared a state of emergency the same morning. The safety board opened an inquiry. Its chair, Rajiv Menon, said the inquiry could take two years. President Oliver Grant promised federal money for the rebuilding. Boats on Lake Tern were stopped, and ash from Mount Arrow was not involved.`;

const FR = `Islande : une nouvelle éruption près de Grindavík

Une fissure de 4 kilomètres s'est ouverte le 18 décembre dans le sud-ouest de l'Islande, a annoncé l'institut météorologique. La Première ministre, Katrín Jakobsdóttir, s'est rendue le lendemain au centre de crise. Le géophysicien Magnús Guðmundsson a expliqué que la lave coulait vers le lac Kleifarvatn. L'éruption rappelle celle de 2010 qui avait bloqué le trafic aérien entre la Norvège et le Danemark pendant six jours.`;

const en = analyzeArticle(EN, { language: "en" });
const fr = analyzeArticle(FR, { language: "fr" });

function typeOf(a: FullAnalysis, name: string) {
  const e = a.entities.find((x) => x.name === name);
  return e ? `${e.type}${e.placeKind ? `:${e.placeKind}` : ""}` : undefined;
}

function entityChoices(a: FullAnalysis): Candidate[] {
  return TEMPLATES.find((t) => t.name === "entity-choice")!.generate(a).filter((c) => checkCandidate(c, a) === null);
}

function mcq(a: FullAnalysis, sentence: number, answer: string, choices: string[], slot: string): Candidate {
  const s = a.sentences[sentence];
  const blanked = s.text.replace(answer.replace(/^l'/, "l’"), "_____").replace(answer, "_____");
  return {
    kind: "multiple_choice", category: "comprehension", source: "article", prompt: `“${blanked}”`, choices, answer,
    evidence: { text: s.text, start: s.start, end: s.end }, explanation: "…", difficulty: 1, score: 1, sentenceIndex: sentence,
    template: "entity-choice", meta: { slot, fact: "test" },
  };
}

describe("entity types (English)", () => {
  it("types rivers, lakes and mountains as places, and KB countries as countries", () => {
    expect(typeOf(en, "Calder River")).toBe("place:water");
    expect(typeOf(en, "Lake Tern")).toBe("place:water");
    expect(typeOf(en, "Mount Arrow")).toBe("place:mountain");
    expect(typeOf(en, "Sri Lanka")).toBe("place:country");
  });

  it("types other landforms (a crater, a canyon, « le désert du … ») as places, never as people", () => {
    const a = analyzeArticle("Rover lands on Mars\n\nThe rover landed inside Gale Crater on Sunday, said Charles Bolden. A second team studied Hells Canyon and the Namib Desert last year.", { language: "en" });
    expect(typeOf(a, "Gale Crater")).toBe("place:mountain");
    expect(typeOf(a, "Hells Canyon")).toBe("place:mountain");
    expect(typeOf(a, "Namib Desert")).toBe("place:mountain");
    expect(typeOf(a, "Charles Bolden")).toBe("person");
  });

  it("types a name after President, Governor or 'Its chair,' as a person", () => {
    expect(typeOf(en, "Oliver Grant")).toBe("person");
    expect(typeOf(en, "Helen Marsh")).toBe("person");
    expect(typeOf(en, "Rajiv Menon")).toBe("person");
  });
});

describe("entity-choice offers one type only", () => {
  it("English: people among people, a country among KB countries, no river question without other rivers", () => {
    const qs = entityChoices(en);
    const country = qs.find((q) => q.answer === "Sri Lanka")!;
    expect(country).toBeDefined();
    for (const c of country.choices!) expect(gazCountry(c), c).toBeDefined();
    const people = qs.find((q) => q.answer === "Rajiv Menon")!;
    expect(people).toBeDefined();
    expect(people.choices!.slice().sort()).toEqual(["Helen Marsh", "Oliver Grant", "Rajiv Menon"]);
    // Only one other body of water in the article: too few for four choices, so no question.
    expect(qs.find((q) => q.answer === "Calder River")).toBeUndefined();
    for (const q of qs) {
      const kinds = new Set(q.choices!.map((c) => choiceKind(en, c)));
      expect([...kinds], q.prompt).toHaveLength(1);
    }
  });

  it("French: 'l'Islande' among countries with their article, never among people", () => {
    expect(typeOf(fr, "Islande")).toBe("place:country");
    expect(typeOf(fr, "Katrín Jakobsdóttir")).toBe("person");
    expect(typeOf(fr, "Kleifarvatn")).toBe("place:water");
    const qs = entityChoices(fr);
    const q = qs.find((x) => x.answer === "l'Islande")!;
    expect(q).toBeDefined();
    for (const c of q.choices!) {
      expect(c).toMatch(/^(?:le |la |les |l')/);
      expect(gazCountry(c.replace(/^(?:le |la |les |l')/, "")), c).toBeDefined();
    }
    for (const x of qs) expect(new Set(x.choices!.map((c) => choiceKind(fr, c))).size, x.prompt).toBe(1);
  });
});

describe("validator: a mixed-type entity question never passes", () => {
  it("English: a river and a country among people", () => {
    const ok = mcq(en, 5, "Rajiv Menon", ["Helen Marsh", "Rajiv Menon", "Oliver Grant"], "person");
    expect(checkCandidate(ok, en)).toBeNull();
    const bad = mcq(en, 5, "Rajiv Menon", ["Calder River", "Rajiv Menon", "Sri Lanka", "Helen Marsh"], "person");
    expect(checkCandidate(bad, en)).toMatch(/another type/);
    const river = mcq(en, 1, "Calder River", ["Oliver Grant", "Sri Lanka", "Helen Marsh", "Calder River"], "place");
    expect(checkCandidate(river, en)).toMatch(/another type/);
    // A city among countries is mixed too (same coarse type, different fine type).
    const city = mcq(en, 2, "Sri Lanka", ["Sri Lanka", "India", "Portmouth", "Nepal"], "place");
    expect(checkCandidate(city, en)).toMatch(/another type/);
  });

  it("French: a person among countries", () => {
    const bad = mcq(fr, 1, "l'Islande", ["l'Islande", "Katrín Jakobsdóttir", "la Norvège", "le Danemark"], "place");
    expect(checkCandidate(bad, fr)).toMatch(/another type/);
    const ok = mcq(fr, 1, "l'Islande", ["l'Islande", "la Suède", "la Norvège", "le Danemark"], "place");
    expect(checkCandidate(ok, fr)).toBeNull();
  });
});

describe("regions of the world", () => {
  it("offers regions beside a region, never cities (reading 20: Tehran and Buenos Aires beside Southeast Asia)", () => {
    const text = `The Red List says more than eleven thousand kinds of plants and animals face extinction. Experts say the destruction of forests is the biggest cause of species loss. Freshwater turtles are in danger because they are hunted in great numbers. The turtles are used in Southeast Asia for food and medicines. Tehran and Buenos Aires hosted meetings of the group last year. The group says human activity has already forced hundreds of species to disappear.`;
    const a = analyzeArticle(text, { language: "en", title: "Red List grows" });
    expect(choiceKind(a, "Southeast Asia")).toBe("place:region");
    expect(choiceKind(a, "Asie du Sud-Est")).toBe("place:region");
    const qs = TEMPLATES.flatMap((t) => t.generate(a)).filter((c) => c.answer === "Southeast Asia" && c.choices);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      for (const c of q.choices!) expect(choiceKind(a, c)).toBe("place:region");
      expect(checkCandidate(q, a)).toBeNull();
    }
  });
});
