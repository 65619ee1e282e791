import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze";
import { detectLanguage } from "./language";

const FR = `Le président kazakhstanais, Kassym-Jomart Tokaïev, a reçu lundi 10 janvier son homologue.
Un contingent de l'Organisation du traité de sécurité collective (OTSC) a été déployé le 6 janvier à Almaty.
«\u00A0La tentative de coup d'État a été déjouée. Le pays est calme\u00A0», a déclaré M. Tokaïev devant le Parlement.
Selon Vladimir Poutine, les soldats resteront «\u202Fpour une période limitée\u202F».`;

describe("analyzeArticle", () => {
  const a = analyzeArticle(FR, { language: "fr", date: new Date("2022-01-11") });

  it("finds acronyms with their expansion", () => {
    expect(a.acronyms.map((x) => [x.acronym, x.expansion])).toEqual([["OTSC", "Organisation du traité de sécurité collective"]]);
  });

  it("types people and places and links surnames to full names", () => {
    const tok = a.entities.find((e) => e.name === "Kassym-Jomart Tokaïev")!;
    expect(tok.type).toBe("person");
    expect(tok.forms).toContain("Tokaïev");
    expect(tok.roles[0].text).toBe("Le président kazakhstanais");
    expect(a.entities.find((e) => e.name === "Almaty")?.type).toBe("place");
    expect(a.entities.find((e) => e.name === "Vladimir Poutine")?.type).toBe("person");
  });

  it("ends an English role at a preposition ('Mt Coo-tha against treasurer Andrew Fraser', reading 15)", () => {
    const en = analyzeArticle("The Greens will run a candidate in Mt Coo-tha against treasurer Andrew Fraser in the state election.", { language: "en", title: "Election" });
    const fraser = en.entities.find((e) => e.name === "Andrew Fraser");
    expect(fraser?.roles.map((r) => r.bare)).toEqual(["treasurer"]);
  });

  it("starts an English role after a verb that follows 'to' or a modal ('to witness city mayor Hau Lung-bin')", () => {
    const en = analyzeArticle("Thousands crowded onto the square to witness city mayor Hau Lung-bin light the lanterns. Visitors will praise deputy mayor Ann Lee for the show.", { language: "en", title: "Lantern festival" });
    expect(en.entities.find((e) => e.name === "Hau Lung-bin")?.roles.map((r) => r.bare)).toEqual(["city mayor"]);
    expect(en.entities.find((e) => e.name === "Ann Lee")?.roles.map((r) => r.bare)).toEqual(["deputy mayor"]);
  });

  it("leaves a French portfolio after « des », « aux » out of the name (« la ministre des Sports Laura Flessel »)", () => {
    const fr = analyzeArticle("La ministre des Sports Laura Flessel a visité le stade mardi. Le secrétaire d'État aux Transports Jean-Baptiste Djebbari a inauguré la gare le même jour.", { language: "fr", title: "Visites" });
    expect(fr.entities.find((e) => e.name === "Laura Flessel")?.roles.map((r) => r.bare)).toEqual(["ministre des Sports"]);
    expect(fr.entities.find((e) => e.name === "Jean-Baptiste Djebbari")?.roles.map((r) => r.bare)).toEqual(["secrétaire d'État aux Transports"]);
  });

  it("keeps \"and\" inside a body's name, and reads no initial in \"U.S.\" (reading 21: 'what did Wildlife Service say')", () => {
    const en = analyzeArticle("The U.S. Fish and Wildlife Service said 23 species are extinct. The Department of Health and Human Services agreed. France and Germany backed the plan. U.S. Secretary of Labor Elaine L. Chao spoke on Monday.", { language: "en", title: "Species" });
    const names = en.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Fish and Wildlife Service", "Department of Health and Human Services", "France", "Germany", "Elaine L. Chao"]));
    expect(names.some((n) => /^S\. /.test(n) || n === "Wildlife Service")).toBe(false);
    expect(en.entities.find((e) => e.name === "Elaine L. Chao")?.roles.map((r) => r.bare)).toContain("Secretary of Labor");
  });

  it("attributes a quote spanning two sentences to its speaker", () => {
    const q = a.quotes.find((x) => x.text.startsWith("La tentative"))!;
    expect(q.text).toBe("La tentative de coup d'État a été déjouée. Le pays est calme");
    expect(a.entities[q.speakerId!].name).toBe("Kassym-Jomart Tokaïev");
    expect(q.lastSentence).toBeGreaterThan(q.firstSentence);
  });

  it("attributes a quote to the name before « a pour sa part ajouté : », with words between the auxiliary and the verb", () => {
    const fr = analyzeArticle("Le ministre du Budget, Jérôme Cahuzac, a reconnu : « il y a une ardoise cachée » ; le ministre des Finances, Pierre Moscovici, a pour sa part ajouté : « C'est une France affaiblie dont nous héritons ».", { language: "fr", title: "Budget" });
    const q = fr.quotes.find((x) => x.text.startsWith("C'est"))!;
    expect(fr.entities[q.speakerId!].name).toBe("Pierre Moscovici");
    const en = analyzeArticle("Mayor Ann Lee praised the crews, and Governor Tom Baker has also said: “We will rebuild the bridge this year.”", { language: "en", title: "Bridge" });
    const e = en.quotes.find((x) => x.text.startsWith("We will"))!;
    expect(en.entities[e.speakerId!].name).toBe("Tom Baker");
  });

  it("keeps every offset pointing into the original text", () => {
    for (const m of a.entityMentions) expect(FR.slice(m.start, m.end)).toBe(m.text);
    for (const d of a.dates) expect(FR.slice(d.start, d.end)).toBe(d.text);
    for (const k of a.keyTerms) expect(FR.slice(k.start, k.end)).toBe(k.text);
  });
});

describe("detectLanguage", () => {
  it("tells French from English and rejects Spanish and German", () => {
    expect(detectLanguage("Le président a annoncé que les troupes quitteront le pays dans les prochains jours.").language).toBe("fr");
    expect(detectLanguage("The president said that the troops would leave the country in the coming days.").language).toBe("en");
    expect(detectLanguage("El presidente dijo que las tropas se irán del país en los próximos días y que todo está bien.").language).toBeNull();
    expect(detectLanguage("Der Präsident sagte, dass die Truppen das Land in den nächsten Tagen verlassen und alles gut ist.").language).toBeNull();
  });
});
