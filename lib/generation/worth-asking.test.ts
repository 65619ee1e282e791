// What a strict reader called not worth asking, checked as causes: a bare title ("who was the
// professor?") names no office, a number the title prints is given away, and a quiz of
// copied sentences with a number blanked is capped.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { excerptWith } from "./excerpt";
import { generateQuiz } from "./generate";
import { movePhrase } from "./types/wh-question/moved-phrase";
import { mainIdeaTemplate, titleNews } from "./types/main-idea";
import { whQuestionTemplate } from "./types/wh-question";
import { TEMPLATES } from "./registry";
import { kitFor } from "./question-kit";
import { selectQuestions, unworthy } from "./select";
import type { Candidate } from "./template";

const ROLES = `Salt study worries doctors

Professor Mark Eastman said the new salt study was alarming for schools across the state. Health Minister Jane Walsh promised a review of school meals within a month. The study followed 1,709 children in 88 schools over two years. Parents groups asked for clearer labels on bread and cereals. Bakers said they would add iodised salt if the government paid for it. Doctors warned that mild deficiency lowers school results.`;

describe("passing mentions and list introductions (reading 20)", () => {
  const SKI = `La ministre des Sports, Laura Flessel, s'est rendue à Val d'Isère samedi pour la Coupe du monde de ski alpin. Elle a rencontré les équipes de France avant le slalom géant. Alexis Pinturault a remporté la course devant plus de 8 000 spectateurs. La ministre a soutenu la candidature de Méribel et Courchevel aux championnats du monde de 2023. Elle a été accueillie par le maire de Val d'Isère, Marc Bauer, au pied de la piste. Un hommage a été rendu au skieur David Poisson, mort à l'entraînement en novembre.`;

  it("asks no name of a local office holder mentioned once, but keeps a minister", () => {
    const a = analyzeArticle(SKI, { language: "fr", title: "Coupe du monde de ski à Val d'Isère" });
    const prompts = TEMPLATES.flatMap((t) => t.generate(a)).map((c) => c.prompt);
    expect(prompts.some((p) => /qui était le maire de Val d’Isère/.test(p))).toBe(false);
    expect(prompts.some((p) => /qui était la ministre des Sports/.test(p))).toBe(true);
    // Named twice, the same mayor is an actor of the article.
    const again = analyzeArticle(`${SKI} Marc Bauer a promis de nouveaux travaux sur la piste.`, { language: "fr", title: "Coupe du monde de ski à Val d'Isère" });
    expect(TEMPLATES.flatMap((t) => t.generate(again)).some((c) => /qui était le maire de Val d’Isère/.test(c.prompt))).toBe(true);
  });

  it("blanks nothing in a sentence that only introduces a list with its colon", () => {
    const text = `Les élections cantonales ont eu lieu dimanche dans toute la France. Les élections cantonales ont concerné 1932 cantons en métropole, dont 4 nouvellement créés :\n\nla participation a atteint 65,6 % au premier tour. Le second tour a lieu dimanche prochain dans 1 200 cantons.`;
    const a = analyzeArticle(text, { language: "fr", title: "Élections cantonales" });
    const s = a.sentences.find((x) => x.text.includes("nouvellement créés"))!;
    expect(s.text.trim().endsWith(":")).toBe(true);
    const at = a.text.indexOf("4 nouvellement");
    expect(excerptWith(a, s, at, at + 1, "_____")).toBeNull();
  });
});

describe("figures and dates a reader finds without the article (reading 21)", () => {
  const all = (text: string, lang: "fr" | "en", title: string) => {
    const a = analyzeArticle(text, { language: lang, title });
    const { full } = kitFor(a);
    return TEMPLATES.flatMap((t) => t.generate(a)).map((c) => ({ c, why: unworthy(full, c) }));
  };

  it("drops a number of days the dates printed beside it count", () => {
    const text = `Deux avions Canadair français ont été engagés pendant trois jours, du vendredi 30 juillet au dimanche 1er août, contre les feux de forêt de l'Algarve au Portugal. Les pilotes ont effectué 84 largages d'eau au-dessus des collines. Les feux ont détruit plus de 6 000 hectares de forêt dans la région. Le ministre de l'Intérieur a salué le travail des équipages de la sécurité civile.`;
    const days = all(text, "fr", "Des Canadair français contre les feux de forêt au Portugal").filter(({ c }) => c.answer === "trois" || c.answer === "3");
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) expect(d.why).toBe("the prompt's dates give the duration");
  });

  it("drops a stock reporting window (\"over the past 12 months\")", () => {
    const text = `U.S. consumer prices fell seven-tenths of a percent in January, the sharpest drop since 2008. The Labor Department says falling gasoline costs brought overall prices down one-tenth of a percent over the past 12 months. Gasoline prices fell almost 19 percent in January alone. Experts say the job market remains basically healthy. Some economists say the Federal Reserve might keep interest rates low a bit longer.`;
    const window = all(text, "en", "US consumer prices drop").filter(({ c }) => c.meta?.slot === "number" && c.answer === "12");
    expect(window.length).toBeGreaterThan(0);
    for (const w of window) expect(w.why).toBe("trivial figure");
  });

  it("drops an excerpt that opens on what it points back to (« Parmi ceux-ci, … », reading 23)", () => {
    const text = `La tempête a frappé le sud-ouest de la France samedi avec des vents de 180 km/h. Le bilan provisoire fait état de 11 décès dans les départements touchés. Parmi ceux-ci, 4 décès et 35 intoxications graves ont été provoqués par le monoxyde de carbone des groupes électrogènes. Près de 1,7 million de foyers sont privés d'électricité. Les forêts des Landes ont subi des dégâts considérables.`;
    const among = all(text, "fr", "Tempête dans le sud-ouest").filter(({ c }) => /Parmi ceux-ci/.test(c.prompt) && c.meta?.slot === "number");
    expect(among.length).toBeGreaterThan(0);
    for (const x of among) expect(x.why).not.toBeNull();
    expect(among.some((x) => x.why === "the excerpt opens on what it points back to")).toBe(true);
  });

  it("drops a total whose breakdown the prompt prints (« … dont 470 Français et 62 étrangers », reading 24)", () => {
    const text = `Au total, 532 personnes ont été rapatriées de Libye dont 470 Français et 62 étrangers. Trois avions militaires sont partis pour Tripoli le 22 février. Le ministre des Affaires étrangères a remercié les équipages. Une cellule de crise reste ouverte au ministère pour les familles. Les derniers ressortissants doivent quitter le pays avant la fin de la semaine.`;
    const total = all(text, "fr", "Rapatriement des Français de Libye").filter(({ c }) => c.meta?.slot === "number" && /^532$/.test(String(c.answer).replace(/[\s\u00A0\u202F]/gu, "")));
    expect(total.length).toBeGreaterThan(0);
    for (const x of total) expect(x.why).not.toBeNull();
    expect(total.some((x) => x.why === "the prompt's parts add up to the answer")).toBe(true);
  });

  it("offers the article's other dates as wrong dates, so the student tells the events apart", () => {
    const text = `Le vendredi 14 février 2014, l'agence régionale de santé était alertée par la préfecture pour une intoxication alimentaire dans un centre de formation de footballeurs. Tous les malades avaient pris part à un dîner commun le 13 février. Les stagiaires avaient aussi pris part à un déjeuner le 12 février dans un autre centre de formation. Vingt personnes avaient été prises en charge par le SAMU pendant la nuit. Les enquêteurs ont analysé les restes des repas servis aux équipes.`;
    const a = analyzeArticle(text, { language: "fr", title: "Intoxication alimentaire dans un centre de formation" });
    const q = TEMPLATES.flatMap((t) => t.generate(a)).find((c) => c.meta?.slot === "date" && /14 février/.test(String(c.answer)) && c.choices);
    expect(q).toBeDefined();
    expect(q!.choices).toEqual(expect.arrayContaining(["jeudi 13 février 2014", "mercredi 12 février 2014"]));
  });
});

