// Causes of the edits and rejections of blind reading 38 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { compressStatement } from "./compress";
import { countCue } from "./count-cues";
import { kitFor } from "./question-kit";
import type { Candidate } from "./template";
import { readableAlone } from "./types/main-idea";

describe("reading 38", () => {
  it("does not blank 'two' after a definite article: 'the two' takes up a pair already named", () => {
    const c = (prompt: string, answer: string) => ({ kind: "multiple_choice", prompt, answer, meta: { slot: "number" } }) as unknown as Candidate;
    expect(countCue(c("Fill in the right number: “Investigation revealed that the _____ inexperienced climbers had never visited the park.”", "two"), "en"))
      .toBe("'the two' points back to a pair");
    expect(countCue(c("Complétez avec le bon nombre : « Le texte adopté par les _____ assemblées sera soumis au référendum. »", "deux"), "fr"))
      .toBe("'the two' points back to a pair");
    // Not a definite pair: "_____ climbers were rescued".
    expect(countCue(c("Fill in the right number: “_____ climbers were rescued on Sunday.”", "two"), "en")).toBeNull();
  });

  it("offers no main-idea option whose clitic or 'the rest' stands for the sentence before", () => {
    const text = `Au moins 300 gendarmes ont participé mardi à une opération contre un réseau de cambrioleurs dans le Sud-Ouest.

Le reste du butin était expédié vers l'étranger par des conteneurs maritimes. Des militaires du GIGN et un escadron de gendarmes mobiles y ont pris part dès six heures du matin. Vingt-trois personnes ont été placées en garde à vue dans trois départements de la région.`;
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Opération contre des cambrioleurs" })).full;
    const s = (start: string) => a.sentences.find((x) => x.text.startsWith(start))!;
    expect(readableAlone(a, s("Le reste"), 35)).toBe(false);
    expect(readableAlone(a, s("Des militaires"), 35)).toBe(false);
    expect(readableAlone(a, s("Vingt-trois"), 35)).toBe(true);
  });

  it("cuts 'according to …' closing a sentence without a comma", () => {
    expect(compressStatement("A small passenger plane crashed shortly after takeoff near the Nazca Lines, leaving all six occupants dead according to local authorities.", "en"))
      .toBe("A small passenger plane crashed shortly after takeoff near the Nazca Lines, leaving all six occupants dead.");
  });
});
