// The second-generation generator's comprehension families and the checks around them, on small
// articles written for these tests (French and English).
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { containsWords } from "../analysis/fold";
import type { FullAnalysis } from "../analysis/types";
import { frenchInfinitive, selfContained } from "./clauses";
import { generateQuiz } from "./generate";
import { givenByTitle, importanceOf } from "./importance";
import { selectQuestions, unworthy } from "./select";
import type { Candidate } from "./template";
import { mainIdeaTemplate, statementOf, titleNews } from "./types/main-idea";
import { quoteTemplate } from "./types/quote";
import { findRelations, relationsTemplate } from "./types/relations";
import { confidentPerson, verifyCandidate } from "./verify";

const FR = `Grève des éboueurs à Marseille : les déchets s'accumulent

Les éboueurs de Marseille sont en grève depuis lundi pour obtenir une hausse de leurs salaires. Les rues du centre-ville sont couvertes de sacs poubelle parce que les camions de collecte restent au dépôt. La mairie a ouvert des négociations avec les syndicats afin de trouver une issue rapide au conflit. Le maire Benoît Payan a déclaré : « Nous ferons une proposition sérieuse avant vendredi. » Le syndicat Force ouvrière réclame une prime de 150 euros par mois. La préfecture a installé des bennes provisoires dans trois arrondissements. Les commerçants du Vieux-Port se plaignent de la baisse de la fréquentation. Le dernier conflit de ce type avait duré deux semaines en 2016. Les touristes photographient les montagnes de déchets devant l'hôtel de ville. La directrice de la propreté, Claire Martin, estime que la collecte normale reprendra dans une semaine. Le délégué syndical Karim Benali demande une réunion avec le ministre Gérald Darmanin.`;

const EN = `Floods close schools across Cumbria

Dozens of schools in Cumbria were closed on Monday because heavy rain flooded the roads. The county council opened emergency shelters in order to house families whose homes were flooded. Council leader Stewart Young said the damage would cost millions of pounds to repair. The Environment Agency issued 40 flood warnings across the north of England. Volunteers filled sandbags in Keswick and Cockermouth through the night. Rail services between Carlisle and Lancaster were suspended. The Royal Air Force lifted stranded residents from rooftops in Workington. Forecasters expect more rain later in the week.`;

function full(text: string, lang: "fr" | "en", title: string): FullAnalysis {
  return analyzeArticle(text, { language: lang, title });
}

