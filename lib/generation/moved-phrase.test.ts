// "Où est-ce que …", "À quelle date est-ce que …", "Par qui …", "Where has …": a place, a date or a
// passive's agent leaves its clause with its preposition; the key is re-derived from the evidence,
// and a sentence with two places, a relative clause or an incise is not asked.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import type { Candidate } from "./template";
import { movePhrase } from "./types/wh-question/moved-phrase";
import { whQuestionTemplate } from "./types/wh-question";
import { verifyCandidate } from "./verify";

const FR = `Canicule dans le Sud-Est

Météo France a placé cinq départements en vigilance orange pour la canicule. Le record absolu de chaleur pour un mois d'août devrait être battu à Grenoble. Les pompiers de Marseille ont renforcé leurs équipes pendant tout le week-end. La préfecture de Lyon a ouvert des salles rafraîchies dans les mairies. Les autorités de Nice recommandent de boire régulièrement. Les hôpitaux de Montpellier ont rappelé des soignants en congé.`;

const EN = `Swimmer sets Olympic record

Michael Phelps has competed in five events so far in Beijing. The swimmer won the 200-meter butterfly in a world record time. His coach Bob Bowman said the team was proud of him. Fans in Baltimore watched the race on giant screens. Reporters in Tokyo and Sydney called it the greatest swim of the Games. The relay team also set a new world record.`;

function asked(text: string, title: string, language: "fr" | "en"): Candidate[] {
  return whQuestionTemplate.generate(analyzeArticle(text, { language, title }));
}

describe("a place or a date moved out of its clause", () => {
  it("asks « où » with the clause inverted, and the key proven from the evidence", () => {
    const a = analyzeArticle(FR, { language: "fr", title: "Canicule dans le Sud-Est" });
    const q = whQuestionTemplate.generate(a).find((c) => c.answer === "Grenoble");
    expect(q?.prompt).toBe("Selon l’article, où le record absolu de chaleur pour un mois d’août devrait-il être battu\u202F?");
    expect(q?.choices?.length).toBeGreaterThanOrEqual(3);
    expect(verifyCandidate(kitFor(a).full, q!)).toBeNull();
    // Another city as the key is not re-derived from the sentence.
    expect(verifyCandidate(kitFor(a).full, { ...q!, answer: q!.choices!.find((x) => x !== "Grenoble")! })).not.toBeNull();
  });

  it("inverts an English auxiliary and never asks without one", () => {
    const q = asked(EN, "Swimmer sets Olympic record", "en").find((c) => c.answer === "Beijing");
    expect(q?.prompt).toBe("According to the article, where has Michael Phelps competed in five events so far?");
    // "Fans in Baltimore watched …": a simple past would need do-support; not asked.
    expect(asked(EN, "Swimmer sets Olympic record", "en").some((c) => c.answer === "Baltimore")).toBe(false);
  });

  it("leaves a sentence with two places, a relative clause or a qualifier that would stay behind", () => {
    const a = kitFor(analyzeArticle(`Manifestations\n\nDes manifestants se sont réunis à Paris et à Lyon samedi. La victime est élève à l'école de Toulouse où la police a arrêté un suspect le 19 mars. Deux hommes ont été arrêtés à Londres en juin dernier. Les syndicats ont appelé à une nouvelle journée de grève dans toute la France.`, { language: "fr", title: "Manifestations" }));
    for (const slot of a.slots) {
      if (slot.type === "place" && /Paris|Lyon|Toulouse/.test(slot.display)) expect(movePhrase(a.full, slot, "where")).toBeNull();
      if (slot.type === "date" && /19 mars|juin/.test(slot.display)) expect(movePhrase(a.full, slot!, "when")).toBeNull();
    }
  });

  it("asks « par qui » for the agent of a passive, and only people or organisations are options", () => {
    const text = `Satellites lancés

Le satellite EchoSat a été construit par Orbital Systems pour un opérateur américain. Le suivi du programme est confié à Airbus Defence. L'agence EUMETSAT exploitera le second satellite depuis Darmstadt. Le lanceur a été fourni par Arianespace. La société Thales Alenia Space a fourni les panneaux solaires du second satellite.`;
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Satellites lancés" }));
    const slot = a.slots.find((s) => s.display === "Orbital Systems");
    const mp = slot && movePhrase(a.full, slot, "byWhom");
    expect(mp?.question).toBe("par qui le satellite EchoSat a-t-il été construit pour un opérateur américain");
    // The check reads the agent after « par » and refuses a place among the options.
    const q: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail", template: "wh-question",
      prompt: `Selon l'article, ${mp!.question} ?`, answer: "Orbital Systems", choices: ["Orbital Systems", "EUMETSAT", "Thales Alenia Space"],
      evidence: { text: slot!.sentence.text, start: slot!.sentence.start, end: slot!.sentence.end }, explanation: "…", difficulty: 1, score: 0.9,
      sentenceIndex: slot!.sentence.index, meta: { slot: "org", proof: { type: "moved", wh: "byWhom", prep: "par", clause: mp!.clause } },
    };
    expect(verifyCandidate(a.full, q)).toBeNull();
    expect(verifyCandidate(a.full, { ...q, choices: ["Orbital Systems", "EUMETSAT", "Darmstadt"] })).not.toBeNull();
    expect(verifyCandidate(a.full, { ...q, answer: "EUMETSAT" })).not.toBeNull();
  });
});

