import { describe, expect, it } from "vitest";
import type { ArticleAnalysis, Sentence } from "../../../analysis/types";
import type { Candidate } from "../../template";
import {
  capitalAt, currencyAt, getCountry, getOrganisation, membershipStatusAt, sharesBorder, SUBREGIONS,
} from "../../knowledge";
import { contextTemplate } from "./index";

/** Minimal sentence splitter for hand-written test texts (one sentence ends with . ? or !). */
function analyse(text: string, title: string, language: "fr" | "en", date: string): ArticleAnalysis {
  const sentences: Sentence[] = [];
  const re = /[^.!?]+[.!?]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    sentences.push({ index: sentences.length, text: text.slice(start, end), start, end });
  }
  return { text, title, language, referenceDate: new Date(`${date}T00:00:00Z`), sentences } as ArticleAnalysis;
}

const FR_TEXT =
  "Le président du Kazakhstan a demandé l’aide de l’Organisation du traité de sécurité collective (OTSC) le 5 janvier. " +
  "Des émeutes ont éclaté à Almaty après une hausse du prix du carburant. " +
  "Quelque 2 030 militaires de l’OTSC, dont des soldats venus de Russie, ont été déployés au Kazakhstan. " +
  "Le contingent doit repartir dans les prochains jours.";

const EN_TEXT =
  "Kazakhstan's president asked the Collective Security Treaty Organization (CSTO) for help on 5 January. " +
  "Riots broke out in Almaty after a rise in fuel prices. " +
  "Some 2,030 CSTO troops, including soldiers from Russia, were deployed to Kazakhstan. " +
  "The contingent is due to leave within days.";

const fr = analyse(FR_TEXT, "Kazakhstan : l’OTSC envoie des troupes", "fr", "2022-01-10");
const en = analyse(EN_TEXT, "Kazakhstan: CSTO sends troops", "en", "2022-01-10");

function byTemplate(cs: Candidate[], t: string): Candidate[] {
  return cs.filter((c) => c.template === t);
}