describe("cause, consequence and purpose", () => {
  it("finds the relation a marker states and asks for it, with options of the same form", () => {
    const a = full(FR, "fr", "Grève des éboueurs à Marseille : les déchets s'accumulent");
    const rels = findRelations(a);
    const cause = rels.find((r) => r.relation === "cause");
    expect(cause?.content).toBe("les camions de collecte restent au dépôt");
    expect(cause?.main).toBe("Les rues du centre-ville sont couvertes de sacs poubelle");
    const purpose = rels.find((r) => r.relation === "purpose" && r.marker.startsWith("afin"));
    expect(purpose?.content).toBe("trouver une issue rapide au conflit");
    const qs = relationsTemplate.generate(a);
    const q = qs.find((c) => c.skill === "cause")!;
    expect(q.prompt).toMatch(/^D’après l’article, pourquoi est-ce que les rues du centre-ville sont couvertes de sacs poubelle/);
    expect(q.answer).toBe("Les camions de collecte restent au dépôt");
    // Every option is a clause from elsewhere in the article, none of them in the evidence.
    for (const d of q.choices!.filter((x) => x !== q.answer)) expect(q.evidence.text.toLowerCase()).not.toContain(d.toLowerCase());
    expect(verifyCandidate(a, q)).toBeNull();
  });

  it("asks the English cause with an inverted auxiliary and the purpose of an action", () => {
    const a = full(EN, "en", "Floods close schools across Cumbria");
    const qs = relationsTemplate.generate(a);
    const cause = qs.find((c) => c.skill === "cause");
    expect(cause?.prompt).toBe("According to the article, why were dozens of schools in Cumbria closed on Monday?");
    expect(cause?.answer).toBe("Heavy rain flooded the roads");
  });

  it("asks why a reported statement holds when the writer's « En effet » gives the reason (reading 12)", () => {
    const text = `Belgique : le Premier ministre démissionne

Le Premier ministre a présenté sa démission au roi après l'échec des négociations sur la réforme de l'État. Dans un communiqué, le palais a annoncé que le roi ne souhaitait pas prendre de décision hâtive. En effet, la Belgique doit prendre la présidence du Conseil de l'Union européenne en juillet. Les partis flamands se sont réunis jeudi à Bruxelles. Le parti libéral a quitté la majorité mercredi soir. Les syndicats ont appelé à une manifestation dimanche. Des élections anticipées pourraient être organisées à l'automne.`;
    const a = full(text, "fr", "Belgique : le Premier ministre démissionne");
    const r = findRelations(a).find((x) => x.marker === "En effet,");
    expect(r?.main).toBe("le roi ne souhaitait pas prendre de décision hâtive");
    expect(r?.content).toBe("la Belgique doit prendre la présidence du Conseil de l'Union européenne en juillet");
  });

  it("asks no means that a comparison or a second means would cut in half (reading 15)", () => {
    const a = full(`Bilan de la session

Grâce à une utilisation aussi limitée que possible de la procédure d'urgence et à l'annonce de son programme, le Gouvernement a permis au Parlement de travailler dans de bonnes conditions. Le Parlement a adopté 48 lois. Le Sénat a examiné de nombreux textes.`, "fr", "Bilan de la session");
    expect(findRelations(a).filter((r) => r.marker.startsWith("Grâce"))).toEqual([]);
  });

  it("keeps a means whole before its participle and never asks about « cette … » (reading 16)", () => {
    const text = `Naufrage du Prestige : la crise est maîtrisée

Grâce au travail d'anticipation effectué notamment avec l'envoi d'instructions, la phase initiale de la crise a été maîtrisée par les préfectures. Grâce au travail des bénévoles, cette pollution a été contenue sur les plages. Le naufrage du pétrolier a touché les côtes de l'Atlantique. La pollution prend des formes multiples sur le littoral.`;
    const rels = findRelations(full(text, "fr", "Naufrage du Prestige : la crise est maîtrisée"));
    expect(rels.find((r) => /phase initiale/.test(r.main))?.content).toBe("travail d'anticipation");
    expect(rels.some((r) => /cette pollution/.test(r.main))).toBe(false);
  });

  it("offers a purpose question only to a teacher who asks for the skill (none kept as is in readings 4–8)", () => {
    const text = `Crue du Rhône : Lyon ferme ses quais

La ville de Lyon a fermé les quais du Rhône mardi afin de protéger les piétons pendant la crue. Les pompiers ont installé des pompes dans le quartier de Perrache afin d'évacuer l'eau des caves inondées. La préfecture a ouvert le gymnase Jean-Moulin afin d'accueillir les familles évacuées. Les écoles du 7e arrondissement resteront fermées jusqu'à jeudi. Météo-France prévoit une baisse du niveau du fleuve en fin de semaine. Le maire Grégory Doucet a remercié les secouristes. Les commerçants des quais demandent une aide de la métropole. La dernière crue de cette ampleur remonte à 2003.`;
    const skillsOf = (skills?: ("purpose" | "cause")[]) =>
      generateQuiz({ text, title: "Crue du Rhône : Lyon ferme ses quais", language: "fr", count: 20, skills } as Parameters<typeof generateQuiz>[0])
        .questions.map((q) => q.skill);
    expect(skillsOf()).not.toContain("purpose");
    expect(skillsOf(["purpose"])).toContain("purpose");
  });

  it("refuses a statement that opens on a pronoun or hides a subordinate clause", () => {
    expect(selfContained("il a refusé de signer le texte", "fr")).toBe(false);
    expect(selfContained("the council opened shelters", "en")).toBe(true);
    const a = full("Le bilan\n\nIl a démissionné parce que le projet a échoué. Les habitants qui protestaient ont été reçus parce que la mairie voulait calmer la situation. " + "Le reste du texte parle du budget municipal et des travaux. ".repeat(4), "fr", "Le bilan");
    expect(findRelations(a).filter((r) => r.relation === "cause")).toEqual([]);
  });

  it("re-derives the key: a key that is not what follows the marker is dropped", () => {
    const a = full(FR, "fr", "Grève");
    const q = relationsTemplate.generate(a).find((c) => c.skill === "cause")!;
    const forged: Candidate = { ...q, answer: q.choices!.find((x) => x !== q.answer)! };
    expect(verifyCandidate(a, forged)).toMatch(/relation/);
  });

  it("tells infinitives from nouns in -er and -ir", () => {
    for (const v of ["trouver", "obtenir", "prendre", "voir", "réduire"]) expect(frenchInfinitive(v)).toBe(true);
    for (const n of ["dossier", "quartier", "hier", "plaisir", "ministre", "janvier"]) expect(frenchInfinitive(n)).toBe(false);
  });
});