describe("role questions", () => {
  it("ask about an office with its qualifier, never a bare title", () => {
    const r = generateQuiz({ text: ROLES, title: "Salt study worries doctors", language: "en", count: 20 });
    const prompts = r.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /who was the professor/i.test(p))).toBe(false);
    for (const p of prompts.filter((x) => /^According to the article, who was the /.test(x))) {
      expect(p).toMatch(/who was the \S+ \S+/);
    }
  });
});

const NUMBERS = `Fête des lumières : 40 ans de lanternes à Lyon

Il y a tout juste 40 ans, la ville de Lyon organisait sa première fête des lumières. Cette année, 1 800 000 visiteurs sont attendus pendant quatre soirées. La mairie a installé 320 projecteurs sur les façades de la place Bellecour. Les 74 bénévoles de la Croix-Rouge assureront les premiers secours. Le budget atteint 3,4 millions d'euros, dont 800 000 euros de mécénat. Les tramways circuleront jusqu'à 2 heures du matin. La préfecture a mobilisé 1 200 policiers et gendarmes. Les commerçants espèrent une hausse de 15 % de leur chiffre d'affaires.`;

/** Why a number question with this prompt and key would not be asked (null: it would). */
const number = (text: string, title: string, lang: "fr" | "en", answer: string, prompt: string): string | null => {
  const a = analyzeArticle(text, { language: lang, title });
  const s = a.sentences.find((x) => !x.isHeading && x.text.includes(prompt.split("_____")[0].slice(-12))) ?? a.sentences.find((x) => !x.isHeading)!;
  return unworthy(kitFor(a).full, { kind: "multiple_choice", category: "comprehension", source: "article", prompt, choices: [answer, "5", "9", "12"], answer,
    evidence: { text: s.text, start: s.start, end: s.end }, explanation: "", difficulty: 1, score: 0.9, sentenceIndex: s.index, meta: { slot: "number" } });
};