describe("a clause that points back", () => {
  it("is not asked: « de telles manifestations » needs the sentence before", () => {
    const a = kitFor(analyzeArticle(`Manifestation à Téhéran\n\nDes milliers d'étudiants ont défilé devant l'ancienne ambassade. De telles manifestations se déroulent chaque année à Téhéran. La police a surveillé le cortège toute la journée. Les autorités de Tabriz et de Chiraz ont interdit les rassemblements.`, { language: "fr", title: "Manifestation à Téhéran" }));
    const slot = a.slots.find((s) => s.type === "place" && s.display === "Téhéran" && s.sentence.text.startsWith("De telles"));
    expect(slot).toBeDefined();
    expect(movePhrase(a.full, slot!, "where")).toBeNull();
  });
});

describe("a phrase that belongs to a noun, not to the clause's verb (reading 13)", () => {
  const text = `Lascaux : le comité scientifique se réunit

Le comité a examiné les résultats du constat d'état engagé en 2004. La grotte a été fermée en 1963 pour la protéger. Le suivi de la situation est permanent avec la préfecture de zone sud-ouest à Bordeaux reliée au ministère. Les restaurateurs ont travaillé à Montignac pendant trois semaines. The report published in 2004 found mould on the walls. Les experts se retrouveront en juin.`;
  const qs = asked(text, "Lascaux : le comité scientifique se réunit", "fr");

  it("does not ask when the committee met with the year a participle dates (« engagé en 2004 »)", () => {
    expect(qs.some((c) => c.answer === "2004")).toBe(false);
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Lascaux" }));
    const slot = a.slots.find((s) => s.type === "date" && s.display === "1963");
    // With its auxiliary the participle is the clause's verb: « en quelle année la grotte a-t-elle été fermée … ».
    expect(slot).toBeDefined();
    expect(movePhrase(a.full, slot!, "when")?.question).toMatch(/^en quelle année la grotte a-t-elle été fermée pour la protéger/);
  });

  it("does not take « sud-ouest » for a verb before « à Bordeaux »", () => {
    expect(qs.some((c) => c.answer === "Bordeaux")).toBe(false);
  });
});

describe("reading 15's where-questions", () => {
  it("leaves « aujourd'hui » out of the question, and the key is still proven from the evidence", () => {
    const text = `Le Premier ministre réunit les experts

Jean-Pierre Raffarin a réuni aujourd'hui à Matignon les experts chargés du suivi de l'épidémie. Un comité permanent se réunit chaque jour pour suivre la situation. Les hôpitaux de Paris ont reçu de nouvelles consignes.`;
    const a = analyzeArticle(text, { language: "fr", title: "Le Premier ministre réunit les experts" });
    const q = whQuestionTemplate.generate(a).find((c) => c.answer === "Matignon");
    expect(q?.prompt).toBe("Selon l’article, où est-ce que Jean-Pierre Raffarin a réuni les experts chargés du suivi de l’épidémie\u202F?");
    expect(verifyCandidate(kitFor(a).full, q!)).toBeNull();
  });

  it("does not ask where when another place follows « à la » (« à la Direction générale de la santé »)", () => {
    const text = `Épidémie : le suivi s'organise

Un comité se réunit chaque jour à la Direction générale de la santé et une réunion se tient chaque semaine à Matignon. Les hôpitaux ont reçu de nouvelles consignes.`;
    expect(asked(text, "Épidémie : le suivi s'organise", "fr").some((c) => c.answer === "Matignon")).toBe(false);
  });
});
