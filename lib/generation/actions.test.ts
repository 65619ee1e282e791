// "Qu'a annoncé la BCE ?": what an actor did, asked without copying the sentence, with what other
// actors did as options; and the details and option forms a blind reader did not keep.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { CLITIC_INFINITIVE, POSSESSIVE } from "./clauses";
import { unworthy } from "./select";
import type { Candidate } from "./template";
import { actionsTemplate, findActions } from "./types/actions";
import { verifyCandidate } from "./verify";

const FR = `Nouveaux billets en euros

La Banque centrale européenne a annoncé une nouvelle série de billets, la première depuis 2002. La Commission européenne a publié un rapport sur la contrefaçon le même jour. Le ministre Pierre Moscovici a salué la décision de la banque centrale. Selon les experts, la refonte des billets coûtera plusieurs millions d'euros. Les commerçants devront adapter leurs caisses avant la mise en circulation. L'Allemagne a obtenu le maintien du billet de 500 euros après de longues négociations.`;

const EN = `New euro notes

The European Central Bank announced a new series of banknotes on Friday. The European Commission published a report on counterfeiting the same day. Finance Minister Paul Martin welcomed the decision of the bank. Shopkeepers will have to adapt their tills before the launch. Germany's central bank won the approval of the governors after long talks.`;

describe("what an actor did", () => {
  it("asks in French with the participle after the actor, never copying the sentence", () => {
    const a = analyzeArticle(FR, { language: "fr", title: "Nouveaux billets en euros" });
    const q = actionsTemplate.generate(a).find((c) => /Banque centrale européenne/.test(c.prompt))!;
    expect(q.prompt).toBe("D’après l’article, qu’a annoncé la Banque centrale européenne\u202F?");
    expect(q.answer).toBe("Une nouvelle série de billets");
    expect(q.choices).toContain("Un rapport sur la contrefaçon");
    expect(q.skill).toBe("detail");
    expect(verifyCandidate(a, q)).toBeNull();
    // Another actor's action as the key fails the independent check.
    expect(verifyCandidate(a, { ...q, answer: "Un rapport sur la contrefaçon" })).not.toBeNull();
  });

  it("reads past an adverbial between the verb and its object", () => {
    const a = analyzeArticle(`Tennis\n\nLa joueuse Anna Berg a remporté pour la troisième fois de sa carrière le tournoi de Madrid. Le club local a ouvert un nouveau court couvert.`, { language: "fr", title: "Tennis" });
    expect(findActions(a).map((x) => x.object)).toEqual(expect.arrayContaining(["le tournoi de Madrid", "un nouveau court couvert"]));
  });

  it("asks in English with do-support and tags positions as stance", () => {
    const a = analyzeArticle(EN, { language: "en", title: "New euro notes" });
    const actions = findActions(a);
    expect(actions.map((x) => x.object)).toEqual(expect.arrayContaining(["a new series of banknotes", "a report on counterfeiting"]));
    const q = actionsTemplate.generate(a).find((c) => /European Central Bank/.test(c.prompt))!;
    expect(q.prompt).toBe("According to the article, what did the European Central Bank announce?");
    const welcomed = findActions(a).find((x) => x.verb.ask === "welcome");
    expect(welcomed?.verb.stance).toBe(true);
  });

  it("offers no event an actor may have authored when the question is about a position", () => {
    const a = analyzeArticle(FR, { language: "fr", title: "Nouveaux billets en euros" });
    const q = actionsTemplate.generate(a).find((c) => /salué/.test(c.prompt));
    // Only other actors' actions may stand as options for a position; two of them exist.
    if (q) for (const d of q.choices!.filter((x) => x !== q.answer)) expect(["Une nouvelle série de billets", "Un rapport sur la contrefaçon", "Le maintien du billet de 500 euros"]).toContain(d);
  });
});

