// Causes found by blind readings 47 to 49 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { segmentSentences } from "../analysis/sentences";
import { mainIdeaTemplate, optionOf } from "./types/main-idea";
import { quoteTemplate } from "./types/quote";
import { whQuestionTemplate } from "./types/wh-question";
import { gluedNames } from "./slips";
import { pointsBack } from "./anaphora";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";

const num = numberCloze;

describe("reading 47: figures a student gives without reading", () => {
  const fr = analyzeArticle("Le Conseil des ministres a examiné mercredi un projet de loi prorogeant l'état d'urgence sanitaire.", { language: "fr", title: "État d'urgence" });

  it("does not blank the base of a rate (« 191 cas pour _____ habitants »)", () => {
    expect(unworthy(fr, num(fr, "Au 11 janvier 2021, le taux d'incidence s'élève à 191 cas pour 100 000 habitants en France.", "100 000"))).toBe("trivial figure");
    expect(unworthy(fr, num(fr, "Au 11 janvier 2021, le taux d'incidence s'élève à 191 cas pour 100 000 habitants en France.", "191"))).not.toBe("trivial figure");
  });

  it("finds the figure at its own boundaries: a conversion in parentheses after « Flottille 36F »", () => {
    expect(unworthy(fr, num(fr, "L'hélicoptère de la Flottille 36F porte secours à un voilier à 3 nautiques (environ 6 km) au sud de Porquerolles.", "6"))).toBe("trivial figure");
  });

  it("does not blank the whole a part is counted out of, the part coming after (« Sur les _____ fauteuils …, cinq sont … »)", () => {
    expect(unworthy(fr, num(fr, "Sur les 40 fauteuils de l'Académie française, cinq sont à pourvoir à ce jour selon le secrétariat.", "40"))).toBe("blank is the whole a part is counted out of");
  });
});

describe("reading 47: options and questions that read badly", () => {
  it("does not end a sentence at an army rank ('Spc. Jones')", () => {
    expect(segmentSentences("The squad included Sgt. Ray Horwood, Spc. Dana Jones and Pfc. Lee Park. They won on Friday.", "en").map((s) => s.text))
      .toEqual(["The squad included Sgt. Ray Horwood, Spc. Dana Jones and Pfc. Lee Park.", "They won on Friday."]);
  });

  it("treats a name glued to the next person's first name as the article's slip, not a brand written again", () => {
    const once = (w: string) => (w === "echostar" ? 3 : 1);
    expect(gluedNames("occupé par Boileau, ChateaubriandPaul Deschanel ou René Clair", once)).toBe(true);
    expect(gluedNames("le satellite EchoStar XVII sera placé en orbite", once)).toBe(false);
  });

  it("shows a main-idea option with a full stop, never the article's exclamation mark", () => {
    expect(optionOf("Un poussin de gypaète est né dans le parc du Mercantour pour la première fois depuis un siècle !", "fr")).toMatch(/siècle\.$/u);
  });

  it("asks how many cases were confirmed without the clause that follows « et »", () => {
    const a = analyzeArticle("Rougeole en Isère\n\nUne quinzaine de cas de rougeole ont été signalés en Isère depuis le début du mois. Selon l'ARS, douze cas ont été biologiquement confirmés et les autres sont en cours d'analyse. Une campagne de rattrapage vaccinal est lancée dans les écoles.", { language: "fr", title: "Rougeole en Isère" });
    const q = whQuestionTemplate.generate(a).find((c) => /combien de cas/u.test(c.prompt));
    expect(q).toBeTruthy();
    expect(q!.prompt).not.toMatch(/les autres/u);
  });

  it("offers the other people quoted before people who never speak under 'who said'", () => {
    const a = analyzeArticle(`Best squad competition\n\nThe squad of Spc. John Jones, Spc. Mark Ortiz, Pfc. Paul Park and Pvt. Peter Reed won the best squad title. Jones, Ortiz, Park and Reed ran the final course in record time. "Here on this installation we train every single day for this," said Col. Tom Baker. "We trained hard for this week and it showed at the finish line," said Sgt. David Horwood.`, { language: "en", title: "Best squad competition" });
    const q = quoteTemplate.generate(a).find((c) => c.answer === "Tom Baker" || c.answer === "Baker");
    expect(q?.choices).toBeTruthy();
    expect(q!.choices!.some((c) => /Horwood/u.test(c))).toBe(true);
  });
});