function checkContract(a: ArticleAnalysis, cs: Candidate[]) {
  expect(cs.length).toBeGreaterThan(5);
  for (const c of cs) {
    expect(c.category).toBe("current_affairs");
    expect(c.source).toBe("knowledge");
    expect(["multiple_choice", "true_false"]).toContain(c.kind);
    expect(a.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(a.sentences[c.sentenceIndex].start).toBe(c.evidence.start);
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
    expect(c.validity).toBeDefined();
    expect(c.explanation.length).toBeGreaterThan(10);
    const choices = c.choices!;
    expect(choices.filter((x) => x === c.answer)).toHaveLength(1);
    expect(new Set(choices.map((x) => x.toLowerCase())).size).toBe(choices.length);
    if (c.kind === "multiple_choice") {
      expect(choices.length).toBeGreaterThanOrEqual(3);
      expect(choices.length).toBeLessThanOrEqual(5);
      expect(c.prompt.toLowerCase()).not.toContain(String(c.answer).toLowerCase());
    } else {
      expect(choices).toHaveLength(2);
    }
  }
}

describe("context template, French article", () => {
  const cs = contextTemplate.generate(fr);

  it("has the template name and honours the contract", () => {
    expect(contextTemplate.name).toBe("context");
    checkContract(fr, cs);
  });

  it("uses French typography: narrow no-break space before ? and :", () => {
    for (const c of cs) {
      expect(c.prompt).not.toMatch(/ [?!:;]/);
      expect(c.prompt).toMatch(/\u202F[?:]/);
    }
  });

  it("asks the capital at the article date, with the date in the prompt", () => {
    const [q] = byTemplate(cs, "kb.capital-dated");
    expect(q.prompt).toBe("En janvier 2022, quelle était la capitale du Kazakhstan\u202F?");
    expect(q.answer).toBe("Nur-Sultan");
    expect(q.validity).toEqual({ from: "2019-03-20", to: "2022-09-17" });
    // Distractors are capitals of other countries, never a name Kazakhstan's capital ever had.
    for (const d of q.choices!.filter((x) => x !== q.answer)) {
      expect(["Astana", "Almaty", "Akmola", "Noursoultan"]).not.toContain(d);
      expect(capitalAt("KZ", "2022-01-10", "fr")!.name).not.toBe(d);
    }
    // The evidence is the sentence that names Kazakhstan first.
    expect(q.evidence.text).toMatch(/^Le président du Kazakhstan/);
    expect(q.sentenceIndex).toBe(0);
  });

  it("asks today's capital separately, and a true/false on the trap", () => {
    const [today] = byTemplate(cs, "kb.capital-today");
    expect(today.prompt).toBe("Quelle est aujourd’hui la capitale du Kazakhstan\u202F?");
    expect(today.answer).toBe("Astana");
    expect(today.validity).toEqual({ from: "2022-09-17", to: null });
    const [tf] = byTemplate(cs, "kb.capital-tf");
    expect(tf.prompt).toContain("en janvier 2022");
    expect(tf.prompt).toContain("Astana");
    expect(tf.answer).toBe("Faux");
    expect(tf.choices).toEqual(["Vrai", "Faux"]);
  });

  it("asks the subregion (Kazakhstan is transcontinental: no continent question)", () => {
    const [q] = byTemplate(cs, "kb.region");
    expect(q.prompt).toBe("Dans quelle région du monde se trouve le Kazakhstan\u202F?");
    expect(q.answer).toBe(SUBREGIONS["central-asia"].fr);
    expect(byTemplate(cs, "kb.continent").filter((c) => c.prompt.includes("Kazakhstan"))).toHaveLength(0);
  });

  it("offers only non-bordering countries as wrong neighbours", () => {
    const [q] = byTemplate(cs, "kb.neighbour").filter((c) => c.prompt.includes("Kazakhstan"));
    expect(q.prompt).toBe("Lequel de ces pays partage une frontière terrestre avec le Kazakhstan\u202F?");
    const byName = (n: string) => [...new Set(["KZ", "RU", "CN", "KG", "UZ", "TM", "TJ", "MN", "AF", "IR", "AZ", "IN", "PK", "GE", "AM", "TR", "UA", "BY", "MD", "PL"])]
      .map((c) => getCountry(c)!).find((c) => c.name.fr === n);
    expect(sharesBorder("KZ", byName(q.answer as string)!)).toBe(true);
    for (const d of q.choices!.filter((x) => x !== q.answer)) {
      const c = byName(d);
      if (c) expect(sharesBorder("KZ", c)).toBe(false);
    }
  });

  it("asks the currency without giving the country away", () => {
    const [q] = byTemplate(cs, "kb.currency").filter((c) => c.prompt.includes("Kazakhstan"));
    expect(q.prompt).toBe("Quelle est la monnaie du Kazakhstan\u202F?");
    expect(q.answer).toBe("tenge");
    expect(currencyAt("KZ", "2022-01-10")!.fr).toBe("tenge");
  });

  it("expands the acronym in French", () => {
    const [q] = byTemplate(cs, "kb.acronym");
    expect(q.prompt).toBe("Que signifie le sigle OTSC\u202F?");
    expect(q.answer).toBe("Organisation du traité de sécurité collective");
    expect(q.evidence.text).toContain("OTSC");
  });

  it("asks CSTO membership at the article date with non-members as distractors", () => {
    const [q] = byTemplate(cs, "kb.membership");
    expect(q.prompt).toBe("En janvier 2022, lequel de ces pays était membre de l’OTSC\u202F?");
    const csto = getOrganisation("csto")!;
    const code = (name: string) => [...["RU", "BY", "AM", "KZ", "KG", "TJ", "UZ", "AZ", "GE", "TM", "MN", "AF", "UA", "CN", "IR", "TR", "MD"]]
      .find((c) => getCountry(c)!.name.fr === name)!;
    expect(membershipStatusAt(csto, code(q.answer as string), "2022-01-10")).toBe("member");
    for (const d of q.choices!.filter((x) => x !== q.answer)) {
      expect(membershipStatusAt(csto, code(d), "2022-01-10")).toBe("non-member");
    }
    expect(q.explanation).toContain("Ouzbékistan");
    const [tf] = byTemplate(cs, "kb.membership-tf");
    expect(tf.prompt).toBe("Vrai ou faux\u202F: en janvier 2022, l’Ouzbékistan était membre de l’OTSC.");
    expect(tf.answer).toBe("Faux");
    expect(tf.validity).toEqual({ from: "2012-06-28", to: null });
  });

  it("asks no dated fact of an undated article read today (reading 15: « En juin 2022 » under a 2005 release)", () => {
    const undated = { ...fr, referenceDateGiven: false, dates: [] } as ArticleAnalysis;
    expect(byTemplate(contextTemplate.generate(undated), "kb.membership")).toEqual([]);
    // A year the text states anchors it again.
    const anchored = { ...undated, dates: [{ hasYear: true }] } as unknown as ArticleAnalysis;
    expect(byTemplate(contextTemplate.generate(anchored), "kb.membership").length).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    expect(contextTemplate.generate(fr)).toEqual(cs);
  });

  it("keys membership on no reader's own country, nor on a member the article does not name (readings 15 and 22)", () => {
    const g20 = analyse("La France accueille le sommet du G20 à Cannes les 3 et 4 novembre 2011. Le président français reçoit les chefs d'État des pays membres du G20. Les préfectures ont préparé la sécurité des délégations pendant six mois.",
      "La France accueille le G20 à Cannes", "fr", "2011-11-02");
    for (const q of byTemplate(contextTemplate.generate(g20), "kb.membership")) expect(q.answer).not.toBe("France");
    const withItaly = analyse("La France accueille le sommet du G20 à Cannes les 3 et 4 novembre 2011. L'Italie présente un plan de réduction de sa dette aux pays membres du G20. Les préfectures ont préparé la sécurité des délégations pendant six mois.",
      "La France accueille le G20 à Cannes", "fr", "2011-11-02");
    const [q] = byTemplate(contextTemplate.generate(withItaly), "kb.membership");
    expect(q?.answer).toBe("Italie");
  });
});

describe("context template, English article", () => {
  const cs = contextTemplate.generate(en);

  it("honours the contract", () => {
    checkContract(en, cs);
  });

  it("phrases dated and present questions in English", () => {
    const [dated] = byTemplate(cs, "kb.capital-dated");
    expect(dated.prompt).toBe("In January 2022, what was the capital of Kazakhstan?");
    expect(dated.answer).toBe("Nur-Sultan");
    const [today] = byTemplate(cs, "kb.capital-today");
    expect(today.prompt).toBe("What is the capital of Kazakhstan today?");
    const [acr] = byTemplate(cs, "kb.acronym");
    expect(acr.prompt).toBe("What does the acronym CSTO stand for?");
    expect(acr.answer).toBe("Collective Security Treaty Organization");
    const [mem] = byTemplate(cs, "kb.membership");
    expect(mem.prompt).toBe("In January 2022, which of these countries was a member of the CSTO?");
    expect(cs.every((c) => !c.prompt.includes("\u202F"))).toBe(true);
  });
});

describe("dates and edge cases", () => {
  it("asks the capital without a date when nothing changed since the article", () => {
    const a = analyse(FR_TEXT, "Kazakhstan : l’OTSC envoie des troupes", "fr", "2024-03-01");
    const cs = contextTemplate.generate(a);
    expect(byTemplate(cs, "kb.capital-dated")).toHaveLength(0);
    const [q] = byTemplate(cs, "kb.capital").filter((c) => c.prompt.includes("Kazakhstan"));
    expect(q.prompt).toBe("Quelle est la capitale du Kazakhstan\u202F?");
    expect(q.answer).toBe("Astana");
  });

  it("does not ask a dated capital question right at a change", () => {
    const a = analyse(FR_TEXT, "Kazakhstan", "fr", "2022-09-20");
    expect(byTemplate(contextTemplate.generate(a), "kb.capital-dated")).toHaveLength(0);
  });

  it("asks the old currency with its date (Croatia before the euro)", () => {
    const text =
      "Croatia will join the euro area next year, the government in Zagreb said on Tuesday. " +
      "Croatia's central bank welcomed the decision and said prices would be shown in both currencies.";
    const a = analyse(text, "Croatia to adopt the euro", "en", "2022-07-12");
    const cs = contextTemplate.generate(a);
    const [dated] = byTemplate(cs, "kb.currency-dated");
    expect(dated.prompt).toBe("In July 2022, what was the currency of Croatia?");
    expect(dated.answer).toBe("kuna");
    expect(dated.validity).toEqual({ from: "1994-05-30", to: "2023-01-01" });
    const [now] = byTemplate(cs, "kb.currency");
    expect(now.answer).toBe("euro");
  });

  it("uses aux/des for plural countries", () => {
    const text =
      "Les États-Unis ont annoncé de nouvelles sanctions. Les États-Unis veulent aussi renforcer leurs alliances en Asie.";
    const cs = contextTemplate.generate(analyse(text, "Sanctions", "fr", "2023-05-02"));
    expect(byTemplate(cs, "kb.capital")[0].prompt).toBe("Quelle est la capitale des États-Unis\u202F?");
    expect(byTemplate(cs, "kb.region")[0].prompt).toBe("Dans quelle région du monde se trouvent les États-Unis\u202F?");
  });

  it("produces nothing for a text without countries or organisations", () => {
    const a = analyse("Le chat dort sur le canapé. Il fait beau aujourd’hui.", "Chat", "fr", "2022-01-10");
    expect(contextTemplate.generate(a)).toEqual([]);
  });
});