describe("details and options a reader did not keep", () => {
  const a = analyzeArticle(FR, { language: "fr", title: "Nouveaux billets en euros" });
  const s = a.sentences[1];
  const num = (prompt: string, answer: string, ev: string): Candidate => ({
    kind: "multiple_choice", category: "comprehension", source: "article", prompt, choices: [answer, "20", "30"], answer,
    evidence: { text: ev, start: s.start, end: s.start + ev.length }, explanation: "…", difficulty: 1, score: 0.95, sentenceIndex: s.index,
    template: "numeric", meta: { slot: "number" },
  });

  it("treats a person's age as a trivial figure, not the age of an event", () => {
    expect(unworthy(a, num("Complétez : « Un lycéen de _____ ans a été agressé dans un train entre Toulouse et Lyon hier soir. »", "17",
      "Un lycéen de 17 ans a été agressé dans un train entre Toulouse et Lyon hier soir."))).toBe("trivial figure");
    expect(unworthy(a, num("Complétez : « Les suspects sont âgés d'_____ ans selon la police de Lyon et du Rhône. »", "environ 18",
      "Les suspects sont âgés d'environ 18 ans selon la police de Lyon et du Rhône."))).toBe("trivial figure");
    expect(unworthy(a, num("Fill in: “Ahmed Mohamed, a _____-year-old boy from Irving, Texas, was arrested at his school.”", "14",
      "Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school."))).toBe("trivial figure");
    expect(unworthy(a, num("Complétez : « Né à Troyes, il découvre l'économie à _____ ans, à l'École polytechnique de Paris. »", "21",
      "Né à Troyes, il découvre l'économie à 21 ans, à l'École polytechnique de Paris."))).toBe("trivial figure");
    expect(unworthy(a, num("Complétez : « C'était il y a tout juste _____ ans que l'Algérie devenait indépendante après la guerre. »", "50",
      "C'était il y a tout juste 50 ans que l'Algérie devenait indépendante après la guerre."))).not.toBe("trivial figure");
  });

  it("treats the size of a thing or where a place lies as a setting detail, not the size of the event (readings 19–41)", () => {
    const cases: [string, string, boolean][] = [
      ["Le cargo de 71 mètres de long, battant pavillon moldave, a pris feu au large.", "71", true],
      ["L'exploitant d'une charcuterie industrielle de 6 000 m² est réveillé à 4 h par l'alarme.", "6 000", true],
      ["Le séisme s'est produit dans le village d'Aysen, à une profondeur de 27 kilomètres sous la surface.", "27", true],
      ["L'accident s'est produit à environ 40 km au nord de la capitale Kampala, selon la police.", "40", true],
      // The event's own size: asked.
      ["Un incendie de 500 hectares a ravagé la forêt des Landes pendant trois jours.", "500", false],
      ["La voiture a été traînée sur 300 mètres par le train avant de s'immobiliser.", "300", false],
      ["La hauteur des vagues est de 8 mètres selon les prévisionnistes de Météo-France.", "8", false],
    ];
    for (const [ev, key, trivial] of cases) {
      const why = unworthy(a, num(`Complétez : « ${ev.replace(key, "_____")} »`, key, ev));
      if (trivial) expect(why, ev).toBe("trivial figure");
      else expect(why, ev).not.toBe("trivial figure");
    }
  });

  it("treats minutes opening a sentence as a clock detail whatever the key's case (reading 9)", () => {
    expect(unworthy(a, num("Fill in the right number: “_____ minutes later, it rang again, and the family once again ignored it.”", "five",
      "Five minutes later, it rang again, and the family once again ignored it."))).toBe("trivial figure");
  });

  it("refuses a number the prompt says in words or in another unit (reading 10)", () => {
    expect(unworthy(a, num("Complétez avec le bon nombre : « Le prix Nobel de la paix a été attribué jeudi à Oslo à un quartet de _____ organisations de la société civile tunisienne. »", "quatre",
      "Le prix Nobel de la paix a été attribué jeudi à Oslo à un quartet de quatre organisations de la société civile tunisienne."))).toBe("a word of the prompt says the number");
    expect(unworthy(a, num("Fill in the right number: “The oil slick has spread over about _____ miles (19 km) east of the town.”", "12",
      "The oil slick has spread over about 12 miles (19 km) east of the town."))).toBe("the prompt gives the figure in another unit");
    expect(unworthy(a, num("According to the article, over how many miles (19 km) has the oil slick spread?", "12",
      "The oil slick has spread over about 12 miles (19 km) east of the town."))).toBe("the prompt gives the figure in another unit");
    expect(unworthy(a, num("Complétez avec le bon nombre : « Selon le comité, les _____ organisations de la société civile ont mené le dialogue national en Tunisie en 2013. »", "quatre",
      "Selon le comité, les quatre organisations de la société civile ont mené le dialogue national en Tunisie en 2013."))).toBeNull();
  });

  it("refuses one end of a range and an option the prompt prints", () => {
    expect(unworthy(a, num("Complétez : « Les poils appartiendraient au yéti avec une probabilité de 60 à _____ selon une analyse russe. »", "70 %",
      "Les poils appartiendraient au yéti avec une probabilité de 60 à 70 % selon une analyse russe."))).toBe("blank is one item of a list");
    const c = num("Complétez : « Le parti a obtenu _____ sièges contre 12 sièges pour son rival à l'issue du vote de dimanche. »", "15",
      "Le parti a obtenu 15 sièges contre 12 sièges pour son rival à l'issue du vote de dimanche.");
    expect(unworthy(a, { ...c, choices: ["15", "12", "18"] })).toBe("an option is printed in the prompt");
    expect(unworthy(a, { ...c, choices: ["15", "17", "18"] })).toBeNull();
  });

  it("proposes true/false only to a teacher who asks for that format", async () => {
    const { generateQuiz } = await import("./generate");
    const all = generateQuiz({ text: FR, title: "Nouveaux billets en euros", count: 20 });
    expect(all.questions.some((q) => q.kind === "true_false")).toBe(false);
    const tf = generateQuiz({ text: FR, title: "Nouveaux billets en euros", count: 20, kinds: ["true_false"] });
    expect(tf.questions.every((q) => q.kind === "true_false")).toBe(true);
  });

  it("keeps possessives and clitics out of options read alone", () => {
    expect(POSSESSIVE.fr.test("répartir leurs malades")).toBe(true);
    expect(CLITIC_INFINITIVE.test("y intégrer un visage")).toBe(true);
    expect(POSSESSIVE.fr.test("les camions de collecte restent au dépôt")).toBe(false);
    expect(CLITIC_INFINITIVE.test("trouver une issue rapide")).toBe(false);
  });
});