describe("number questions of reading 14", () => {

  it("drops a figure the title prints as a digit when the sentence writes it as a word (« 2 go-fast » / « deux embarcations »)", () => {
    const text = `2 go-fast interceptés aux Antilles

La frégate Ventôse a intercepté deux embarcations de type go-fast au large de la Martinique. Les marins ont saisi 240 kilos de cocaïne à bord.`;
    expect(number(text, "2 go-fast interceptés aux Antilles", "fr", "deux", "« La frégate Ventôse a intercepté _____ embarcations de type go-fast au large de la Martinique. »")).toMatch(/title/);
  });

  it("drops a count a word of the prompt says ('a duel between _____ men')", () => {
    const text = `Gay wins in Osaka

Thursday's race was a duel between two men, Tyson Gay and Usain Bolt. Gay won in 19.76 seconds.`;
    expect(number(text, "Gay wins in Osaka", "en", "two", "“Thursday's race was a duel between _____ men, Tyson Gay and Usain Bolt.”")).toMatch(/says the number|lists what it counts/);
  });

  it("drops an amount whose figure the prompt prints as another count ('six charges' beside '$6 million', reading 16)", () => {
    const text = `Former leader fined

Chen was convicted of a total of six charges and fined $6 million. Chen's wife was fined $9 million.`;
    expect(number(text, "Former leader fined", "en", "$6 million", "“Chen was convicted of a total of six charges and fined _____.”")).toMatch(/prints the key's figure/);
    expect(number(text, "Former leader fined", "en", "$9 million", "“Chen's wife was fined _____ after six charges.”")).toBeNull();
  });

  it("does not take a capitalised determiner opening the excerpt for a name (« Les _____ membres »)", () => {
    const text = `Yacht en feu au large de Port-Cros

Les trois membres d'équipage et sept passagers du yacht en feu ont été évacués au large de Port-Cros. L'épave a coulé le lendemain.`;
    expect(number(text, "Yacht en feu au large de Port-Cros", "fr", "trois", "« Les _____ membres d'équipage et sept passagers du yacht en feu ont été évacués au large de Port-Cros. »")).toBeNull();
    expect(number(text, "Yacht en feu au large de Port-Cros", "fr", "trois", "« … membres de Port _____ et sept passagers du yacht en feu ont été évacués au large de Port-Cros. »")).toMatch(/cuts a name/);
  });

  it("drops a reporter's sign-off and a duration the prompt's dates give", () => {
    const nobel = `Nobel prize for HIV discovery

Two French scientists won the Nobel medicine prize for the discovery of HIV. VOA's Lisa Bryant has more from Paris on the 2 laureates.`;
    expect(number(nobel, "Nobel prize for HIV discovery", "en", "2", "“VOA's Lisa Bryant has more from Paris on the _____ laureates.”")).toMatch(/sign-off/);
    const mars = `Perseverance se pose sur Mars

Lancé en juillet 2020, le rover de la mission Mars 2020 s'est posé le 18 février 2021 après un voyage de 7 mois. Le rover doit chercher des traces de vie.`;
    expect(number(mars, "Perseverance se pose sur Mars", "fr", "7", "« Lancé en juillet 2020, le rover de la mission Mars 2020 s'est posé le 18 février 2021 après un voyage de _____ mois. »")).toMatch(/dates/);
  });
});

describe("thin quizzes (readings 13 and 14: texts with no question at all)", () => {
  const text = `Health agency declares flu pandemic

The World Health Organisation declared a worldwide flu pandemic on Thursday after an emergency meeting in Geneva. The agency raised its pandemic alert level to six, its highest level, for the first time in forty years. Officials in Geneva said the decision followed a sharp rise in cases in Australia, Chile and Japan.

Margaret Chan stressed the move does not mean that the flu has become more deadly. Most patients recover within a week without any treatment, according to doctors in Mexico. Schools in several countries have closed for a few days as a precaution. Drug makers are working on a vaccine that could be ready in the autumn. Airlines reported fewer bookings on routes to Mexico City.`;
  const a = kitFor(analyzeArticle(text, { language: "en", title: "Health agency declares flu pandemic" })).full;
  const on = (sentenceIndex: number, answer: string, choices: string[]): Candidate => {
    const s = a.sentences[sentenceIndex];
    return { kind: "multiple_choice", category: "comprehension", source: "article", prompt: `According to the article, which is right (${sentenceIndex})?`,
      choices: [answer, ...choices], answer, evidence: { text: s.text, start: s.start, end: s.end }, explanation: "", difficulty: 1, score: 0.95,
      skill: "detail", template: "wh-question", sentenceIndex, meta: { slot: "other", fact: `f${sentenceIndex}` } };
  };
  const nearBar = on(3, "Geneva", ["Madrid", "Lisbon", "Vienna"]);

  it("complete a quiz of fewer than two questions with a fact just below the importance bar, and only then", () => {
    // The officials' sentence (the text's third) is just below the bar: a minor detail in a full quiz.
    expect(unworthy(a, nearBar)).toMatch(/minor/);
    expect(selectQuestions(a, [nearBar], 20, { hash: 1 }).map((p) => p.candidate)).toContain(nearBar);
    const full = selectQuestions(a, [on(1, "World Health Organisation", ["Red Cross", "UNICEF", "World Bank"]), on(2, "six", ["four", "five", "seven"]), nearBar], 20, { hash: 1 });
    expect(full.map((p) => p.candidate)).not.toContain(nearBar);
  });

  it("ask how many without a second clause that has its own speaker", () => {
    const text = `Floods in Bolivia

At least 150 people have been killed in the region and officials say the death toll is likely to rise. Rescue teams are searching for survivors in the mud.`;
    const q = whQuestionTemplate.generate(analyzeArticle(text, { language: "en", title: "Floods in Bolivia" })).find((c) => c.answer === "at least 150");
    expect(q?.prompt).toBe("According to the article, how many people have been killed in the region?");
  });
});

describe("an article's own figure among the options", () => {
  it("counts 'month' and 'months' as one noun (47 months beside the article's 73)", () => {
    const text = `Manafort sentenced a second time

A federal judge in Washington sentenced Paul Manafort to 73 months in prison on Wednesday. In last week's case, another federal judge sentenced Manafort to a 47 month prison term. His lawyers had asked for a shorter sentence.`;
    const a = analyzeArticle(text, { language: "en", title: "Manafort sentenced a second time" });
    const slot = kitFor(a).slots.find((s) => s.type === "number" && s.display === "47");
    expect(slot?.distractors).toContain("73");
  });
});

describe("number questions of reading 13", () => {
  const text = `Attaques coordonnées à Paris

Six attaques coordonnées ont frappé la capitale dans la soirée de vendredi. Au moins 8 attaquants sont morts, dont 7 se seraient fait exploser. Le robot MASCOT s'est posé sur l'astéroïde Ryugu à plus de 300 millions de km de la Terre. La sonde avait été lancée à près de 325 millions de km de sa cible actuelle selon les ingénieurs. The agreement will provide $100 billion in climate investment to poorer countries.`;

  it("asks how many without the « dont » clause that bounds the answer", () => {
    const r = generateQuiz({ text, title: "Attaques coordonnées à Paris", language: "fr", count: 20 });
    const q = r.questions.find((x) => /combien d’attaquants/.test(x.prompt));
    if (q) expect(q.prompt).not.toMatch(/dont/);
    const a = analyzeArticle(text, { language: "fr", title: "Attaques coordonnées à Paris" });
    const wh = whQuestionTemplate.generate(a).find((c) => /attaquants/.test(c.prompt));
    expect(wh?.prompt).toBe("Selon l’article, combien d’attaquants sont morts\u202F?");
  });

  it("asks one question per counted unit, a hedged figure included (« plus de 300 millions » and « près de 325 millions » d'euros)", () => {
    const mascot = `MASCOT se pose sur l'astéroïde Ryugu

Le petit robot franco-allemand MASCOT s'est posé dans la nuit du 2 au 3 octobre sur l'astéroïde Ryugu, une mission de plus de 300 millions d'euros. MASCOT, l'atterrisseur de la mission japonaise Hayabusa2, a été éjecté comme prévu sur l'astéroïde Ryugu, au terme d'un programme de près de 325 millions d'euros. Le robot doit étudier la surface de l'astéroïde pendant seize heures. Les ingénieurs du CNES suivent la mission depuis leur centre de Toulouse. Les premières images de la surface seront publiées la semaine prochaine.`;
    // Details only: the main idea would print the first figure and keep it out anyway.
    const r = generateQuiz({ text: mascot, title: "MASCOT se pose sur l'astéroïde Ryugu", language: "fr", count: 20, skills: ["detail"] });
    expect(r.questions.filter((q) => q.skill !== "main_idea" && /millions/.test(String(q.answer))).length).toBe(1);
  });

  it("accepts a written age with the unit in the singular or the plural ('106 year', '106 years')", () => {
    const a = analyzeArticle("Canada's last veteran\n\nThe 106 year old Percy Wilson died in Toronto on Monday.", { language: "en", title: "Canada's last veteran" });
    const slot = kitFor(a).slots.find((s) => s.type === "number" && s.display === "106");
    expect(slot?.accepted).toEqual(expect.arrayContaining(["106 year", "106 years"]));
  });

  it("blanks the currency sign with a hedged amount, as the options write it (« more than $_____ » read \"$$160,000\", reading 16)", () => {
    const text = `Former police chief sentenced

Jackie Selebi was found guilty of taking bribes totaling more than $160,000 during a five-year period. The judge sentenced him to 15 years in prison on Monday in Johannesburg. His lawyers said they would appeal the sentence. Selebi had led the national police service for eight years before the trial.`;
    const a = analyzeArticle(text, { language: "en", title: "Former police chief sentenced" });
    const blanks = TEMPLATES.flatMap((t) => t.generate(a)).filter((c) => c.answer === "$160,000" && c.prompt.includes("_____"));
    expect(blanks.length).toBeGreaterThan(0);
    for (const c of blanks) expect(c.prompt).toContain("more than _____ during");
  });

  it("accepts a written amount without its currency sign, or with the currency as a word", () => {
    const a = analyzeArticle(text, { language: "en", title: "Climate deal" });
    const slot = kitFor(a).slots.find((s) => s.type === "number" && s.display === "$100 billion");
    expect(slot?.accepted).toEqual(expect.arrayContaining(["100 billion", "100 billion dollars"]));
  });
});

describe("number blanks", () => {
  it("never ask a time counted back from the publication (« il y a bientôt 2 ans », 'three years ago', reading 12)", () => {
    const fr = analyzeArticle(`Trafic de civelles : un réseau démantelé

Il y a bientôt 2 ans, des inspecteurs ont découvert des civelles dans un camion près de Bordeaux. Les enquêteurs ont identifié 27 trafiquants en France et en Espagne. Les douaniers ont saisi 400 kilos de civelles vivantes.`, { language: "fr", title: "Trafic de civelles : un réseau démantelé" });
    const en = analyzeArticle(`Eel network broken up

The customs service opened its first file on the network three years ago in Bordeaux. Investigators identified 27 traffickers in France and Spain.`, { language: "en", title: "Eel network broken up" });
    const number = (a: typeof fr, answer: string): Candidate => {
      const s = a.sentences.find((x) => x.text.includes(answer))!;
      return { kind: "multiple_choice", category: "comprehension", source: "article", prompt: "… _____ …", choices: [answer, "5", "7", "9"],
        answer, evidence: { text: s.text, start: s.start, end: s.end }, explanation: "", difficulty: 1, score: 0.9, sentenceIndex: s.index, meta: { slot: "number" } };
    };
    expect(unworthy(kitFor(fr).full, number(fr, "2"))).toMatch(/trivial/);
    expect(unworthy(kitFor(en).full, number(en, "three"))).toMatch(/trivial/);
    expect(unworthy(kitFor(fr).full, number(fr, "27"))).toBeNull();
  });
  const r = generateQuiz({ text: NUMBERS, title: "Fête des lumières : 40 ans de lanternes à Lyon", language: "fr", count: 20 });
  it("never blank a number the title prints", () => {
    expect(r.questions.some((q) => q.prompt.includes("_____") && q.answer === "40")).toBe(false);
  });
  it("are a few at most in one quiz", () => {
    const blanks = r.questions.filter((q) => q.prompt.includes("_____") && /nombre|number/.test(q.prompt));
    expect(blanks.length).toBeLessThanOrEqual(3);
  });
});

describe("causes of reading 4", () => {
  it("quotes the part of a long sentence that holds the answer in the explanation", async () => {
    const { explanationFor } = await import("./question-kit");
    const { analyzeArticle } = await import("../analysis/analyze");
    const long = `Le conseil municipal de la ville, réuni jeudi soir dans la grande salle de la mairie après une longue journée de débats sur le budget des écoles, des crèches, des bibliothèques et des piscines de tous les quartiers de la ville et des communes voisines, devant de nombreux habitants venus assister aux débats, a finalement voté à une large majorité la construction de 4 200 logements neufs.`;
    const a = analyzeArticle(`Logements\n\n${long}`, { language: "fr", title: "Logements" });
    const s = a.sentences.find((x) => x.text.startsWith("Le conseil"))!;
    const at = a.text.indexOf("4 200");
    expect(long.length).toBeGreaterThan(320);
    expect(explanationFor(a, s, { start: at, end: at + 5 })).toContain("4 200");
  });

  it("leaves a reporter's 'has learned that' out of a main-idea option", async () => {
    const { statementOf } = await import("./types/main-idea");
    expect(statementOf("Wikinews has learned that the city council has begun to close public libraries.", "en"))
      .toBe("The city council has begun to close public libraries.");
  });

  it("keys the outcome of a vote when it opens the article, and nothing when a sentence that frames it comes first", async () => {
    const { mainIdeaCandidate } = await import("./types/main-idea");
    const { analyzeArticle } = await import("../analysis/analyze");
    const { kitFor } = await import("./question-kit");
    const text = `Les Lyonnais disent non au tramway de nuit

Hier, les Lyonnais ont été appelés à voter sur un projet de tramway de nuit entre la gare et le campus.
Les électeurs ont clairement dit non au tramway de nuit par une majorité de 64 % des votants.
Les commerçants du centre avaient soutenu le projet pendant toute la campagne. La participation a atteint 41 %, un record pour une consultation locale. Les étudiants regrettent la décision et demandent plus de bus. La mairie promet une nouvelle ligne de bus de nuit dès l'automne. L'opposition demande la démission de l'adjoint aux transports.`;
    const of = (t: string) => mainIdeaCandidate(kitFor(analyzeArticle(t, { language: "fr", title: "Les Lyonnais disent non au tramway de nuit" })).full, 3);
    expect(of(text)).toBeNull();
    expect(of(text.replace(/Hier, les Lyonnais ont été appelés[^\n]*\n/u, ""))?.answer).toMatch(/^Les électeurs ont clairement dit non/);
  });

  it("asks who held an office, not who a researcher was", () => {
    const text = `Physics prize for light pulses

The prize was shared by researcher Anna Lind and Minister of Science Paul Gray, who praised the team. Researcher Anna Lind thanked her students in Lund. The Minister of Science Paul Gray announced new funding for laser laboratories. The committee said the work opened a new field of physics. Universities across Europe welcomed the decision.`;
    const r = generateQuiz({ text, title: "Physics prize for light pulses", language: "en", count: 20 });
    expect(r.questions.some((q) => /who was the researcher/i.test(q.prompt))).toBe(false);
  });
});

describe("causes of reading 5", () => {
  it("keeps a name particle after a first name ('Leila de Lima'), so a role's key is the whole name", async () => {
    const { analyzeArticle } = await import("../analysis/analyze");
    const a = analyzeArticle(`Court ruling\n\nThe ruling gave Justice Secretary Leila de Lima ten days to reply. The court met in Manila.`, { language: "en", title: "Court ruling" });
    expect(a.entities.some((e) => e.type === "person" && e.name === "Leila de Lima")).toBe(true);
  });

  it("never accepts the bare mantissa of a number written with a scale word", async () => {
    const text = `Wetlands bought for the refuge

The commission approved the purchase of an additional three thousand acres of waterfowl habitat for the refuge. The refuge already covers 18,118 acres of prairie in the north of the state. Hunters and bird watchers welcomed the news at a meeting in the county town. The money comes from the sale of duck stamps to hunters across the country.`;
    const r = generateQuiz({ text, title: "Wetlands bought for the refuge", language: "en", count: 20 });
    const q = r.questions.find((x) => x.answer === "three thousand");
    expect(q).toBeDefined();
    // A multiple-choice item carries no other spellings (reading 81); the written forms stay the slot's.
    const { buildSlots } = await import("./slots");
    const { fullAnalysis } = await import("./test-analysis");
    const slot = buildSlots(fullAnalysis(text, "en", "Wetlands bought for the refuge"), 1).find((x) => x.display === "three thousand");
    expect(slot?.accepted ?? []).not.toContain("3");
    expect(slot?.accepted ?? []).toContain("3,000");
  });

  it("asks one fact once when the article states it twice ('cinq plans', '5 plans')", () => {
    const text = `Des plans pour les espèces menacées

Le ministère de l'Écologie met en place cinq nouveaux plans nationaux d'actions pour les espèces menacées. La secrétaire d'État a ainsi annoncé 5 nouveaux plans nationaux d'actions en faveur de plantes rares du littoral. Les associations de protection de la nature saluent une décision attendue depuis dix ans. Les agriculteurs demandent à être associés aux mesures sur leurs terres. Le premier plan concerne une orchidée des dunes de Vendée.`;
    const r = generateQuiz({ text, title: "Des plans pour les espèces menacées", language: "fr", count: 20 });
    const fives = r.questions.filter((q) => q.answer === "5" || q.answer === "cinq");
    // Once on the sheet: as a question's answer, or in a main idea's options (reading 141: then no
    // question asks it).
    const inMainIdea = r.questions.some((q) => q.skill === "main_idea" && (q.choices ?? []).some((x) => /(?<![\p{L}])cinq(?![\p{L}])/u.test(x)));
    expect(fives.length + Number(inMainIdea)).toBe(1);
  });
});

describe("who-questions on people in object position, and with few people", () => {
  it("asks 'qui … a-t-elle battu' for the object of a compound past, as a short answer when the article names few people", () => {
    const text = `Finale du tournoi de Rome

La joueuse américaine a battu la Croate Ana Kovač en deux sets serrés. Le public romain a longuement applaudi les deux finalistes. La championne repartira avec un chèque de 500 000 euros. Le prochain tournoi aura lieu à Paris dans deux semaines.`;
    // A detail asked as a free answer is offered only to a teacher who asks for free answers
    // (2 of 17 kept as is in readings 13–24).
    const plain = generateQuiz({ text, title: "Finale du tournoi de Rome", language: "fr", count: 20 });
    expect(plain.questions.filter((x) => x.kind === "short_answer" && x.skill === "detail")).toEqual([]);
    const r = generateQuiz({ text, title: "Finale du tournoi de Rome", language: "fr", count: 20, kinds: ["short_answer"] });
    const q = r.questions.find((x) => /qui la joueuse américaine a-t-elle battu/i.test(x.prompt));
    expect(q).toBeDefined();
    expect(q!.kind).toBe("short_answer");
    expect(q!.prompt).toMatch(/^Selon l’article, qui la joueuse américaine a-t-elle battu en deux sets serrés[\s\u00A0\u202F]\?$/u);
    expect([q!.answer, ...(q!.accepted ?? [])]).toContain("Kovač");
  });
});

describe("causes of reading 6", () => {
  it("keeps a middle initial in a name, also after a role with 'of' ('Secretary of Labor Elaine L. Chao')", async () => {
    const { analyzeArticle } = await import("../analysis/analyze");
    const a = analyzeArticle(`New rules\n\nSecretary of Labor Elaine L. Chao announced the rules on Monday. "This is a good day," said Director Anthony S. Fauci in a statement.`, { language: "en", title: "New rules" });
    const people = a.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Elaine L. Chao", "Anthony S. Fauci"]));
  });

  it("never offers a body named after its country as a person ('Météo France')", async () => {
    const { analyzeArticle } = await import("../analysis/analyze");
    const { kitFor } = await import("./question-kit");
    const { confidentPerson } = await import("./verify");
    const a = kitFor(analyzeArticle(`Canicule\n\nMétéo France a classé dimanche cinq départements en vigilance orange. Jean Martin, maire de Nîmes, a ouvert des salles climatisées.`, { language: "fr", title: "Canicule" })).full;
    expect(confidentPerson(a, "Météo France")).toBe(false);
    expect(confidentPerson(a, "Jean Martin")).toBe(true);
  });

  it("stops a 'how many' question before 'and' with another figure", () => {
    const text = `Train derailment in the south

At least five people have died and sixteen were injured in a train derailment near the border yesterday. The cargo train is often used by migrants travelling north. Rescue teams worked through the night to free the passengers. The railway company said the line would reopen within a week.`;
    const r = generateQuiz({ text, title: "Train derailment in the south", language: "en", count: 20 });
    const q = r.questions.find((x) => /^According to the article, how many people have died/.test(x.prompt));
    expect(q).toBeDefined();
    expect(q!.prompt).not.toMatch(/sixteen/);
  });
});

describe("« en » before a name", () => {
  it("fails the independent check of a name or organisation blank: it introduces a place", async () => {
    const { analyzeArticle } = await import("../analysis/analyze");
    const { kitFor } = await import("./question-kit");
    const { verifyCandidate } = await import("./verify");
    const text = `Lancement réussi\n\nLe lanceur a décollé depuis la base spatiale du CNES en Guyane Française avec deux satellites.`;
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Lancement réussi" })).full;
    const s = a.sentences.find((x) => x.text.startsWith("Le lanceur"))!;
    const c = { kind: "multiple_choice" as const, category: "comprehension" as const, source: "article" as const,
      prompt: "Complétez avec le bon nom : « … du CNES en _____ avec deux satellites. »", choices: ["Guyane Française", "Thales Alenia", "Space Loral", "Meteosat"],
      answer: "Guyane Française", evidence: { text: s.text, start: s.start, end: s.end }, explanation: "", difficulty: 1 as const,
      template: "entity-choice", score: 1, sentenceIndex: s.index, meta: { slot: "org", fact: "x" } };
    expect(verifyCandidate(a, c)).toBe("« en » before the key introduces a place");
  });
});

describe("causes of reading 6", () => {
  it("keys a lone speaker's 'who said' on the name as its evidence writes it, and accepts the full name and the name without its initial", async () => {
    const text = `Workers win with new overtime rules

Secretary of Labor Elaine L. Chao today announced the final regulations governing overtime pay for millions of workers. The rules nearly triple the salary threshold for guaranteed overtime. "Today, workers win, and the new rules strengthen overtime rights for more workers than ever before," said Chao. The regulations had not been updated for more than fifty years, according to union leader Mark Ellison. Employers will have several months to adapt their payroll systems.`;
    const { quoteTemplate } = await import("./types/quote");
    const { analyzeArticle } = await import("../analysis/analyze");
    const { verifyCandidate } = await import("./verify");
    const { kitFor } = await import("./question-kit");
    const a = analyzeArticle(text, { language: "en", title: "Workers win with new overtime rules" });
    const q = quoteTemplate.generate(a).find((x) => x.kind === "short_answer");
    expect(verifyCandidate(kitFor(a).full, q!)).toBeNull();
    // The independent check also reads the key: another name fails.
    expect(verifyCandidate(kitFor(a).full, { ...q!, answer: "Paul Smith" })).not.toBeNull();
    // The full name is two sentences before, in the same paragraph: the evidence starts there, so
    // the key is the full name and stays inside the evidence (reading 113: "Toole" shown as the key).
    const { checkCandidate } = await import("./validate");
    expect(checkCandidate(q!, a)).toBeNull();
    expect(q?.answer).toBe("Elaine L. Chao");
    expect(q?.evidence.text.startsWith("Secretary of Labor Elaine L. Chao")).toBe(true);
    expect(q?.accepted).toEqual(expect.arrayContaining(["Chao", "Elaine Chao"]));
    // Written, "who" would be answered by the role too (« le ministre », reading 12): the name is asked for.
    expect(q?.prompt).toMatch(/^What is the name of the person who said: /);
  });

  it("asks no 'who said' when the speaker is the only person the article names", async () => {
    const { quoteTemplate } = await import("./types/quote");
    const { analyzeArticle } = await import("../analysis/analyze");
    const text = `Workers win with new overtime rules

Secretary of Labor Elaine L. Chao today announced the final regulations governing overtime pay for millions of workers. "Today, workers win, and the new rules strengthen overtime rights for more workers than ever before," said Chao. The regulations had not been updated for more than fifty years.`;
    expect(quoteTemplate.generate(analyzeArticle(text, { language: "en", title: "Workers win" }))).toEqual([]);
  });

  it("offers no main-idea option that opens on a possessive", async () => {
    const { readableAlone } = await import("./types/main-idea");
    const { analyzeArticle } = await import("../analysis/analyze");
    const a = analyzeArticle(`Satellite\n\nLe satellite a été lancé hier. Sa masse au décollage est de 2037 kg.`, { language: "fr", title: "Satellite" });
    const { kitFor } = await import("./question-kit");
    expect(readableAlone(kitFor(a).full, a.sentences[1], 35)).toBe(false);
  });
});

describe("causes of reading 7", () => {
  const mc = (over: Partial<Candidate>): Candidate => ({
    kind: "multiple_choice", category: "comprehension", source: "article", prompt: "?", choices: ["a", "b", "c"], answer: "a",
    evidence: { text: "x", start: 0, end: 1 }, explanation: "…", difficulty: 1, score: 0.9, sentenceIndex: -1, ...over,
  });
  const fr = analyzeArticle(`Séisme\n\nLe séisme a frappé la région.`, { language: "fr", title: "Séisme" });
  const en = analyzeArticle(`Quake\n\nThe quake hit the region.`, { language: "en", title: "Quake" });

  it("asks nothing in the speaker's first person, outside the words it quotes", () => {
    const full = kitFor(fr).full;
    expect(unworthy(full, mc({ prompt: "D’après l’article, dans quel but le ministre va-t-il s’exprimer après mon intervention ?" }))).toMatch(/first person/);
    expect(unworthy(full, mc({ choices: ["a", "Venir au secours de nos compatriotes", "c"] }))).toMatch(/first person/);
    expect(unworthy(full, mc({ prompt: "Qui a déclaré : « Nous ferons une proposition » ?" }))).toBeNull();
    expect(unworthy(kitFor(en).full, mc({ prompt: "According to the article, what did our government decide?" }))).toMatch(/first person/);
    expect(unworthy(kitFor(en).full, mc({ prompt: "According to the article, what did the US government decide?" }))).toBeNull();
  });

  it("refuses a number blank keyed on one, and options below a part the prompt shows", () => {
    const full = kitFor(en).full;
    expect(unworthy(full, mc({ prompt: "Fill in the right number: “Results from a large trial in Liberia show that two candidate vaccines pose no major safety problems for _____ year after vaccination.”", answer: "at least 1", choices: ["at least 1", "at least 3", "at least 5"], meta: { slot: "number" } }))).toMatch(/one/);
    const f = kitFor(fr).full;
    const dont = mc({ prompt: "Complétez avec le bon nombre : « Les actions de la France contre l’épidémie représentent un effort de _____ d’euros, dont 85 millions en Guinée. »", answer: "113 millions", choices: ["113 millions", "79 millions", "129 millions"], meta: { slot: "number" } });
    expect(unworthy(f, dont)).toMatch(/part/);
    expect(unworthy(f, { ...dont, choices: ["113 millions", "98 millions", "129 millions"] })).toBeNull();
  });

  it("writes the options of a blank that opens its sentence with a capital", () => {
    const text = `Rescue team leaves for Haiti

The urban search and rescue team includes 65 first responders and four dogs. Five additional members of the fire department will deploy to support the United Nations team in Haiti. The team is deploying with specialised tools and medical equipment. The earthquake destroyed thousands of homes in the south of the country.`;
    const r = generateQuiz({ text, title: "Rescue team leaves for Haiti", language: "en", count: 20 });
    const opening = r.questions.filter((x) => /[“«]\s*_____/u.test(x.prompt));
    expect(opening.length).toBeGreaterThan(0);
    for (const q of opening) {
      for (const c of q.choices ?? []) expect(c).toMatch(/^[\p{Lu}\d]/u);
    }
  });

  it("keeps the clause a relative points back to in a cut excerpt", () => {
    const long = `The extremely active Atlantic hurricane season is drawing to a close with a record of thirty named storms across the whole basin this year, of which 13 became hurricanes with top winds of 74 mph or greater, including six major hurricanes with top winds of 111 mph or greater.`;
    const a = kitFor(analyzeArticle(`Hurricanes\n\n${long}`, { language: "en", title: "Hurricanes" })).full;
    const s = a.sentences.find((x) => x.text.startsWith("The extremely"))!;
    const at = a.text.indexOf("13 became");
    const ex = excerptWith(a, s, at, at + 2, "_____");
    expect(ex).not.toBeNull();
    expect(ex!).not.toMatch(/^… of which/);
  });

  it("reads « la République Emmanuel Macron » as the person Emmanuel Macron", () => {
    const a = analyzeArticle(`Mission\n\nLe président de la République Emmanuel Macron a salué la mission. L'Américain George Miller présidait le jury. La Banque Centrale Européenne a publié un rapport.`, { language: "fr", title: "Mission" });
    const names = a.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Emmanuel Macron", "George Miller", "Banque Centrale Européenne"]));
  });

  it("offers no place name or fragment pointing back as an aim", async () => {
    const { relationsTemplate } = await import("./types/relations");
    const text = `Attentat en Isère

Les sites sensibles ont été protégés afin d'éviter tout drame supplémentaire. Un homme est soupçonné d'avoir commis cet attentat à Saint-Quentin-Fallavier dans l'Isère. Les enquêteurs ont interrogé les voisins pour retrouver les complices. La police a bouclé le quartier pour sécuriser les lieux. Le préfet a réuni les maires afin de coordonner les secours.`;
    for (const q of relationsTemplate.generate(analyzeArticle(text, { language: "fr", title: "Attentat en Isère" }))) {
      for (const c of q.choices ?? []) {
        expect(c).not.toMatch(/Saint-Quentin|cet attentat/);
      }
    }
  });

  it("asks no main idea on a title of two words, or on a sentence sharing only a name with the title", async () => {
    const { mainIdeaCandidate } = await import("./types/main-idea");
    const body = `Sur douze mois, le déficit commercial s'élève à 59 milliards d'euros. Le déficit mensuel a reculé en février. Les exportations enregistrent une légère érosion. Les importations de pétrole ont baissé de 3 %. Le ministre a présenté un nouveau pôle international. Les chiffres publiés confirment la tendance de 2013. Les entreprises exportatrices sont plus nombreuses.`;
    expect(mainIdeaCandidate(kitFor(analyzeArticle(`Commerce extérieur\n\n${body}`, { language: "fr", title: "Commerce extérieur" })).full, 1)).toBeNull();
    const pesquet = `Retour sur Terre de Thomas Pesquet

Parti le 17 novembre depuis le cosmodrome de Baïkonour, Thomas Pesquet a endossé le rôle de copilote de la capsule Soyouz. La science a été placée au coeur de cette mission. Le dernier astronaute français dans l'espace avait volé en 2008. Thomas Pesquet a réalisé des expériences scientifiques à bord. Les élèves de nombreuses écoles ont suivi la mission. Le CNES a préparé les expériences françaises. Les équipes de Toulouse ont suivi le vol jour et nuit.`;
    const c = mainIdeaCandidate(kitFor(analyzeArticle(pesquet, { language: "fr", title: "Retour sur Terre de Thomas Pesquet" })).full, 1);
    expect(c?.answer ?? "").not.toMatch(/^Parti le 17 novembre/);
  });
});

describe("causes of reading 8", () => {
  it("asks no office whose qualifier is the second half of a place ('Quebec, Canada premier')", () => {
    const text = `Quebec premier calls provincial election

Following speculation from the media, Quebec, Canada premier Jean Charest has called a provincial election for September 4, 2012. After meeting with Lieutenant Governor Pierre Duchesne to dissolve parliament, he made the public announcement on Wednesday. Charest is the leader of the Quebec Liberal Party and has held his position as premier since 2003. The Parti Québécois is led by Pauline Marois. Students have protested against a tuition increase for months.`;
    const r = generateQuiz({ text, title: "Quebec premier calls provincial election", language: "en", count: 20 });
    expect(r.questions.some((q) => /Canada premier/i.test(q.prompt))).toBe(false);
    // "Charest" and "Jean Charest" are one person: never two questions with that answer.
    expect(r.questions.filter((q) => typeof q.answer === "string" && /Charest$/.test(q.answer)).length).toBeLessThanOrEqual(1);
  });

  it("offers round figures with a hedged round key (« près de 30 ans »)", async () => {
    const { numericDistractors } = await import("./distractors/numbers");
    const { rngFor } = await import("./random");
    const a = kitFor(analyzeArticle(`Séisme en Italie\n\nIl s'agit du plus puissant séisme depuis près de 30 ans dans la région.`, { language: "fr", title: "Séisme en Italie" })).full;
    const m = a.numbers.find((x) => x.mantissa === 30)!;
    const ds = numericDistractors(a, m, rngFor(1, "t"), 3);
    expect(ds.length).toBe(3);
    for (const d of ds) expect(Number(d.replace(/\D/g, "")) % 10).toBe(0);
  });

  it("blanks no figure of a 'respectivement' list", () => {
    const text = `Votations en Suisse

Les électeurs suisses étaient appelés aux urnes ce week-end pour cinq objets fédéraux. Deux objets ont été acceptés par une majorité des votants et des cantons. Les trois autres initiatives, sur la retraite, le cannabis et le droit de recours, ont été refusées par respectivement 58,6 %, 63,2 % et 66 % des votants. La participation a atteint 47 % des inscrits dans tout le pays.`;
    const r = generateQuiz({ text, title: "Votations en Suisse", language: "fr", count: 20 });
    expect(r.questions.some((q) => /respectivement/.test(q.prompt) || /respectivement/.test(q.evidence.text) && /_____/.test(q.prompt))).toBe(false);
  });

  it("asks no 'where' of a place that follows a noun ('a professor at Manchester')", () => {
    const a = kitFor(analyzeArticle(`Summer school closed\n\nThe attention of scientists was attracted on the blog of a mathematics professor at Manchester. The school was closed by the police in Istanbul. The professor teaches in Ankara and Izmir.`, { language: "en", title: "Summer school closed" }));
    const slot = a.slots.find((s) => s.type === "place" && s.display === "Manchester");
    expect(slot).toBeDefined();
    expect(movePhrase(a.full, slot!, "where")).toBeNull();
  });
});

describe("one question per counted thing (reading 9: two orbit altitudes, 'the same frame twice')", () => {
  it("asks one number question per unit", () => {
    const text = `Deux satellites lancés depuis la Guyane

Le lanceur Soyouz a placé en orbite samedi le satellite d'observation Pléiades depuis le centre spatial de Kourou. Le satellite Pléiades emporte 12 instruments sur une orbite héliosynchrone. Il pourra photographier n'importe quel point du globe en moins de 24 heures. Les quatre satellites ELISA, lancés avec lui, emportent 9 instruments pour cartographier les émetteurs radar. Le lancement a coûté 120 millions d'euros au ministère de la Défense. Le prochain lancement de Soyouz est prévu en mars depuis la Guyane. Les images de Pléiades seront vendues à des clients civils et militaires.`;
    const r = generateQuiz({ text, title: "Deux satellites lancés depuis la Guyane", language: "fr", count: 20 });
    expect(r.questions.filter((q) => /_____ instruments/.test(q.prompt))).toHaveLength(1);
  });
});

describe("a main idea does not give away a detail question's answer (reading 9)", () => {
  it("drops the detail whose answer the main idea's key states", () => {
    const text = `Coup attempt fails in Freedonia

A failed coup attempt by part of the army left 265 people dead in Freedonia on Friday night, and President Ana Silva stayed in power. Soldiers blocked two bridges in the capital for six hours before loyal troops cleared them. The parliament building was hit by 12 bombs during the night. Loyal troops arrested 2,839 soldiers by Saturday morning. The government declared three days of national mourning for the victims of the night of violence. Foreign ministers from neighbouring countries called for calm and for the rule of law to be respected. Flights resumed at the main airport on Saturday afternoon after a night of closures and cancellations.`;
    const r = generateQuiz({ text, title: "Coup attempt fails in Freedonia", language: "en", count: 20 });
    const main = r.questions.find((q) => q.skill === "main_idea");
    expect(main?.answer).toMatch(/265/);
    expect(r.questions.filter((q) => q !== main && q.answer === "265")).toHaveLength(0);
  });
});

describe("causes of reading 18", () => {
  it("accepts a figure written in words for a key in digits (« huit » for 8)", async () => {
    const { shortAnswerTemplate } = await import("./types/short-answer");
    const a = analyzeArticle(`Recrudescence de la rougeole

La rougeole a été responsable, en 2010, de 8 encéphalites et de 2 décès en France. Les autorités appellent à la vaccination des jeunes adultes.`, { language: "fr", title: "Recrudescence de la rougeole" });
    const q = shortAnswerTemplate.generate(a).find((c) => c.answer === "8");
    expect(q?.accepted).toEqual(expect.arrayContaining(["huit", "huit encéphalites", "8 encéphalites"]));
  });

  it("blanks no end of a range ('between _____ and $200,000')", () => {
    const text = `Tusk smuggler sentenced

The market value of the tusks imported by the smuggler was determined to be between $120,000 and $200,000. He was sentenced to 33 months in prison.`;
    expect(number(text, "Tusk smuggler sentenced", "en", "$120,000", "“The market value of the tusks imported by the smuggler was determined to be between _____ and $200,000.”")).toMatch(/end of a range/);
    expect(number(text, "Tusk smuggler sentenced", "en", "$200,000", "“The market value of the tusks imported by the smuggler was determined to be between $120,000 and _____.”")).toMatch(/end of a range/);
    expect(number(text, "Tusk smuggler sentenced", "en", "33", "“The smuggler was sentenced to _____ months in a federal prison in New Jersey.”")).toBeNull();
  });

  it("blanks no end of a range written 'X to Y' (reading 32: 'a(n) _____ to $1,000 fine'), but asks the new value of a change", () => {
    const text = `Poachers sentenced

The two men were each sentenced to pay a $500 to $1,000 fine and $1,000 in restitution to the park. Visits to the park rose from 12,000 to 15,000 last year.`;
    expect(number(text, "Poachers sentenced", "en", "$500", "“The two men were each sentenced to pay a _____ to $1,000 fine and $1,000 in restitution to the park.”")).toMatch(/end of a range/);
    expect(number(text, "Poachers sentenced", "en", "$1,000", "“The two men were each sentenced to pay a $500 to _____ fine and $1,000 in restitution to the park.”")).toMatch(/end of a range/);
    expect(number(text, "Poachers sentenced", "en", "15,000", "“Visits to the park rose from 12,000 to _____ last year.”") ?? "").not.toMatch(/end of a range/);
  });

  it("blanks no whole a part is counted out of ('37 of its _____ year existence', « 16 des _____ personnes »), but asks the part", () => {
    const text = `Road closed by lava

The road has been closed for 37 of its 49 year existence. The court cancelled the second of two life sentences on Tuesday.`;
    expect(number(text, "Road closed by lava", "en", "49", "“The road has been closed for 37 of its _____ year existence.”")).toMatch(/counted out of/);
    expect(number(text, "Road closed by lava", "en", "two", "“The court cancelled the second of _____ life sentences on Tuesday.”")).toMatch(/counted out of/);
    expect(number(text, "Road closed by lava", "en", "37", "“The road has been closed for _____ of its 49 year existence.”") ?? "").not.toMatch(/counted out of/);
    const fr = `Émission de chlore dans une clinique

Le personnel est évacué, mais 16 des 66 personnes concernées sont incommodées.`;
    expect(number(fr, "Émission de chlore dans une clinique", "fr", "66", "« Le personnel est évacué, mais 16 des _____ personnes concernées sont incommodées. »")).toMatch(/counted out of/);
    expect(number(fr, "Émission de chlore dans une clinique", "fr", "16", "« Le personnel est évacué, mais _____ des 66 personnes concernées sont incommodées. »") ?? "").not.toMatch(/counted out of/);
  });

  it("keys no main idea on a sentence that only says a press conference was held", () => {
    const text = `Bilan de la nuit de la Saint-Sylvestre

Le ministre de l'Intérieur a tenu le 1er janvier une conférence de presse sur les chiffres de la nuit de la Saint-Sylvestre. Au total, 1 193 véhicules ont été incendiés, un chiffre stable par rapport à l'an dernier. Les interpellations sont en hausse de 10 % sur l'ensemble du territoire. Les forces de l'ordre ont compté sept blessés légers dans leurs rangs. Le ministre a déploré le décès d'un jeune homme en Alsace. Des affrontements ont eu lieu à Strasbourg et à Mulhouse. Les pompiers sont intervenus plus de 3 000 fois dans la nuit. La préfecture de police a salué le calme de la capitale.`;
    const c = mainIdeaTemplate.generate(analyzeArticle(text, { language: "fr", title: "Bilan de la nuit de la Saint-Sylvestre" }))[0];
    expect(c?.answer ?? "").not.toMatch(/conférence de presse/);
  });

  it("asks at most two copied-sentence number clozes on a short text", () => {
    const text = `Sewer settlement for the bay

The utility district and seven cities agreed to repair a sewer system of 1,500 miles. They will pay civil penalties of $1.5 million for past discharges. The work is expected to cost about $1.5 billion over 21 years. The bay covers 1,600 square miles and is the largest estuary of the coast. Older sewer systems can be overwhelmed by 40 inches of rain. The agency said 12 treatment plants will be upgraded.`;
    const r = generateQuiz({ text, title: "Sewer settlement for the bay", language: "en", count: 20 });
    expect(r.questions.filter((q) => q.prompt.startsWith("Fill in the right number")).length).toBeLessThanOrEqual(2);
  });
});

describe("what a news reader retains (reading 18: a toll and damages ranked as minor details)", () => {
  it("asks the toll of a text where it is the fifth sentence, read with a French thousands dot and options of two figures", () => {
    const text = `La situation au Japon

Le conseil des ministres a fait le point sur la très grave catastrophe qui affecte le Japon. Le ministre des affaires étrangères a dressé un premier bilan des conséquences humaines et matérielles de la catastrophe. Le nord-est du pays est dévasté. La population de cinq préfectures a été atteinte. Pour l'heure, le bilan provisoire fait état de plus de 10.000 morts et disparus. La France a immédiatement proposé son aide, avec de nombreux pays. Les Japonais ont accepté l'aide de leurs proches voisins. La mission française est arrivée lundi avec du matériel de déblaiement.`;
    const r = generateQuiz({ text, title: "La situation au Japon", language: "fr", count: 20 });
    const toll = r.questions.find((q) => q.evidence.text.includes("10.000 morts"));
    expect(toll?.answer).toBe("10\u202F000");
  });
});

describe("causes of reading 19", () => {
  it("asks how many without an adverb that points back (« ont ainsi été réalisées »)", () => {
    const text = `Retour de la campagne Serpentine

Le navire a regagné le port de Brest après deux mois en mer. Douze plongées ont ainsi été réalisées pendant la campagne Serpentine. Les chercheurs ont découvert trois nouveaux sites hydrothermaux.`;
    const q = whQuestionTemplate.generate(analyzeArticle(text, { language: "fr", title: "Retour de la campagne Serpentine" })).find((c) => c.answer === "douze");
    expect(q?.prompt).toBe("Selon l’article, combien de plongées ont été réalisées pendant la campagne Serpentine\u202F?");
  });

  it("offers no whole smaller than the part the sentence gives after the noun (« sur les _____ fédérations …, 16 ont »)", () => {
    const text = `Bilan des Jeux de Pékin

Ces médailles ont été remportées dans un grand nombre de disciplines : sur les 30 fédérations françaises représentées à Pékin, 16 ont été médaillées. La France termine à la dixième place.`;
    const prompt = "« Ces médailles ont été remportées dans un grand nombre de disciplines : sur les _____ fédérations françaises représentées à Pékin, 16 ont été médaillées. »";
    // Since reading 47 the whole before its part is not asked at all, which keeps this promise too.
    expect(number(text, "Bilan des Jeux de Pékin", "fr", "30", prompt)).toMatch(/smaller than a part|whole a part is counted out of/);
  });

  it("reads the news of a headline after a label closed by a date", () => {
    expect(titleNews("Conseil des ministres du 19 février 2014. Point de situation sur les intempéries.")).toBe("Point de situation sur les intempéries.");
    expect(titleNews("Conseil des ministres du 30 Novembre 1993 La situation du commerce extérieur.")).toBe("La situation du commerce extérieur.");
  });

  it("keys no later sentence when the first one, the writer's own, is too long to show", () => {
    const text = `NIH discontinues immunizations in HIV vaccine study

The National Institute of Allergy and Infectious Diseases, part of the National Institutes of Health, will stop administering injections in its clinical trial of an investigational HIV vaccine regimen because an independent review board found that the vaccine regimen neither prevented infection nor reduced the amount of virus in the blood of volunteers who became infected. The study began in 2009 and was testing an investigational vaccine regimen developed by the institute's vaccine research center. The regimen involved a series of three immunizations over the course of eight weeks. The priming vaccine contained genetic material expressing proteins from the virus. Volunteers were men who have sex with men and transgender women. The trial enrolled 2,504 volunteers in 21 cities. The board met on April 22 to review the data. Participants will continue to be followed for their health.`;
    expect(mainIdeaTemplate.generate(analyzeArticle(text, { language: "en", title: "NIH discontinues immunizations in HIV vaccine study" }))).toEqual([]);
  });
});

describe("slips of the article (readings 32–34)", () => {
  // Made-up text in the shape of an accident sheet read in reading 32.
  const sheet = (slip: string, doubled: string) => `Un train de fret transportant du bioéthanol a déraillé mardi soir en gare de triage de Woippy, en Moselle.

Deux wagons, transportant chacun 60 tonnes de ${slip}, se sont couchés sur le flanc. Environ ${doubled} 20 tonnes de produit se sont répandues sur les voies, selon la préfecture.

Les pompiers ont établi un périmètre de sécurité de 200 mètres et 45 riverains ont été évacués pendant la nuit. Aucune pollution de la nappe n'a été relevée par les services de l'État.

La circulation des trains a repris jeudi matin sur l'ensemble du site après le relevage des wagons par une grue.`;
  const title = "Déraillement d'un train de bioéthanol en gare de triage";

  it("copies no misspelt word nor a phrase typed twice into a question, and keeps the main idea", () => {
    const clean = generateQuiz({ text: sheet("bioéthanol", ""), title, count: 20 }).questions;
    expect(clean.some((q) => /chacun _____ tonnes/.test(q.prompt))).toBe(true);
    const slipped = generateQuiz({ text: sheet("bioététhanol", "plus de plus de"), title, count: 20 }).questions;
    for (const q of slipped) expect([q.prompt, ...(q.choices ?? [])].join(" ")).not.toMatch(/bioététhanol|plus de plus de/);
    expect(slipped.some((q) => q.skill === "main_idea")).toBe(true);
  });
});
