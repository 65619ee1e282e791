// Causes of the rejections and edits of blind reading 33 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { compressStatement } from "./compress";
import { kitFor } from "./question-kit";
import { mainIdeaCandidate } from "./types/main-idea";

const full = (text: string, language: "fr" | "en", title: string) => kitFor(analyzeArticle(text, { language, title })).full;

describe("reading 33", () => {
  it("offers no person's other name as a wrong option: the rest of the key's name, or an alias", () => {
    const nobel = `Three scientists share this year's Nobel Prize in medicine.

William Campbell and Satoshi Omura discovered a drug against roundworm parasites. Mr. Campbell works at Drew University in New Jersey. Mr. Omura is a professor at Kitasato University in Tokyo.

The prize for medicine is also going to Chinese researcher Tu Youyou. She discovered artemisinin, a drug against malaria. Ms. Tu is the chief professor at the China Academy of Traditional Medicine.`;
    const slots = kitFor(analyzeArticle(nobel, { language: "en", title: "Nobel Prize in medicine for three scientists" })).slots.filter((s) => s.type === "person");
    const tu = slots.find((s) => s.display === "Tu");
    expect(tu).toBeDefined();
    expect(tu!.distractors).not.toContain("Youyou");
    // "Tu Youyou" and "Tu" are one person: never two options of one question.
    for (const s of slots) expect(s.distractors.filter((d) => /^Tu(?: Youyou)?$/u.test(d)).length).toBeLessThanOrEqual(1);

    const plea = `A Pittsburgh man pleaded guilty to selling protected fish.

Anthony Nguyen, aka JoJo Nguyen and Jackie Lee, 49, of Pittsburgh, entered guilty pleas before U.S. District Judge Nora Fischer. Special Agent Maria Lopez led the investigation for the Fish and Wildlife Service. Nguyen owned and operated a tropical fish business in Pittsburgh. Nguyen is scheduled to be sentenced on Nov. 1 by Judge Fischer.`;
    const nguyen = kitFor(analyzeArticle(plea, { language: "en", title: "Pittsburgh man pleads guilty to fish trafficking" })).slots
      .filter((s) => s.type === "person" && /Nguyen/u.test(s.display));
    expect(nguyen.length).toBeGreaterThan(0);
    for (const s of nguyen) expect(s.distractors.some((d) => /Lee|JoJo/u.test(d)), s.distractors.join(", ")).toBe(false);
    // « Jean Dupont dit que … » is a verb of saying: the person named after it stays an option.
    const said = `Le maire de Lyon a inauguré la nouvelle ligne de tramway.

Le maire Jean Dupont dit que Pierre Martin, l'ancien adjoint, a lancé le projet en 2015. Pierre Martin a quitté la mairie en 2020. Sophie Bernard dirige aujourd'hui les transports de la ville. Paul Girard a présidé le chantier. Jean Dupont a coupé le ruban samedi.`;
    const dupont = kitFor(analyzeArticle(said, { language: "fr", title: "Nouvelle ligne de tramway à Lyon" })).slots.filter((s) => s.type === "person" && /Dupont/u.test(s.display));
    expect(dupont.some((s) => s.distractors.some((d) => /Martin/u.test(d))), dupont.map((s) => s.distractors.join(", ")).join(" / ")).toBe(true);
    // Nor the same man twice among another question's options.
    for (const s of kitFor(analyzeArticle(plea, { language: "en", title: "x" })).slots.filter((x) => x.type === "person")) {
      expect(s.distractors.filter((d) => /Nguyen|Lee|JoJo/u.test(d)).length, s.distractors.join(", ")).toBeLessThanOrEqual(1);
    }
  });

  it("keys no main idea on a report received or an alert given: the start of the incident, not its news", () => {
    const en = `Rangers received a report that a mother and her son were suffering from severe heat exhaustion on the Golden Canyon Trail in Death Valley.

The father left his family on the trail and walked back to the visitor center to seek help. The air temperature at the time was 120 degrees. The family had only half a liter of water between them. Rangers hiked up the trail carrying water and medical supplies. They found the mother and son lying in the shade of a rock wall. Both were carried down the trail and taken to a hospital in Las Vegas. The park reminds visitors to hike only in the early morning in summer.`;
    expect(mainIdeaCandidate(full(en, "en", "Mother and son rescued from a trail in extreme heat"), 3)).toBeNull();
    const fr = `Les pompiers sont alertés vers 14 h d'un dégagement de fumée dans l'entrepôt d'une entreprise de transport à Saint-Priest.

Le feu se propage rapidement aux palettes stockées dans le bâtiment de 2 000 m². Une cinquantaine de pompiers sont engagés avec douze engins. Les salariés sont évacués sans blessé. Le toit de l'entrepôt s'effondre en fin d'après-midi. L'incendie est maîtrisé vers 21 h. Une enquête est ouverte pour déterminer l'origine du sinistre. Le chômage technique est envisagé pour les trente salariés du site.`;
    expect(mainIdeaCandidate(full(fr, "fr", "Incendie dans l'entrepôt d'une entreprise de transport"), 3)).toBeNull();
  });

  it("keeps a list of figures whole when it cuts an opening frame", () => {
    const s = "Dans le cadre de l’enquête sur les attentats survenus les 7, 8 et 9 janvier, les enquêteurs ont procédé vendredi à une série d’interpellations dans l'Essonne.";
    expect(compressStatement(s, "fr")).not.toMatch(/^8 et 9/u);
    // A frame that closes before its statement is still cut.
    expect(compressStatement("Dans la nuit de vendredi à samedi, les enquêteurs ont procédé à une série d'interpellations dans l'Essonne.", "fr"))
      .toBe("Les enquêteurs ont procédé à une série d'interpellations dans l'Essonne.");
  });

  it("keys no main idea on a standfirst that repeats the headline word for word", () => {
    const title = "Cas de rage chez un chiot importé illégalement du Maroc";
    const text = `${title} : rappel des risques liés à l'introduction d'animaux de compagnie issus de pays infectés.

Un cas de rage chez un chiot importé illégalement du Maroc a été confirmé le 5 janvier par le laboratoire national de référence de Nancy.

Toutes les personnes exposées à l'animal ont été contactées par l'agence régionale de santé. La rage est une maladie mortelle une fois les symptômes apparus. La contamination se fait par morsure, griffure ou léchage. La France est indemne de rage depuis 2001 chez les animaux terrestres. Les voyageurs ne doivent pas ramener d'animaux sans les vérifications sanitaires obligatoires. Une surveillance vétérinaire de quinze jours est imposée à tout animal mordeur.`;
    const c = mainIdeaCandidate(full(text, "fr", title), 3);
    expect(c?.answer ?? "").not.toMatch(/rappel des risques/u);
  });
});