describe("how many, without what only the article's sentence needs (reading 9)", () => {
  it("drops a link to the sentence before and a closing comment", async () => {
    const { whQuestionTemplate } = await import("./types/wh-question");
    const prompts = (title: string, body: string) =>
      whQuestionTemplate.generate(analyzeArticle(`${title}\n\n${body}`, { language: "fr", title })).map((c) => c.prompt);
    expect(prompts("Crues dans le nord de la France", "Les pluies ont touché le nord de la France lundi et les rivières ont débordé dans plusieurs villes. Quatorze départements sont par ailleurs toujours en vigilance orange. Les secours restent mobilisés dans la Somme et dans l'Oise. Le ministre de l'Intérieur s'est rendu à Amiens mardi. Les assureurs estiment les dégâts à 900 millions d'euros."))
      .toContain("Selon l’article, combien de départements sont toujours en vigilance orange\u202F?");
    expect(prompts("Sécurité routière : le bilan 2012", "3 645 personnes ont perdu la vie sur les routes de France en 2012, ce qui correspond au taux le plus bas depuis 1948. Le nombre de blessés a baissé de 5 % sur un an. Le ministre de l'Intérieur a salué les efforts des conducteurs. Les radars seront renforcés en 2013."))
      .toContain("Selon l’article, combien de personnes ont perdu la vie sur les routes de France en 2012\u202F?");
  });
});

