// Causes found by blind readings 118 to 124 (held-out texts; not copied here): each test states
// the rule on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { segmentSentences } from "../analysis/sentences";
import { numericDistractors, renderNumber } from "./distractors/numbers";
import { rngFor } from "./random";
import { fullAnalysis } from "./test-analysis";
import { optionOf } from "./types/main-idea";
import { readableAlone, statementOf } from "./types/main-idea";
import { applyTypography } from "./typography";
import { pointsBack } from "./anaphora";
import { generateQuiz } from "./generate";
import { numberRefusal } from "./number-refusals";
import { countCue } from "./count-cues";
import { countedUnit } from "./other-answers";
import { HUMAN_UNITS } from "../analysis/lexicon/counted";
import { importanceOf } from "./importance";
import { kitFor } from "./question-kit";
import type { Candidate } from "./template";

/** A number cloze on the text's second sentence, as the numeric template builds one. */
function numberCloze(text: string, title: string, prompt: string, answer: string, choices: string[], language: "fr" | "en" = "fr") {
  const a = kitFor(analyzeArticle(text, { language, title })).full;
  const s = a.sentences[1];
  const c = { kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail", template: "numeric", score: 0.9, difficulty: 1,
    prompt, choices, answer, evidence: { text: s.text, start: s.start, end: s.end }, explanation: "…", sentenceIndex: s.index, meta: { slot: "number" } } as Candidate;
  return { a, c };
}

function cloze(text: string, title: string, prompt: string, answer: string, choices: string[]): string | null {
  const { a, c } = numberCloze(text, title, prompt, answer, choices);
  return numberRefusal(a, c);
}

