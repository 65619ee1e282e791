// Causes of the wrong key and edits of blind reading 31 (docs/generator-quality.md).
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import type { Candidate } from "./template";
import { verifyCandidates } from "./verify";
import { readableAlone } from "./types/main-idea";
import { slotChoiceCandidates } from "./types/slot-choice";

describe("reading 31", () => {
  // A made-up text in the shape of the one read: a visit programme, one person named before a
  // speech whose title is quoted, a verb that only looks like one of saying (« se poursuit »).
  const text = `Le Président Sergio Mattarella est arrivé dimanche à Paris pour une visite d'État de trois jours.

Il a été reçu lundi à l'Élysée par le Président Emmanuel Macron pour un entretien bilatéral suivi d'une conférence de presse.

La visite se poursuit avec une étape à l'Assemblée nationale où il s'entretiendra avec Richard Ferrand, puis à la Sorbonne pour un discours sur l'Europe, intitulé : « France, Italie, Europe : notre futur » en présence d'étudiants.

Mardi, Sergio Mattarella se rend à l'UNESCO, puis à l'Hôtel Matignon pour une rencontre avec le Premier ministre, Jean Castex.`;

  it("gives no speaker to a quoted title, nor to a person named after the only verb of saying", () => {
    const a = analyzeArticle(text, { language: "fr", title: "Visite d'État du Président italien en France" });
    const title = a.quotes.find((q) => q.text.includes("notre futur"))!;
    expect(title).toBeDefined();
    expect(title.speakerId).toBeUndefined();
    // Without the title word, the verb « se poursuit » comes before Ferrand: still no speaker.
    const plain = text.replace("intitulé : ", "");
    const b = analyzeArticle(plain, { language: "fr", title: "Visite d'État du Président italien en France" });
    expect(b.quotes.find((q) => q.text.includes("notre futur"))!.speakerId).toBeUndefined();
  });

  it("has the key checker refuse the speaker on its own, whatever the analysis says", () => {
    // Keys are proven twice: the verifier re-derives the speaker from the sentence, so a quote the
    // analysis misattributes is still not asked.
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Visite d'État du Président italien en France" })).full;
    const s = a.sentences.find((x) => x.text.includes("notre futur"))!;
    const quote = "France, Italie, Europe : notre futur";
    const c: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", prompt: `Qui a déclaré : « ${quote} » ?`,
      choices: ["Richard Ferrand", "Emmanuel Macron", "Sergio Mattarella", "Jean Castex"], answer: "Richard Ferrand",
      evidence: { text: s.text, start: s.start, end: s.end }, explanation: "", difficulty: 1, skill: "stance", template: "quote",
      score: 1, sentenceIndex: s.index, meta: { slot: "quote", fact: "quote", proof: { type: "speaker", speaker: "Richard Ferrand", quote } },
    };
    expect(verifyCandidates([c], a).kept).toEqual([]);
  });

  it("asks nobody who said it", () => {
    const quiz = generateQuiz({ text, title: "Visite d'État du Président italien en France", count: 20 });
    expect(quiz.questions.filter((q) => (q.skill === "stance" || q.template === "quote") && q.prompt.includes("notre futur"))).toEqual([]);
  });

  it("offers no main-idea option that opens on a word standing for a noun of the sentence before", () => {
    const fr = kitFor(analyzeArticle(`Une émission de chlore se produit dans une clinique de balnéothérapie pendant le remplissage d'un bassin.

Les pompiers évacuent le personnel et les patients vers d'autres parties de l'établissement.

Certains, spécialisés en risque chimique, mesurent la concentration de chlore dans l'air du local technique.

La seconde, prélevée en l'état, est confiée à un laboratoire pour analyse.

Certains des pompiers restent sur place jusqu'au soir pour surveiller la ventilation.

Plusieurs communautés de la région fêteront le retour des patients à la fin du mois.`, { language: "fr", title: "Émission de chlore dans une clinique" })).full;
    const alone = (start: string) => readableAlone(fr, fr.sentences.find((x) => x.text.startsWith(start))!, 35);
    expect(alone("Certains, spécialisés")).toBe(false);
    expect(alone("La seconde")).toBe(false);
    expect(alone("Certains des pompiers")).toBe(true);
    expect(alone("Plusieurs communautés")).toBe(true);
    const en = kitFor(analyzeArticle("Two astronauts landed safely in Kazakhstan after the launch failed on Thursday morning. Both were taken to a hospital in Baikonur for overnight observation as a precaution. Most of the crew's equipment was recovered with the descent module later that day.", { language: "en", title: "Soyuz launch aborted" })).full;
    expect(readableAlone(en, en.sentences.find((x) => x.text.startsWith("Both"))!, 35)).toBe(false);
    expect(readableAlone(en, en.sentences.find((x) => x.text.startsWith("Most"))!, 35)).toBe(true);
  });

  it("lists each accepted spelling of a figure once, and only plurals the article writes", () => {
    const fr = analyzeArticle("Passionné de karaté, il participait aux Jeux, qui rassemblaient près de 10 000 sportifs venus du monde entier.", { language: "fr", title: "Un gendarme champion" });
    const acc = slotChoiceCandidates(fr, ["number"], "numeric")[0].accepted!;
    expect(acc.map((x) => x.replace(/[\s\u00A0\u202F]+/gu, " "))).toEqual([...new Set(acc.map((x) => x.replace(/[\s\u00A0\u202F]+/gu, " ")))]);
    const en = analyzeArticle("The court cancelled the second of two life sentences against the former president on Tuesday in Cairo. Many lives were lost in the unrest.", { language: "en", title: "Court ruling" });
    const forms = slotChoiceCandidates(en, ["number"], "numeric")[0].accepted!;
    expect(forms).toContain("two lives");
    expect(forms.filter((x) => /lifes/.test(x))).toEqual([]);
    // A form the article does not use is not offered: "80 feets" (reading 32).
    const feet = analyzeArticle("The vehicle destroyed 80 feet of fence near the monument on Sunday morning.", { language: "en", title: "Crash" });
    expect(slotChoiceCandidates(feet, ["number"], "numeric")[0].accepted!.filter((x) => /feets/.test(x))).toEqual([]);
  });
});