describe("reading 48", () => {
  it("does not blank the extent of a place (« un secteur couvrant _____ km »)", () => {
    const fr = analyzeArticle("Des cas groupés de légionellose ont été signalés dans le Rhône au mois de mai.", { language: "fr", title: "Légionellose" });
    expect(unworthy(fr, num(fr, "En mai, 34 cas groupés de légionellose sont recensés dans un secteur couvrant 20 km au nord de Lyon.", "20"))).toBe("trivial figure");
    expect(unworthy(fr, num(fr, "En mai, 34 cas groupés de légionellose sont recensés dans un secteur couvrant 20 km au nord de Lyon.", "34"))).not.toBe("trivial figure");
  });

  it("keys no main idea on what set off a rescue when the headline is about the rescue", () => {
    const text = `Opérations d'assistance d'un voilier au large de Chausey

Dans la nuit de samedi à dimanche, un voilier au mouillage à Chausey a levé l'ancre pour tenter de récupérer un équipier à la dérive sur l'annexe du bord. Les sept personnes à bord ne parviennent pas à localiser l'annexe et font face à une panne de moteur. Le centre régional de surveillance diffuse un message de détresse et engage un hélicoptère de la Sécurité civile basé à Granville. Le canot de la station de Granville arrive rapidement sur zone avec six bénévoles à son bord. Le plaisancier est hélitreuillé sain et sauf puis évacué vers l'hôpital de Granville. Le voilier regagne ensuite le port de Granville par ses propres moyens dans la matinée.`;
    const a = analyzeArticle(text, { language: "fr", title: "Opérations d'assistance d'un voilier au large de Chausey" });
    expect(mainIdeaTemplate.generate(a)).toEqual([]);
  });
});

describe("reading 49", () => {
  it("reads a news site named after its noun as a body, not a speaker", () => {
    const a = analyzeArticle(`Glissement de terrain au Pérou\n\nUn glissement de terrain a fait couler un bateau dans le port d'Iparia lundi. "Il y a eu un énorme éboulement et le bateau a rapidement coulé", a déclaré Victorino, l'un des survivants, au site local Comunidad Nativa Puerto Belen. Le directeur de l'agence sanitaire, Patrich Pantoja, a fait état de 12 morts.`, { language: "fr", title: "Glissement de terrain au Pérou" });
    expect(a.entities.find((e) => e.name === "Comunidad Nativa Puerto Belen")?.type).toBe("org");
    expect(quoteTemplate.generate(a).some((c) => /Comunidad/u.test(String(c.answer)))).toBe(false);
  });

  it("does not blank the area of a lake or a named place", () => {
    const en = analyzeArticle("A ferry sank in Lake Toba on Monday evening with many passengers on board.", { language: "en", title: "Ferry sinks" });
    expect(unworthy(en, num(en, "Authorities have deployed divers to search the 1145-square kilometer Lake Toba for the sunken vessel.", "1145"))).toBe("trivial figure");
  });

  it("takes 'not the only ones' for a sentence that points back", () => {
    expect(pointsBack("The Soyuz crew members are not the only ones making headlines.", "en")).toBe(true);
    expect(pointsBack("Les astronautes ne sont pas les seuls à faire parler d'eux.", "fr")).toBe(true);
  });

  it("reads a geological survey as a body", () => {
    const a = analyzeArticle("Philip Wilby of the British Geological Survey explained that the specimen is unlike the other fossils of Charnwood Forest.", { language: "en", title: "Fossil" });
    expect(a.entities.find((e) => e.name.includes("Geological Survey"))?.type).toBe("org");
  });
});