describe("main idea", () => {
  it("offers the opening sentence against true secondary details", () => {
    const a = full(FR, "fr", "Grève des éboueurs à Marseille : les déchets s'accumulent");
    const [q] = mainIdeaTemplate.generate(a);
    expect(q.skill).toBe("main_idea");
    expect(q.answer).toBe("Les éboueurs de Marseille sont en grève depuis lundi pour obtenir une hausse de leurs salaires.");
    expect(q.choices).toHaveLength(4);
    const imp = importanceOf(a);
    for (const d of q.choices!.filter((x) => x !== q.answer)) {
      const s = a.sentences.find((x) => x.text.trim() === d)!;
      expect(imp.sentence[s.index]).toBeLessThan(imp.sentence[q.sentenceIndex]);
    }
  });
});

describe("main idea options (reading 12: long key, dangling and verbless options)", () => {
  const text = `Tempête Ciaran : la Bretagne privée d'électricité

La tempête Ciaran a privé d'électricité plus de 780 000 foyers en Bretagne et en Normandie dans la nuit de mercredi à jeudi, selon Enedis.

Les écoles des quatre départements bretons resteront fermées vendredi. Aussi, un couvre-feu a été décrété dans le centre de la ville. Les rafales de vent ont atteint 207 km/h à la pointe du Raz, du jamais vu dans le Finistère depuis la grande tempête de 1987. Cette équivalence entre les deux tempêtes inquiète les climatologues. Ceux-ci redoutent des épisodes plus fréquents sur la façade atlantique. Parmi les communes les plus touchées, Brest, Quimper et Morlaix. Les pompiers du Finistère ont effectué plus de 1 500 interventions depuis le début de l'alerte. La SNCF a suspendu la circulation des trains régionaux jusqu'à samedi. Les agriculteurs redoutent des dégâts importants sur les serres et les bâtiments d'élevage. Le ministre de l'Intérieur se rendra à Brest pour rencontrer les secours. Des arbres arrachés bloquent encore plusieurs routes départementales du Morbihan.`;
  const a = full(text, "fr", "Tempête Ciaran : la Bretagne privée d'électricité");
  const [q] = mainIdeaTemplate.generate(a);
  const others = q.choices!.filter((x) => x !== q.answer);

  it("offers no option that opens on a link, points back with a demonstrative or has no verb", () => {
    // « dans la nuit de mercredi à jeudi » is governed by prepositions: kept whole.
    expect(q.answer).toBe("La tempête Ciaran a privé d'électricité plus de 780 000 foyers en Bretagne et en Normandie dans la nuit de mercredi à jeudi.");
    expect(others).toHaveLength(3);
    for (const o of others) expect(o).not.toMatch(/^(?:Aussi|Cette|Parmi|Ceux-ci)/);
    expect(others.some((o) => /équivalence|Brest, Quimper/.test(o))).toBe(false);
  });

  it("prefers options of a length near the key's, so size does not single it out", () => {
    // Of the first third's short « Les écoles … » and « Un couvre-feu … » and the long sentence on the
    // gusts, the one near the key's 21 words is offered.
    expect(others.some((o) => o.startsWith("Les rafales de vent"))).toBe(true);
    expect(others.some((o) => /^(?:Les écoles|Un couvre-feu)/.test(o))).toBe(false);
  });
});