describe("reading 118", () => {
  it("reads an opening connective as leaning on the sentence before, in both languages", () => {
    for (const t of ["Thereafter, the country recorded 19 cases and seven deaths.", "Afterwards, the team flew back to Madrid.",
      "Nevertheless, the council approved the budget.", "As a result, the road stayed closed for two days."]) expect(pointsBack(t, "en"), t).toBe(true);
    for (const t of ["Par la suite, le pays a recensé 19 cas et sept décès.", "Cependant, le conseil a voté le budget.",
      "De son côté, la mairie a fermé la route.", "En effet, la route est restée fermée deux jours."]) expect(pointsBack(t, "fr"), t).toBe(true);
    for (const t of ["The country recorded 19 cases and seven deaths in the outbreak.", "Later that year the country recorded 19 cases.",
      "In contrast to other citizen journalism sites, the project keeps a neutral point of view.", "As a result of the storm, the road stayed closed."]) expect(pointsBack(t, "en"), t).toBe(false);
    expect(pointsBack("Le pays a recensé 19 cas et sept décès pendant l'épidémie.", "fr")).toBe(false);
  });

  it("reads an ordinal whose noun is left out ('the seventh game of the third') as leaning back", () => {
    expect(pointsBack("Nadal saved two break points in the seventh game of the third, but Murray broke him soon after.", "en")).toBe(true);
    expect(pointsBack("Les Bleus ont creusé l'écart au début de la deuxième mi-temps, puis ont tenu jusqu'au bout.", "fr")).toBe(false);
    expect(pointsBack("Les Bleus ont creusé l'écart au début de la deuxième, et ont tenu jusqu'au bout.", "fr")).toBe(true);
    // A noun after the ordinal names it.
    expect(pointsBack("Murray broke serve in the seventh game of the third set and won the match.", "en")).toBe(false);
    expect(pointsBack("Spain hosted the final for the first time in 1998.", "en")).toBe(false);
  });

  it("asks no count that is a standing body's size ('aux _____ députés', 'the _____ jurors')", () => {
    const text = "Le nouveau gouvernement a prêté serment mercredi devant le roi. Ensuite, le Premier ministre présentera l'accord de coalition aux 150 députés de la Chambre. Le vote de confiance aura lieu jeudi.";
    expect(cloze(text, "Un nouveau gouvernement", "Complétez avec le bon nombre : « Ensuite, le Premier ministre présentera l’accord de coalition aux _____ députés de la Chambre. »", "150", ["150", "120", "180", "200"]))
      .toBe("the size of a standing body");
    expect(cloze(text, "Un nouveau gouvernement", "Complétez avec le bon nombre : « Le texte a été adopté par _____ députés de la Chambre. »", "95", ["95", "80", "110", "120"]))
      .not.toBe("the size of a standing body");
    expect(cloze(text, "Un nouveau gouvernement", "Complétez avec le bon nombre : « Les _____ membres du jury ont délibéré pendant six heures. »", "neuf", ["neuf", "cinq", "douze", "sept"]))
      .toBe("the size of a standing body");
    // The members of a crew are people an accident counts, not a body's size.
    expect(cloze(text, "Un nouveau gouvernement", "Complétez avec le bon nombre : « Les _____ membres de l’équipage ont été secourus. »", "12", ["12", "8", "15", "20"]))
      .not.toBe("the size of a standing body");
  });

  it("offers no main-idea option that opens on 'Thereafter,'", () => {
    const text = `The World Health Organization on Monday declared Uganda free of Marburg virus, after no new cases were confirmed in the past 42 days. The outbreak began in the western district of Kasese in late July. Health Minister Jane Aceng thanked doctors and nurses for their work in the isolation wards. Thereafter, Uganda officially recorded 14 cases which resulted in six deaths and eight recoveries. The ministry said more than 900 contacts had been traced and followed for three weeks. Marburg is a severe fever related to Ebola, and there is no approved vaccine for it. The WHO praised the speed of the response and the role of community health workers.`;
    const qs = generateQuiz({ text, title: "WHO declares Uganda free of Marburg virus", date: "2023-10-02", count: 20 }).questions;
    const mainIdea = qs.find((x) => x.skill === "main_idea");
    expect(mainIdea).toBeDefined();
    expect((mainIdea?.choices ?? []).some((c) => /^Thereafter/.test(c))).toBe(false);
  });

  it("cuts a site's credit with its domain before a double dash (reading 119)", () => {
    expect(segmentSentences("(PhysOrg.com) -- Scientists identified seven new species of sponge on a deep-sea mission near Hawaii.", "en")[0].text)
      .toBe("Scientists identified seven new species of sponge on a deep-sea mission near Hawaii.");
    expect(segmentSentences("(Space.com) — The rocket lifted off on Tuesday morning from the coast of Florida.", "en")[0].text)
      .toBe("The rocket lifted off on Tuesday morning from the coast of Florida.");
  });

  it("drops the space an article typed before a comma, not a decimal comma", () => {
    expect(applyTypography("It landed an order from Acme Leasing Corp. , the world's biggest lessor.", "en")).toBe("It landed an order from Acme Leasing Corp., the world's biggest lessor.");
    expect(applyTypography("Le taux est passé à 3 ,5 % selon l’Insee , a-t-il dit.", "fr")).toBe("Le taux est passé à 3 ,5 % selon l’Insee, a-t-il dit.");
  });

  it("writes a whole number of billions without '.0' beside a key with a decimal", () => {
    const a = analyzeArticle("Boeing said on Tuesday it had landed an $8.8 billion order for 63 airliners from a leasing company.", { language: "en", title: "Boeing order" });
    const m = a.numbers.find((x) => x.value === 8.8e9 || x.mantissa === 8.8)!;
    expect(renderNumber(m, 10, "en")).toBe("$10 billion");
    expect(renderNumber(m, 6.2, "en")).toBe("$6.2 billion");
  });

  it("leaves an agency citing another out of a main-idea option", () => {
    expect(statementOf("The Prime Minister of Ruritania has resigned, Trend reports with reference to ABC.", "en")).toBe("The Prime Minister of Ruritania has resigned.");
    expect(statementOf("The Prime Minister of Ruritania has resigned, the agency says.", "en")).toBe("The Prime Minister of Ruritania has resigned.");
  });

  it("reads a frame the option drops ('Dans le premier cas, …') as leaning back", () => {
    const text = "Un dépistage va être organisé après les vacances dans un lycée de Melun, où un cas de grippe aviaire avait été signalé. La maladie peut se présenter sous deux formes. Dans le premier cas, la bactérie reste présente dans l'organisme à l'état latent. Ainsi, la personne atteinte n'est ni malade, ni contagieuse. En cas de forme active, le patient est malade et potentiellement contagieux.";
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Dépistage dans un lycée de Melun" })).full;
    for (const s of a.sentences.filter((x) => /^(?:Dans le premier cas|Ainsi)/u.test(x.text))) expect(readableAlone(a, s, 35), s.text).toBe(false);
    expect(readableAlone(a, a.sentences.find((x) => x.text.startsWith("En cas de forme active"))!, 35)).toBe(true);
  });

  it("reads a rank spelt out before its grade as no name, and the Coast Guard as a body (reading 118)", () => {
    const text = "The Coast Guard rescued four kayakers near Galveston on Sunday after their boats overturned in strong winds. “All four were wearing life jackets, which made the rescue much easier,” said Petty Officer 2nd Class Maria Lopez, a Coast Guard spokeswoman. The kayakers were taken to a hospital in good condition.";
    const a = analyzeArticle(text, { language: "en", title: "Coast Guard rescues four kayakers" });
    const q = a.quotes.find((x) => x.text.startsWith("All four"))!;
    expect(q.speakerId === undefined ? null : a.entities[q.speakerId].name).toBe("Maria Lopez");
    expect(a.entities.some((e) => e.name === "Petty Officer")).toBe(false);
    expect(a.entities.find((e) => e.name === "Coast Guard")?.type).toBe("org");
  });

  it("asks no count of the things that collided head-on (reading 120)", () => {
    const c = { prompt: "Complétez avec le bon nombre : « _____ trains de voyageurs sont entrés en collision frontale lundi matin près de Namur. »", answer: "Deux", meta: { slot: "number" } } as unknown as Candidate;
    expect(countCue(c, "fr")).toBe("a collision is of two");
    expect(countCue({ ...c, prompt: "Fill in the right number: “_____ cars collided on the bridge on Monday morning.”", answer: "two" } as Candidate, "en")).toBe("a collision is of two");
    expect(countCue({ ...c, prompt: "Complétez avec le bon nombre : « _____ voyageurs ont été blessés quand les trains sont entrés en collision. »", answer: "Deux" } as Candidate, "fr")).toBeNull();
  });

  it("writes millions and billions without trailing zeros unless the key has one", () => {
    const at = (text: string, v: number) => analyzeArticle(text, { language: "en", title: "Ford" }).numbers.find((x) => x.mantissa === v)!;
    const m = at("Ford has announced more than $2.25 billion in new investments in its home state since 2011.", 2.25);
    expect(renderNumber(m, 2.5, "en")).toBe("more than $2.5 billion");
    expect(renderNumber(m, 1.75, "en")).toBe("more than $1.75 billion");
    const whole = at("The company said the deal was worth $10.0 billion over ten years, a record for the sector.", 10);
    expect(renderNumber(whole, 12, "en")).toBe("$12.0 billion");
  });

  it("reads « Sans oublier … » and « Même phénomène … » as leaning on the sentence before", () => {
    expect(pointsBack("Sans oublier qu'avec la hausse des loyers, les ménages paient davantage chaque mois.", "fr")).toBe(true);
    expect(pointsBack("Même phénomène à la pompe, où le gazole a baissé de 2 % en un mois.", "fr")).toBe(true);
    expect(pointsBack("Not to mention that rents rose by a fifth over the same year.", "en")).toBe(true);
    expect(pointsBack("Même les experts ont été surpris par la baisse des prix de l’énergie en mars.", "fr")).toBe(false);
  });

  it("asks no count of what a body has in pairs (reading 121)", () => {
    const c = { prompt: "Fill in the right number: “The heart, _____ kidneys and liver of a 25-year-old man were donated on Sunday.”", answer: "two", meta: { slot: "number" } } as unknown as Candidate;
    expect(countCue(c, "en")).toBe("a pair by nature");
    expect(countCue({ ...c, prompt: "Fill in the right number: “_____ patients received a kidney on Sunday.”" } as Candidate, "en")).toBeNull();
  });

  it("never offers two options as far below the key as above it (61 and 81 around 71)", () => {
    const a = fullAnalysis("The evidence at trial showed that the man imported two air cargo shipments containing 71 concealed ivory carvings from Nigeria.", "en", "Ivory");
    const m = a.numbers.find((x) => x.value === 71)!;
    for (let seed = 0; seed < 40; seed++) {
      const opts = numericDistractors(a, m, rngFor(seed, "t"), 3).map(Number);
      for (const x of opts) for (const y of opts) if (x < 71 && y > 71) expect(Math.abs((x + y) / 2 - 71), `${opts}`).toBeGreaterThan(0.71);
    }
  });

  it("offers rate steps of 25 for bare 'points' of a rate", () => {
    const a = fullAnalysis("La banque centrale augmente ses taux directeurs de 25 points à compter du 16 septembre.", "fr", "Taux");
    const m = a.numbers.find((x) => x.value === 25)!;
    for (let seed = 0; seed < 8; seed++) for (const d of numericDistractors(a, m, rngFor(seed, "t"), 3)) expect(Number(d) % 25, d).toBe(0);
  });

  it("drops a space typed before a possessive 's' in options and prompts", () => {
    expect(applyTypography("The Department of Fish and Game ‘s Office of Spill Prevention ended the cleanup.", "en")).toBe("The Department of Fish and Game’s Office of Spill Prevention ended the cleanup.");
    expect(optionOf("The Department of Fish and Game ‘s Office of Spill Prevention ended the cleanup on Friday.", "en")).not.toMatch(/ ‘s/u);
    expect(applyTypography("He called it ‘smart’ and ‘s’ is a letter.", "en")).toBe("He called it ‘smart’ and ‘s’ is a letter.");
  });

  it("cuts a clock time with its time zone ('vers 15h GMT')", () => {
    expect(optionOf("Un important dispositif de secours était encore déployé autour de l'usine vers 15h GMT, selon la police.", "fr")).not.toMatch(/GMT/u);
  });

  it("asks no place's population set beside its name", () => {
    const text = "Une explosion a eu lieu jeudi dans une usine chimique. La fumée s'est dirigée vers le centre-ville de Marl (87 000 habitants), à 40 kilomètres de Dortmund. Trois ouvriers sont portés disparus.";
    expect(cloze(text, "Explosion", "Complétez avec le bon nombre : « La fumée s’est dirigée vers le centre-ville de Marl (_____ habitants), à 40 kilomètres de Dortmund. »", "87 000", ["87 000", "61 000", "99 000", "68 000"]))
      .toBe("a place's population");
    expect(cloze(text, "Explosion", "Complétez avec le bon nombre : « _____ habitants ont été évacués jeudi. »", "300", ["300", "200", "450", "500"])).not.toBe("a place's population");
  });

  it("reads two capitals after a title as initials ('Dr SS Yadav')", () => {
    const a = analyzeArticle("“He was declared brain dead on Sunday,” said Dr SS Yadav, the hospital's superintendent. The family agreed to donate his organs.", { language: "en", title: "Heart transplant" });
    const q = a.quotes[0];
    expect(q.speakerId === undefined ? null : a.entities[q.speakerId].name).toBe("SS Yadav");
    // An acronym before a name is still no initial.
    const b = analyzeArticle("The NASA team led by Maria Lopez said on Sunday that the probe was safe and healthy.", { language: "en", title: "Probe" });
    expect(b.entities.some((e) => e.name === "NASA Maria Lopez")).toBe(false);
  });

  it("weighs homes evacuated as an event's impact, like people (reading 121)", () => {
    for (const u of ["residences", "maisons", "homes", "citoyens", "families"]) expect(HUMAN_UNITS.test(u), u).toBe(true);
    expect(HUMAN_UNITS.test("foyers"), "fire seats (« foyers résiduels ») are no homes").toBe(false);
    const weight = (noun: string) => {
      const text = `Un incendie de forêt menace la ville de Chapais depuis mardi. La mairesse a demandé aux habitants de rester prudents. Les pompiers luttent contre les flammes avec des avions-citernes. Quelque 500 ${noun} ont été évacuées jeudi par précaution. La pluie est attendue en fin de semaine.`;
      const a = kitFor(analyzeArticle(text, { language: "fr", title: "Feu de forêt à Chapais" })).full;
      return importanceOf(a).sentence[3];
    };
    expect(weight("résidences")).toBeGreaterThan(weight("parcelles"));
  });

  it("reads parts set between dashes, in words or figures, as adding up to the key (reading 122)", () => {
    const text = "Three hunters were fined on Monday. The poachers were caught shooting 11 bucks out of season -- one mule deer and 10 white-tailed deer -- near the river. They paid $36,000.";
    const { a, c } = numberCloze(text, "Poachers fined", "Fill in the right number: “The poachers were caught shooting _____ bucks out of season -- one mule deer and 10 white-tailed deer -- near the river.”",
      "11", ["11", "14", "9", "15"], "en");
    expect(numberRefusal(a, c)).toBe("the prompt's parts add up to the answer");
  });

  it("counts the noun past a modifier ('70 stolen antiquities' and '74 antiquities' are one count)", () => {
    const text = "More than 70 stolen antiquities, some more than 2,000 years old, were seized in New York and returned to Italy. Of the 74 antiquities, valued at more than $22 million, 27 were seized from a museum.";
    const a = kitFor(analyzeArticle(text, { language: "en", title: "Antiquities returned" })).full;
    const c = (i: number, answer: string) => ({ meta: { slot: "number" }, answer, sentenceIndex: i } as unknown as Candidate);
    expect(countedUnit(a, c(0, "70"))).toBe(countedUnit(a, c(1, "74")));
    expect(countedUnit(a, c(0, "70"))).toBe("antiquitie");
  });

  it("offers round options beside a key that is a multiple of five ('the last 15 years')", () => {
    const a = fullAnalysis("But in the last 15 years, there have been five documented observations of gray whales in the Atlantic.", "en", "Whale");
    const m = a.numbers.find((x) => x.value === 15)!;
    for (let seed = 0; seed < 8; seed++) for (const d of numericDistractors(a, m, rngFor(seed, "t"), 3)) expect(Number(d) % 5, d).toBe(0);
  });

  it("asks no count of centuries a year of the headline gives (« disparu en 1818 », « près de _____ siècles »)", () => {
    const text = "La France tente de récupérer un tableau volé dans un musée de Toulouse. Depuis près de deux siècles, impossible pour la France de remettre la main dessus. Le tableau est exposé à Paris depuis vendredi.";
    const { a, c } = numberCloze(text, "Un tableau disparu en 1818 réapparaît", "Complétez avec le bon nombre : « Depuis près de _____ siècles, impossible pour la France de remettre la main dessus. »",
      "deux", ["deux", "trois", "quatre", "cinq"]);
    expect(numberRefusal(a, c)).toBe("the prompt's dates give the duration");
    const b = kitFor(analyzeArticle(text, { language: "fr", title: "Un tableau volé réapparaît à Paris" })).full;
    expect(numberRefusal(b, c)).not.toBe("the prompt's dates give the duration");
  });

  it("reads 'above $100' as a lower bound, so no option below it makes a true sentence (reading 124)", () => {
    const a = fullAnalysis("Oil prices once were above $100 a barrel, but began dropping drastically in 2014 as production boosted supply.", "en", "Oil");
    const m = a.numbers.find((x) => x.mantissa === 100)!;
    expect(m.hedge).toBe("gt");
    for (let seed = 0; seed < 8; seed++) for (const d of numericDistractors(a, m, rngFor(seed, "t"), 3)) expect(Number(d.replace(/\D/g, "")), d).toBeGreaterThan(100);
  });

  it("asks no figure printed within 5 % of itself beside the blank ('from _____ to 32.5 million')", () => {
    const text = "Oil prices rose on Wednesday. Some reports say production would be cut from just over 33 million barrels a day to 32.5 million. Prices rose by 5 percent.";
    const { a, c } = numberCloze(text, "Oil deal", "Fill in the right number: “Some reports say production would be cut from just over _____ barrels a day to 32.5 million.”",
      "33 million", ["33 million", "41 million", "45 million", "52 million"], "en");
    expect(numberRefusal(a, c)).toBe("a figure near the key is printed beside it");
    expect(numberRefusal(a, { ...c, prompt: c.prompt.replace("32.5 million", "25 million") } as Candidate)).not.toBe("a figure near the key is printed beside it");
  });

  it("asks one figure once per sheet, whatever noun counts it ('ten artifacts', 'the 10 items')", () => {
    const text = "The national museum announced on Wednesday that it will hold a ceremony for the reception of ten artifacts returned by the United States. The objects had been seized by the FBI in Indiana in 2014. With the help of experts, the FBI confirmed the 10 items were from Vietnam. They include bronze drums and ceramic vases from the 15th century. The museum will show them to the public from next month.";
    const qs = generateQuiz({ text, title: "Museum receives artifacts returned by the US", date: "2023-09-20", count: 20 }).questions;
    const tens = qs.filter((q) => /^(?:10|ten)$/iu.test(String(q.answer)));
    expect(tens.length).toBeLessThanOrEqual(1);
  });

  it("reads 'the two other hikers', 'The 91-year-old …' and « depuis lors » as leaning back", () => {
    expect(pointsBack("Now dark, the two other hikers decided to call 9-1-1 for help.", "en")).toBe(true);
    expect(pointsBack("The 91-year-old was present at the launch event.", "en")).toBe(true);
    expect(pointsBack("L’indicateur n’était plus repassé sous la barre des 10 % depuis lors.", "fr")).toBe(true);
    expect(pointsBack("A 91-year-old man was present at the launch event in Florida.", "en")).toBe(false);
    expect(pointsBack("The 41-year-old Yatsenyuk announced on Sunday that he was quitting.", "en")).toBe(false);
  });
});

