// Causes found by blind reading 139 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { contextTemplate } from "./types/context";
import { relationsTemplate } from "./types/relations";
import { mainIdeaTemplate } from "./types/main-idea";
import { participleAfterSeFaire, updatedForUnearthed } from "./slips";
import { unworthy } from "./select";
import { acceptedFor, onSecond } from "./reading-fixtures";

describe("reading 139", () => {
  it("gives a quotation to the name after its verb, not to one inside the clause that goes on from it", () => {
    const text = "Wesley So won the championship on Monday. The playoff with grandmaster Alexander Onischuk had two rapid games.\n\n" +
      "“Kudos to Wesley the way he created instant madness” that confounded Onischuk, said Ashley, providing commentary.\n\n" +
      "“He is very hard to beat,” said grandmaster Maurice Ashley.";
    const a = analyzeArticle(text, { language: "en", title: "So wins the championship" });
    const kudos = a.quotes.find((q) => q.text.startsWith("Kudos"))!;
    expect(a.entities[kudos.speakerId!].name).toBe("Maurice Ashley");
    // A clause from the quotation with no speaker after its verb names none.
    const b = analyzeArticle("The team won on Sunday. “We never gave up” that was the motto, the captain said later.", { language: "en", title: "Team wins" });
    expect(b.quotes[0]?.speakerId).toBeUndefined();
  });

  it("offers the non-members the article names, never a lone member's region, for a membership question", () => {
    const text = "Croatia became the 28th member of the European Union on Monday, 1 July 2013, amid fireworks in Zagreb. " +
      "Customs posts were removed from its borders with EU neighbours Slovenia and Hungary. " +
      "EU signs were put up on its borders with non-EU states Bosnia and Herzegovina, Serbia and Montenegro.";
    const a = analyzeArticle(text, { language: "en", title: "Croatia joins the EU", date: new Date("2013-07-01T00:00:00Z") });
    const q = contextTemplate.generate(a).find((c) => c.template === "kb.membership");
    expect(q).toBeDefined();
    const wrong = q!.choices!.filter((x) => x !== q!.answer);
    expect(wrong.filter((x) => ["Bosnia and Herzegovina", "Serbia", "Montenegro"].includes(x)).length).toBeGreaterThanOrEqual(2);
    expect(wrong.some((x) => ["Iraq", "Armenia", "Israel", "Lebanon", "Syria", "Jordan", "Turkey"].includes(x))).toBe(false);
  });

  it("accepts a surname with its particle", () => {
    const text = "Croatia joined the union on Monday. “Your country crossed an important threshold,” European Council president Herman Van Rompuy told the crowd.";
    expect(acceptedFor(text, "en", "Croatia joins", "Herman Van Rompuy")).toContain("Van Rompuy");
  });

  it("asks what will happen because of a cause still to come", () => {
    const text = "The council voted to ban plastic straws on Tuesday. The item will have to come back to the council for a first and second reading, so the ban will not go into effect until next year. " +
      "Restaurants were given straws made of paper, so customers complained about the taste. The city banned foam containers in 2018, so the new ban extends an old policy.";
    const a = analyzeArticle(text, { language: "en", title: "Council votes to ban plastic straws" });
    const prompts = relationsTemplate.generate(a).map((c) => c.prompt);
    expect(prompts.find((p) => p.includes("will have to come back"))).toMatch(/what will happen because/u);
  });

  it("finds « mis à jour » for remains dug up and a participle after « se faire »", () => {
    expect(updatedForUnearthed("84 sépultures, dont 42 sarcophages, ont été mises à jour par les archéologues.")).toBe(true);
    expect(updatedForUnearthed("Le site internet de la mairie a été mis à jour lundi.")).toBe(false);
    expect(participleAfterSeFaire("Un couple d'apiculteurs s'est lui fait dérobé 32 ruches.")).toBe(true);
    expect(participleAfterSeFaire("Un couple d'apiculteurs s'est fait dérober 32 ruches.")).toBe(false);
    expect(participleAfterSeFaire("Il s'est fait remarquer et s'est fait connaître.")).toBe(false);
  });

  it("asks no detail of a sentence that gives an example", () => {
    const text = "Un apiculteur a retrouvé ses ruches volées. Le syndicat des apiculteurs a par exemple recensé en mars 12 vols de ruches.";
    const { a, c } = onSecond(text, "Ruches volées", "fr", "Complétez avec le bon nombre : « Le syndicat des apiculteurs a par exemple recensé en mars _____ vols de ruches. »", "12", ["12", "9", "15", "20"]);
    expect(unworthy(a, c)).toBe("an example, not the news");
    const plain = onSecond(text.replace("par exemple ", ""), "Ruches volées", "fr", "Complétez avec le bon nombre : « Le syndicat des apiculteurs a recensé en mars _____ vols de ruches. »", "12", ["12", "9", "15", "20"]);
    expect(unworthy(plain.a, plain.c)).not.toBe("an example, not the news");
  });

  it("keeps the headline's news in a main idea's key when the shown lede would cut most of it", () => {
    const text = "Egypt displayed a gilded ancient coffin from the first century B.C. on Tuesday, which New York’s Metropolitan Museum of Art returned last week after U.S. investigators determined it to be a looted antiquity.\n\n" +
      "The coffin once held the mummy of a priest of the Ptolemaic Period some 2,000 years ago. It was put on display at a national museum in Cairo.\n\n" +
      "The minister of antiquities said the repatriation of this unique artifact shows a strong solidarity between the two countries.\n\n" +
      "The Met bought it from a Paris art dealer in 2017 for about $4 million and made it the centerpiece of an exhibition. The precious artifact was removed in February after proof of its theft was presented.\n\n" +
      "Prosecutors in New York said the coffin was smuggled out of the country in 2011 by an international trafficking network that sold it with forged papers.\n\n" +
      "An American diplomat attended the ceremony on Tuesday with officials from the ministry, archaeologists and several foreign ambassadors based in the capital.\n\n" +
      "The head of the museum said the surface of the gilded coffin was elaborately decorated with scenes and hieroglyphic texts meant to protect the priest.";
    const a = analyzeArticle(text, { language: "en", title: "Egypt displays looted coffin returned from New York's Met" });
    const [q] = mainIdeaTemplate.generate(a);
    expect(q?.answer).toMatch(/looted/u);
  });
});