describe("main idea under a headline with a verb (reading 21)", () => {
  const body = (opening: string) => `${opening} Le conducteur s'arrête sur le parking d'une station-service située à 30 m de l'entrepôt. Il remarque alors que l'un des pneus arrière de sa remorque chargée de bouteilles est en feu. Les premières bouteilles exposées aux flammes explosent peu après. Les pompiers installent un périmètre de sécurité de 300 m autour du site et évacuent les habitants. La circulation des poids lourds et des voitures est déviée pendant six heures sur la route nationale voisine. Aucune victime n'est à déplorer selon la préfecture. Des débris sont retrouvés jusqu'à 500 m des lieux. Les bouteilles intactes sont ensuite envoyées en destruction. Une enquête est ouverte par la gendarmerie pour établir l'origine exacte de l'incendie du camion.`;
  const title = "Un camion de bouteilles de gaz prend feu : explosions en chaîne près d'un entrepôt";

  it("keys no opening that only sets the scene, without the headline's verb or what follows it", () => {
    const a = full(body("Tôt le matin, un camion transportant 600 bouteilles de gaz arrive près de l'entrepôt d'une entreprise où il doit livrer."), "fr", title);
    expect(mainIdeaTemplate.generate(a)).toEqual([]);
  });

  it("keys an opening that tells the headline's event", () => {
    const a = full(body("Tôt le matin, un camion transportant 600 bouteilles de gaz prend feu près de l'entrepôt d'une entreprise où il devait livrer."), "fr", title);
    expect(mainIdeaTemplate.generate(a)[0]?.answer).toMatch(/^Tôt le matin, un camion transportant 600 bouteilles de gaz prend feu/);
  });
});

describe("main idea under a headline whose news is a decision, its occasion after « pour » (reading 22)", () => {
  const text = `La Grèce fait face depuis deux jours à de sévères feux de forêt. Un incendie a débuté dans la région montagneuse de Kalambaka au nord du pays. Les autorités grecques ont demandé l'aide internationale. Le mécanisme européen de réponse aux crises a sollicité les autorités françaises. Le ministre de l'Intérieur a décidé d'envoyer deux avions bombardiers d'eau de la sécurité civile. Les appareils ont décollé de Marignane en fin de matinée avec leurs équipages. Le savoir-faire français en matière de lutte contre les feux de forêt est reconnu. Les pilotes resteront sur place tant que les autorités grecques le demanderont.`;
  const title = "Bernard Cazeneuve engage des renforts aériens en Grèce pour faire face à de sévères feux de forêt";

  it("reads the news before a purpose clause", () => {
    expect(titleNews(title)).toBe("Bernard Cazeneuve engage des renforts aériens en Grèce");
  });

  it("keys no sentence that shares only the news part's names (« la Grèce fait face à de sévères feux »)", () => {
    const q = mainIdeaTemplate.generate(full(text, "fr", title))[0];
    expect(q?.answer ?? "").not.toMatch(/^La Grèce fait face/);
  });
});

describe("main idea: congratulations and tributes react to the news (reading 23)", () => {
  const text = `La ministre des Sports, Claire Martin, adresse ses plus vives félicitations à l'ensemble des équipes françaises qui ont participé aux Jeux olympiques de Londres. Les handballeurs français ont apporté la dernière médaille d'or de la délégation dimanche. Avec onze titres et 34 médailles, la France occupe la septième place du tableau des médailles. Quatorze disciplines ont rapporté au moins une médaille aux athlètes français. La ministre réunira les fédérations en septembre pour préparer les Jeux de Rio. Les athlètes paralympiques entreront en compétition à la fin du mois d'août. Le budget du sport de haut niveau sera examiné à l'automne par le Parlement. Les entraîneurs nationaux présenteront leurs bilans par discipline en octobre.`;

  it("keys no congratulations under a headline about the results", () => {
    const a = full(text, "fr", "Premiers éléments de bilan de la ministre des Sports, Claire Martin, après les Jeux olympiques de Londres");
    expect(mainIdeaTemplate.generate(a)[0]?.answer ?? "").not.toMatch(/félicitations/);
  });

  it("keys them when the headline is about them", () => {
    const a = full(text, "fr", "Claire Martin adresse ses félicitations aux équipes françaises des Jeux olympiques de Londres");
    expect(mainIdeaTemplate.generate(a)[0]?.answer ?? "").toMatch(/félicitations/);
  });
});

