import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze";

const speakerOf = (text: string, quoteStart: string) => {
  const a = analyzeArticle(text, { language: "fr", date: new Date("2024-05-02") });
  const q = a.quotes.find((x) => x.text.startsWith(quoteStart));
  if (!q) throw new Error(`no quote ${quoteStart}`);
  return q.speakerId === undefined ? undefined : a.entities[q.speakerId].name;
};

describe("French quotations and their speakers", () => {
  it("reads a verb of saying after an adverb or a clitic in the verb group", () => {
    const text = "La ministre Claire Dubois a visité le port mercredi. Le maire Paul Martin l'accompagnait.\n\n" +
      "« Nous allons reconstruire la digue », a ensuite précisé Claire Dubois devant la presse.\n\n" +
      "« Les travaux commenceront en juin », lui a répondu Paul Martin.";
    expect(speakerOf(text, "Nous allons")).toBe("Claire Dubois");
    expect(speakerOf(text, "Les travaux")).toBe("Paul Martin");
  });

  it("reads reactions of press French (« a réagi », « a écrit »)", () => {
    const text = "Le député Marc Leroy a quitté la séance.\n\n« C'est un déni de démocratie », a réagi Marc Leroy sur son blog.";
    expect(speakerOf(text, "C'est un déni")).toBe("Marc Leroy");
  });

  it("keeps a particle inside a person's name (« Jean-Marie Le Pen »)", () => {
    const text = "Le parti a tenu son congrès. Le vote a eu lieu le soir.\n\n" +
      "Dans l'interview, Jean-Marie Le Pen revient sur le parti. « Le parti doit changer », prévient-il.";
    const a = analyzeArticle(text, { language: "fr", date: new Date("2024-05-02") });
    expect(a.entities.find((e) => e.name === "Jean-Marie Le Pen")?.type).toBe("person");
    expect(speakerOf(text, "Le parti doit")).toBe("Jean-Marie Le Pen");
  });

  it("gives no speaker to « -t-il » when the last name before it may be a person the typing missed", () => {
    // "Laura Matin": "matin" is written in lower case elsewhere, so the run is not typed a person;
    // its first word is a first name: the pronoun may stand for it, and nobody is sure.
    const text = "Christian Jacob a parlé le matin. Le rail est en crise.\n\n" +
      "Dans l'interview, Laura Matin revient sur la grève. « La grève durera », prévient-elle.";
    const a = analyzeArticle(text, { language: "fr", date: new Date("2024-05-02") });
    expect(a.entities.find((e) => e.name === "Laura Matin")?.type).not.toBe("person");
    expect(speakerOf(text, "La grève")).toBeUndefined();
  });
});

describe("a quotation that goes on in the same paragraph", () => {
  const en = (text: string, start: string) => {
    const a = analyzeArticle(text, { language: "en", date: new Date("2024-05-02") });
    const q = a.quotes.find((x) => x.text.startsWith(start))!;
    return q.speakerId === undefined ? undefined : a.entities[q.speakerId].name;
  };
  it("gives a whole-sentence quotation the speaker of the quotation just before it", () => {
    const text = "The council met on Monday. Mayor Anna Brooks opened the session.\n\n" +
      "\"We are ready for the winter,\" Anna Brooks said. \"The roads will be salted every night from December.\"";
    expect(en(text, "The roads")).toBe("Anna Brooks");
  });
  it("not across a paragraph, nor past another name, nor for a phrase inside the writer's sentence", () => {
    const other = "Mayor Anna Brooks opened the session.\n\n\"We are ready for the winter,\" Anna Brooks said.\n\n\"The roads will be salted every night from December.\"";
    expect(en(other, "The roads")).toBeUndefined();
    const named = "\"We are ready for the winter,\" Anna Brooks said. Tom Reed, a driver, disagreed. \"The roads will be salted every night from December.\"";
    expect(en(named, "The roads")).toBeUndefined();
    const phrase = "\"We are ready for the winter,\" Anna Brooks said. The council called the plan \"a costly gamble for the town\" in its vote.";
    expect(en(phrase, "a costly gamble")).toBeUndefined();
  });
});

describe("a pronoun after a quotation takes up a subject (reading 56)", () => {
  const speaker = (text: string, start: string, lang: "fr" | "en" = "en") => {
    const a = analyzeArticle(text, { language: lang, date: new Date("2024-05-02") });
    const q = a.quotes.find((x) => x.text.startsWith(start))!;
    return q.speakerId === undefined ? undefined : a.entities[q.speakerId].name;
  };
  it("not a person named last as a complement", () => {
    const text = "Peter Sagan won the race on Sunday.\n\nAnd in winning he joined a select group of riders, including Belgian legend Eddy Merckx, as three-time champions.\n\n" +
      "\"It's something special, for sure it doesn't change anything,\" he added.";
    expect(speaker(text, "It's something special")).not.toBe("Eddy Merckx");
  });
  it("the subject after an opening adverbial, or inverted after its verb of saying", () => {
    const en = "In a statement from the White House on Saturday evening, President Barack Obama called the agreement historic.\n\n\"This moment can be a turning point for the world,\" he said.";
    expect(speaker(en, "This moment")).toBe("Barack Obama");
    const fr = "« Nous ne sommes pas surpris », déclare à l'AFP Jean-Philippe Magnen, le porte-parole du parti. « Le président a annoncé un grand débat », a-t-il précisé.";
    expect(speaker(fr, "Le président a annoncé", "fr")).toBe("Jean-Philippe Magnen");
  });
});
