// Causes found by blind reading 165 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { pointsBack } from "./anaphora";
import { withoutDeicticTime } from "./compress";
import { brokenMarks, setPhraseSlip } from "./slips";

describe("reading 165", () => {
  it("takes the comma closing a cut time away before a place or a complement", () => {
    expect(withoutDeicticTime("A strong quake struck early Monday, near the town of Lixian in the hills.", "en")).toBe("A strong quake struck near the town of Lixian in the hills.");
    // Before a participle phrase the comma stays: it opens the phrase.
    expect(withoutDeicticTime("A strong quake struck early Monday, killing 95 people.", "en")).toBe("A strong quake struck, killing 95 people.");
    expect(withoutDeicticTime("Un accord a été signé ce mercredi, entre les deux présidents à Khartoum.", "fr")).toBe("Un accord a été signé entre les deux présidents à Khartoum.");
  });

  it("takes empty quotation marks and « au mois » before a figure for slips of the article", () => {
    expect(brokenMarks('Readers now look to "" and "Google" for answers.')).toBe(true);
    expect(brokenMarks('Readers now look to "Wikipedia" and "Google" for answers.')).toBe(false);
    expect(setPhraseSlip("C'est le plus grand, vieux d'au mois 90 millions d'années.")).toBe(true);
    expect(setPhraseSlip("Il est arrivé au mois de mai.")).toBe(false);
  });

  it("reads « Un second … », \"A second …\" opening an option as pointing back", () => {
    expect(pointsBack("Un second passage est prévu en octobre pour retirer le plomb.", "fr")).toBe(true);
    expect(pointsBack("A second quake struck the region on Tuesday.", "en")).toBe(true);
    expect(pointsBack("Le passage des ouvriers est prévu en octobre.", "fr")).toBe(false);
  });
});