describe("main idea keys and titles (reading 13)", () => {
  it("reads a headline's news after a short label and before a stated cause", () => {
    expect(titleNews("Cyclone Haiyan : un détachement de la sécurité civile")).toBe("un détachement de la sécurité civile");
    expect(titleNews("Anticipation du risque de pollution suite au naufrage du navire Grande America")).toBe("Anticipation du risque de pollution");
    // A long part before the colon is the news itself.
    expect(titleNews("Grève des éboueurs à Marseille : les déchets s'accumulent")).toBe("Grève des éboueurs à Marseille : les déchets s'accumulent");
    expect(titleNews("Priests beaten in Forecariah, Guinea over Ebola fears")).toBe("Priests beaten in Forecariah, Guinea");
    // What the news is for is its occasion (reading 17).
    expect(titleNews("D'importants moyens de la Marine pour le sauvetage d'un chalutier")).toBe("D'importants moyens de la Marine");
  });

  it("offers no key that restates the title's background instead of its news", () => {
    const text = `Cyclone Haiyan : un détachement de la sécurité civile

Le cyclone Haiyan a frappé les Philippines jeudi et a provoqué un bilan dramatique. On déplore plusieurs milliers de morts et dix millions de personnes affectées. Les vents ont soufflé à plus de 350 km/h sur les côtes.

Le gouvernement français a dépêché sur place un détachement de la sécurité civile. Le détachement comprend 63 membres issus des formations militaires. La mission principale est d'organiser la logistique de l'aéroport de Cebu. Les moyens ont été engagés en plusieurs vagues. Le détachement est placé sous l'autorité de l'ambassadeur de France. Les sapeurs-pompiers de Paris ont fourni du matériel de déblaiement. Une station de traitement de l'eau a été installée à Tacloban.`;
    expect(mainIdeaTemplate.generate(full(text, "fr", "Cyclone Haiyan : un détachement de la sécurité civile"))).toEqual([]);
  });

  it("drops a dateline and says the other options are secondary, not parts of the news", () => {
    expect(statementOf("PARIS—Delegates of more than 190 nations adopted a historic accord.", "en")).toBe("Delegates of more than 190 nations adopted a historic accord.");
    expect(statementOf("WASHINGTON (VOA) — The jobless rate fell.", "en")).toBe("The jobless rate fell.");
    const a = full(FR, "fr", "Grève des éboueurs à Marseille : les déchets s'accumulent");
    expect(mainIdeaTemplate.generate(a)[0].explanation).toMatch(/Les autres affirmations viennent aussi de l’article, mais sont secondaires/);
  });
});