describe("questions that would cut a list or count what a passive does not have (reading 10)", () => {
  it("asks no date question that cuts « les 19ème, 20ème, 21ème et 22ème satellites » at « et »", async () => {
    const { whQuestionTemplate } = await import("./types/wh-question");
    const a = analyzeArticle("Ariane 5 lance quatre satellites Galileo\n\nMardi 12 décembre, Ariane 5 a parfaitement réussi sa dernière mission de l'année en mettant en orbite les 19ème, 20ème, 21ème et 22ème satellites de la constellation Galileo. Les quatre satellites ont été placés sur une orbite circulaire. Le lanceur a décollé de Kourou à 19h36. La constellation compte désormais 22 satellites. Le prochain lancement est prévu en mars.", { language: "fr", title: "Ariane 5 lance quatre satellites Galileo" });
    expect(whQuestionTemplate.generate(a).some((c) => /21ème/.test(c.prompt))).toBe(false);
  });

  it("asks no question around an incise (\"after the vote, passed at 30 votes to 15, took place …\")", async () => {
    const { whQuestionTemplate } = await import("./types/wh-question");
    // Sentences from Wikinews, "Prime Minister of Vanuatu ousted in vote of no confidence", 2010 (CC BY 2.5).
    const a = analyzeArticle("Prime Minister of Vanuatu ousted in vote of no confidence\n\nThe prime minister of Vanuatu has lost his seat after a motion of no confidence. Edward Natapei was ousted after the vote, passed at 30 votes to 15, took place in parliament. Natapei was out of the country at the time of the vote, attending a climate change summit in Cancun, Mexico. The vote took place after several members of parliament became unhappy with Natapei's decisions. There was also concern about his support for Frank Bainimarama, the military leader of Fiji. Sato Kilman was elected prime minister in his place.", { language: "en", title: "Prime Minister of Vanuatu ousted in vote of no confidence" });
    expect(whQuestionTemplate.generate(a).some((c) => /passed at 30 votes/.test(c.prompt))).toBe(false);
  });

  it("asks no 'how many miles were they recovered' from a passive", async () => {
    const { whQuestionTemplate } = await import("./types/wh-question");
    // Sentences from Wikinews, "Manned Soyuz space mission aborted", 2018 (CC BY 2.5).
    const a = analyzeArticle("Manned Soyuz space mission aborted\n\nSoyuz MS-10, a manned Russian space mission bound for the International Space Station (ISS) for a six-month stay, was forced to abort by a booster rocket failure Thursday morning. The crew, Russian cosmonaut Aleksey Ovchinin and American astronaut Nick Hague, were unharmed. Ovchinin and Hague were safely recovered along with the spacecraft's descent module about 12 miles (19 km) east of Jezkazgan, Kazakhstan, and 250 miles (402 km) from the launch site, approximately an hour and a half after lift-off.", { language: "en", title: "Manned Soyuz space mission aborted" });
    expect(whQuestionTemplate.generate(a).some((c) => /how many miles/i.test(c.prompt))).toBe(false);
  });
});

describe("which number is missing, when the article hedges it (reading 10)", () => {
  it("blanks the figure and leaves « plus de » in the sentence", async () => {
    const { shortAnswerTemplate } = await import("./types/short-answer");
    const a = analyzeArticle("La Nuit des musées\n\nLors de cette 6e édition, plus de 3 000 musées se sont mobilisés à travers toute l'Europe. La manifestation a attiré deux millions de visiteurs. Le ministre de la Culture a salué le succès de l'opération.", { language: "fr", title: "La Nuit des musées" });
    const q = shortAnswerTemplate.generate(a).find((c) => /musées/.test(c.prompt))!;
    expect(q.prompt).toContain("plus de _____ musées");
    expect(q.answer).toMatch(/^3[\s\u00A0\u202F]000$/u);
    expect(q.accepted?.some((x) => /^plus de 3[\s\u00A0\u202F]000$/u.test(x))).toBe(true);
  });
});