describe("main idea, reading 14", () => {
  // Keying the finding of the second sentence instead was read blind in readings 18 and 19: both
  // rejected (another sentence as defensible). With no lede to key, no main idea is asked.
  it("keys nothing when the opening only says a review was given (« a dressé le bilan ») and the finding follows", () => {
    const text = `Le bilan de la saison touristique

La secrétaire d'État au tourisme a dressé le bilan de la saison estivale. La saison d'été a enregistré une activité touristique exceptionnelle dans l'ensemble des régions. Les touristes étrangers ont été plus nombreux qu'en 1998 sur le littoral. Le tourisme vert progresse chaque année dans les régions rurales. La montagne connaît une situation plus contrastée en été. Les hôteliers demandent une baisse des charges sur les saisonniers. Les campings affichent complet en juillet et en août. Les congés des Français se fractionnent de plus en plus en plusieurs périodes.`;
    expect(mainIdeaTemplate.generate(full(text, "fr", "Le bilan de la saison touristique"))).toEqual([]);
    // The same finding opening the article is keyed.
    const lede = text.replace("La secrétaire d'État au tourisme a dressé le bilan de la saison estivale. ", "");
    expect(mainIdeaTemplate.generate(full(lede, "fr", "Le bilan de la saison touristique"))[0]?.answer).toMatch(/^La saison d'été a enregistré une activité touristique exceptionnelle/);
  });

  it("keys nothing when the opening only frames the news (reading 15: « … a présenté une communication sur la session »)", () => {
    const text = `Conseil des ministres : le bilan de la session parlementaire

Le ministre des relations avec le Parlement a présenté une communication sur la session parlementaire. Selon le ministre, cette session a été particulièrement riche pour le Gouvernement. « Nous avons travaillé dans de bonnes conditions », a déclaré le ministre devant la presse.

Le Parlement a adopté 48 lois au cours de la session. Le Sénat a examiné plus de textes que lors de la session précédente. L'Assemblée nationale a créé trois commissions d'enquête. Les députés ont posé plus de 600 questions au Gouvernement. Les deux assemblées ont voté 23 résolutions européennes.`;
    expect(mainIdeaTemplate.generate(full(text, "fr", "Conseil des ministres : le bilan de la session parlementaire"))).toEqual([]);
  });

  it("offers no English option that points back with 'that case' or 'that deal'", () => {
    const text = `Manafort sentenced a second time

Former Trump campaign chairman Paul Manafort was sentenced to 73 months in prison by a federal judge in Washington. Another federal judge had sentenced Manafort to 47 months in prison last week in Virginia. After his conviction in that case last summer, Manafort agreed to help the investigation. Some months later, the judge determined Manafort had lied and violated that deal. Manafort's charges involved unregistered foreign lobbying and witness tampering. His lawyers asked the court for a shorter sentence because of his age. Prosecutors said he had shown no remorse for his crimes. The judge said the defendant had spent years hiding money from the tax authorities. Court documents show Manafort earned millions of dollars from Ukrainian politicians. Manafort has been held in a Virginia jail since June of last year.`;
    const [q] = mainIdeaTemplate.generate(full(text, "en", "Manafort sentenced a second time"));
    expect(q).toBeDefined();
    for (const o of q.choices!) expect(o).not.toMatch(/that case|that deal/);
  });
});

describe("people, speakers and holders", () => {
  it("does not take hotels, newspapers or agencies for people", () => {
    const a = full("Hajj\n\nAt least 76 people were killed when the Al-Ghaza Hotel collapsed, the Sydney Morning Herald said. " +
      "Saudi official Ahmed Al-Ghamdi said the building was old. Governor Khalid Faisal visited the site. " + "The pilgrimage went on under heavy security. ".repeat(4), "en", "Hajj");
    expect(confidentPerson(a, "Al-Ghaza Hotel")).toBe(false);
    expect(confidentPerson(a, "Sydney Morning Herald")).toBe(false);
    expect(confidentPerson(a, "Khalid Faisal")).toBe(true);
  });

  it("attributes a quote to the person next to the speech verb, never to another person of the sentence", () => {
    const text = `Conseil municipal\n\nAprès l'intervention de Paul Durand, Marie Leroy a déclaré : « Nous voterons contre ce budget injuste et dangereux. » ${"Le débat a duré toute la soirée au conseil municipal. ".repeat(3)}Le maire Jean Petit a répondu aux questions. L'adjointe Sophie Blanc a présenté les comptes.`;
    const a = full(text, "fr", "Conseil municipal");
    const quote = quoteTemplate.generate(a).find((q) => /budget injuste/.test(q.prompt))!;
    expect(quote.answer).toMatch(/Leroy/);
    expect(verifyCandidate(a, quote)).toBeNull();
    // The same question with the other person of the sentence as its key fails the independent check.
    const wrong: Candidate = { ...quote, answer: "Paul Durand", meta: { ...quote.meta, proof: { type: "speaker", speaker: "Paul Durand", quote: "Nous voterons contre ce budget injuste et dangereux." } } };
    expect(verifyCandidate(a, wrong)).toBe("speaker not re-derived");
  });

  it("states who holds a claim, with holders of the same kind as options", () => {
    const r = generateQuiz({ text: FR, title: "Grève des éboueurs à Marseille", count: 20 });
    const holder = r.questions.find((q) => q.template === "stance.holder" && q.kind === "multiple_choice");
    expect(holder?.answer).toBe("Claire Martin");
    expect(holder?.prompt).toMatch(/qui estime que la collecte normale reprendra dans une semaine/);
    expect(holder?.choices?.every((c) => ["Claire Martin", "Benoît Payan"].includes(c) || /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(c))).toBe(true);
  });
});

describe("what is worth asking", () => {
  it("drops answers the title gives away and details of minor sentences", () => {
    const a = full(FR, "fr", "Grève des éboueurs à Marseille : les déchets s'accumulent");
    expect(givenByTitle(importanceOf(a), "Marseille", "fr")).toBe(true);
    const byTitle: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", prompt: "Dans quelle ville les éboueurs sont-ils en grève ?",
      choices: ["Marseille", "Lyon", "Nice"], answer: "Marseille", evidence: { text: a.sentences[2].text, start: a.sentences[2].start, end: a.sentences[2].end },
      explanation: "…", difficulty: 1, skill: "detail", score: 0.9, sentenceIndex: 2, template: "entity-choice",
    };
    expect(unworthy(a, byTitle)).toBe("answer given by the title");
    const list: Candidate = { ...byTitle, prompt: "Complétez : « Après _____, 2003, 2009 et 2010, elle gagne. »", answer: "2002", choices: ["2002", "2001", "2004"] };
    expect(unworthy(a, list)).not.toBeNull();
  });

  it("tells the teacher how many good questions it found instead of filling the count", () => {
    const r = generateQuiz({ text: EN, title: "Floods close schools across Cumbria", count: 50 });
    expect(r.requested).toBe(50);
    expect(r.produced).toBe(r.questions.length);
    expect(r.produced).toBeLessThan(50);
    // Comprehension questions come first in the choice, so a short quiz still has them.
    expect(r.questions.some((q) => q.skill !== "detail" && q.skill !== "context")).toBe(true);
  });

  it("completes a thin quiz from minor details, never with a three-choice item (reading 33)", () => {
    const text = `A Pittsburgh man pleaded guilty in federal court to charges of trafficking in protected fish species, the Justice Department announced. Anthony Marsh, 49, of Pittsburgh, entered guilty pleas before U.S. District Judge Nora Fischer to two counts of the indictment. According to information presented to the court, Marsh sold Asian arowana and snakehead fish between 2016 and 2019. Arowana are listed as endangered, and their sale across state lines is forbidden. Snakehead fish are an invasive species that can devastate local waters. Marsh is scheduled to be sentenced on Nov. 1 and faces a maximum penalty of five years in prison and a $250,000 fine for each charge.`;
    const a = full(text, "en", "Pittsburgh man pleads guilty to trafficking protected fish");
    const s = a.sentences.find((x) => x.text.startsWith("Snakehead"))!;
    const minor: Candidate = { kind: "multiple_choice", category: "comprehension", source: "article", prompt: "According to the article, what can snakehead fish devastate?",
      choices: ["Local waters", "Farm crops", "City parks", "River banks"], answer: "Local waters", evidence: { text: s.text, start: s.start, end: s.end },
      explanation: "…", difficulty: 1, skill: "detail", score: 0.95, sentenceIndex: s.index, template: "wh-question" };
    expect(unworthy(a, minor)).toMatch(/minor/);
    expect(selectQuestions(a, [minor], 20, { hash: 1 }).map((p) => p.candidate)).toEqual([minor]);
    const three = { ...minor, choices: minor.choices!.slice(0, 3) };
    expect(selectQuestions(a, [three], 20, { hash: 1 })).toEqual([]);
  });

  it("offers four choices or none, and no option that fills another question's blank", () => {
    for (const [text, title, lang] of [[EN, "Floods close schools across Cumbria", "en"], [FR, "Grève des éboueurs à Marseille : les déchets s'accumulent", "fr"]] as const) {
      const r = generateQuiz({ text, title, language: lang, count: 20 });
      for (const q of r.questions) {
        if (q.kind === "multiple_choice") expect(q.choices!.length, q.prompt).toBeGreaterThanOrEqual(4);
        if (q.skill !== "stance" || !q.choices) continue;
        // "The Environment Agency issued 40 flood warnings …" as an option of "what did Stewart
        // Young say?" fills "issued _____ flood warnings" on the same sheet.
        for (const o of r.questions) if (o.prompt.includes("_____")) expect(q.choices.some((c) => containsWords(c, String(o.answer))), o.prompt).toBe(false);
      }
      // The open "what did Stewart Young say?" this fixture gave is refused since reading 95 (1 of 13
      // accepted), a rule that reached the stance templates only at reading 104.
      expect(r.questions.some((q) => q.skill === "stance" && /^(?:according to the article, what|d['’]après l['’]article, (?:qu['’]|que ))/iu.test(q.prompt))).toBe(false);
    }
  });
});

describe("second pass on the tuning set's failure causes", () => {
  const a = full(FR, "fr", "Grève des éboueurs à Marseille");
  const base: Candidate = {
    kind: "multiple_choice", category: "comprehension", source: "article", prompt: "", choices: ["x", "y", "z"], answer: "x",
    evidence: { text: a.sentences[2].text, start: a.sentences[2].start, end: a.sentences[2].end },
    explanation: "…", difficulty: 1, skill: "detail", score: 0.9, sentenceIndex: 2, template: "entity-choice",
  };
  it("drops a blank glued to a capitalised word (a cut name or a title that gives the person away)", () => {
    expect(unworthy(a, { ...base, prompt: "Complétez : « Kateri Tekakwitha a été reconnue une première fois lorsque le pape _____ II l'a nommée patronne de l'écologie et de l'environnement. »" })).toBe("blank cuts a name");
    expect(unworthy(a, { ...base, prompt: "Fill in: “At the ceremony, NASA _____ announced the locations of the three remaining orbiters.”" })).toBe("blank cuts a name");
  });
  it("drops a question whose prompt spells the key's initials (AF447 → Air France)", () => {
    expect(unworthy(a, { ...base, answer: "Air France", choices: ["Air France", "Lufthansa", "KLM"], prompt: "Quelle compagnie exploitait le vol AF447 qui s'est abîmé en mer au large du Brésil ?" }))
      .toBe("the prompt spells the answer's initials");
  });
  it("keeps ages in a believable band", () => {
    const text = `Une agression\n\nUn lycéen de 17 ans a été agressé hier soir dans un train entre Toulouse et Lyon. ${"Les enquêteurs ont entendu plusieurs témoins du voyage. ".repeat(4)}`;
    const r = generateQuiz({ text, title: "Une agression", count: 10 });
    const age = r.questions.find((q) => q.answer === "17");
    for (const c of age?.choices ?? []) expect(Math.abs(Number(c) - 17)).toBeLessThanOrEqual(4);
  });
  it("asks 'grâce à quoi' for a means, with options of the same noun form", () => {
    const text = `Une exoplanète\n\nLa planète a été repérée par l'équipe de Michel Mayor, grâce au spectrographe HARPS. La découverte d'une exoplanète relance le rêve d'une colonisation. La disparition des glaciers inquiète les chercheurs. L'observation du ciel austral a duré quatre ans. L'annonce de la nouvelle a été faite dans la revue Nature.`;
    const b = full(text, "fr", "Une exoplanète");
    const q = relationsTemplate.generate(b).find((c) => c.skill === "cause");
    expect(q?.prompt).toMatch(/^D’après l’article, grâce à quoi est-ce que la planète a été repérée/);
    expect(q?.answer).toBe("Spectrographe HARPS");
    // Every option is a bare noun phrase, the key's form.
    for (const c of q?.choices ?? []) expect(c).not.toMatch(/^(?:Le|La|Les|L'|Un|Une|Des|Du) /);
  });
});

describe("names and shares a student could game", () => {
  it("does not take a role or a country glued to a name for a person", () => {
    const a = full("Robots\n\nAfghan Ambassador Hamdullah Mohib praised the team. The team coach Rodaba Noori said the girls worked hard. " +
      "The organiser Dean Kamen welcomed them. " + "The contest took place in Washington over three days. ".repeat(3), "en", "Robots");
    expect(confidentPerson(a, "Afghan Ambassador")).toBe(false);
    expect(confidentPerson(a, "Dean Kamen")).toBe(true);
  });
  it("refuses options that are two spellings of one name (an article's typo)", () => {
    const a = full("Daltonisme\n\nLe graphiste Miguel Neiva a créé un code. Plus tard, Miguel Nerva a présenté un bracelet. Le médecin Ana Sousa a testé le code. " +
      "Le code est utilisé dans les hôpitaux de Porto. ".repeat(3), "fr", "Daltonisme");
    const q: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", prompt: "Qui a créé le code ?", choices: ["Miguel Neiva", "Miguel Nerva", "Ana Sousa"],
      answer: "Miguel Neiva", evidence: { text: a.sentences[1].text, start: a.sentences[1].start, end: a.sentences[1].end }, explanation: "…", difficulty: 1,
      skill: "detail", score: 0.9, sentenceIndex: 1, template: "wh-question", meta: { slot: "person" },
    };
    expect(verifyCandidate(a, q)).toBe("two options are spellings of one name");
  });
  it("drops a share whose complement to 100 % is printed next to the blank", () => {
    const a = full(FR, "fr", "Grève");
    const q: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", prompt: "Complétez : « _____ des nouveaux impôts porteront sur les ménages et 47 % sur les entreprises, selon le ministère. »",
      choices: ["53 %", "40 %", "64 %"], answer: "53 %", evidence: { text: a.sentences[2].text, start: a.sentences[2].start, end: a.sentences[2].end }, explanation: "…",
      difficulty: 1, skill: "detail", score: 0.9, sentenceIndex: 2, template: "numeric", meta: { slot: "number" },
    };
    expect(unworthy(a, q)).toBe("the other share of a whole is in the prompt");
  });
});