describe("how many, when the number is the object", () => {
  it("asks in the inverted order in French and with an inverted auxiliary in English", async () => {
    const { whQuestionTemplate } = await import("./types/wh-question");
    const fr = analyzeArticle("Suppressions de postes\n\nLe groupe informatique HP va supprimer 520 postes en France d'ici 2014. Les syndicats jugent ce plan inacceptable et demandent des négociations. La direction compte sur des départs volontaires et des retraites anticipées. Le plan mondial prévoit 27 000 suppressions.", { language: "fr", title: "Suppressions de postes" });
    const q = whQuestionTemplate.generate(fr).find((c) => /combien de postes/.test(c.prompt));
    expect(q?.prompt).toBe("Selon l’article, combien de postes le groupe informatique HP va-t-il supprimer en France d’ici 2014\u202F?");
    expect(q?.answer).toBe("520");
    const en = analyzeArticle("Job cuts\n\nThe computer maker will cut 520 jobs in France by 2014. Unions called the plan unacceptable and asked for talks. Managers hope for voluntary departures and early retirements. The global plan foresees 27,000 cuts.", { language: "en", title: "Job cuts" });
    const e = whQuestionTemplate.generate(en).find((c) => /how many jobs/.test(c.prompt));
    expect(e?.prompt).toBe("According to the article, how many jobs will the computer maker cut in France by 2014?");
    // A number after a preposition is a complement, not what the clause counts.
    const after = analyzeArticle("Titre\n\nL'exposition est en tournée depuis deux ans dans plusieurs musées. Elle arrive à Montréal en octobre avec trente tableaux. Le musée attend beaucoup de visiteurs cette année.", { language: "fr", title: "Titre" });
    expect(whQuestionTemplate.generate(after).some((c) => /combien d’ans/.test(c.prompt))).toBe(false);
  });
});

describe("actors and verbs a reader finds in real news", () => {
  it("reads a name set off by commas, a time between actor and verb, and a time between verb and object", () => {
    const fr = analyzeArticle(`Énergie\n\nLe Premier ministre, Paul Durand, a annoncé le lancement de deux parcs éoliens en mer. Le ministre de l'Intérieur Marc Petit a présenté, mercredi 25 mai, le dispositif de sécurité du tournoi. La région a publié un rapport sur les oiseaux marins.`, { language: "fr", title: "Énergie" });
    const objects = findActions(fr).map((x) => `${x.actorText} | ${x.object}`);
    expect(objects).toContain("Paul Durand | le lancement de deux parcs éoliens en mer");
    expect(objects.some((o) => /Marc Petit \| le dispositif de sécurité du tournoi$/.test(o))).toBe(true);
    const en = analyzeArticle(`Holiday\n\nThe New Zealand Government on Thursday announced the creation of a new public holiday. Labor Secretary Elaine Chao today announced the final rules on overtime pay. The group was awarded a silver medal for courage.`, { language: "en", title: "Holiday" });
    const enObjects = findActions(en).map((x) => `${x.actorText} | ${x.object}`);
    expect(enObjects).toEqual(expect.arrayContaining(["the New Zealand Government | the creation of a new public holiday", "Elaine Chao | the final rules on overtime pay"]));
    // "was awarded": the subject of a passive did not do the action.
    expect(enObjects.some((x) => /silver medal/.test(x))).toBe(false);
  });

  it("proves an action read across a time between commas, and no other gap", () => {
    const a = analyzeArticle(`Tournoi\n\nLe ministre de l'Intérieur Marc Petit a présenté, mercredi 25 mai, le dispositif de sécurité du tournoi. La fédération a publié le calendrier des matchs. La mairie a présenté un plan de circulation pour les supporters. Les clubs ont dénoncé le prix des billets d'entrée.`, { language: "fr", title: "Tournoi" });
    const x = findActions(a).find((y) => /Marc Petit$/.test(y.actorText))!;
    const actor = a.text.slice(x.actor.start, x.actor.end);
    const ev = a.sentences[x.sentence.index];
    const q: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", prompt: "D'après l'article, qu'a présenté Marc Petit ?",
      choices: ["Le dispositif de sécurité du tournoi", "Le calendrier des matchs", "Le prix des billets d'entrée"], answer: "Le dispositif de sécurité du tournoi",
      evidence: { text: ev.text, start: ev.start, end: ev.end }, explanation: "…", difficulty: 2, score: 0.9, sentenceIndex: ev.index, template: "action",
      meta: { proof: { type: "action", actor, verb: x.written, object: x.object } },
    };
    expect(verifyCandidate(a, q)).toBeNull();
    const other = analyzeArticle(`Tournoi\n\nLe ministre Marc Petit a présenté, selon ses proches, le dispositif de sécurité du tournoi.`, { language: "fr", title: "Tournoi" });
    const s2 = other.sentences[0];
    expect(verifyCandidate(other, { ...q, evidence: { text: s2.text, start: s2.start, end: s2.end }, sentenceIndex: 0 })).not.toBeNull();
  });
});
