import { describe, expect, it } from "vitest";
import { compressStatement, withoutDeicticTime } from "./compress";

describe("compressStatement", () => {
  it("drops a time frame, a parenthesis and a role apposition, keeping subject, verb and object", () => {
    expect(compressStatement("Le 3 mai 2021, Claire Dubois, ministre de la Culture, a inauguré le musée des Arts (MDA) de Lille.", "fr"))
      .toBe("Claire Dubois a inauguré le musée des Arts de Lille.");
    expect(compressStatement("On Friday, Paul Grant, a senator from Ohio, introduced a bill on rail safety.", "en"))
      .toBe("Paul Grant introduced a bill on rail safety.");
  });

  it("cuts two frames at most and never one that names a place or whose view it is", () => {
    expect(compressStatement("Le 5 juillet 2012, à 23h36, le lanceur a placé deux satellites en orbite.", "fr"))
      .toBe("Le lanceur a placé deux satellites en orbite.");
    expect(compressStatement("In Tasmania, Labor has been returned for a third term in government.", "en"))
      .toBe("In Tasmania, Labor has been returned for a third term in government.");
    expect(compressStatement("Pour lui, la réforme est une erreur qui coûtera cher aux communes.", "fr"))
      .toBe("Pour lui, la réforme est une erreur qui coûtera cher aux communes.");
  });

  it("does not mistake a list or a place for an apposition", () => {
    const list = "L'exposition a été vue à Milan, Giverny, Barcelone et Londres avant son arrêt à Montréal, seule étape au Canada.";
    expect(compressStatement(list, "fr")).toBe(list);
    const place = "À Oran, une fusillade éclate dans le défilé, provoquant un massacre dans la population, chiffré à plusieurs centaines de morts.";
    expect(compressStatement(place, "fr")).toBe(place);
  });

  it("drops a closing attribution and a commenting tail, not a consequence", () => {
    expect(compressStatement("Cinq hommes ont été arrêtés dans la capitale, selon un communiqué de la police.", "fr"))
      .toBe("Cinq hommes ont été arrêtés dans la capitale.");
    expect(compressStatement("Paul Dewar, an opposition MP, said the lapses raise serious questions about security.", "en"))
      .toBe("Paul Dewar said the lapses raise serious questions about security.");
    expect(compressStatement("Phoenix made several discoveries on Mars, including the presence of water ice.", "en"))
      .toBe("Phoenix made several discoveries on Mars.");
    expect(compressStatement("A storm caused a crane to fall into the mosque, killing 107 people, according to the civil defence.", "en"))
      .toBe("A storm caused a crane to fall into the mosque, killing 107 people.");
  });

  it("leaves a sentence alone when a cut would leave too little", () => {
    expect(compressStatement("Le vote a eu lieu, selon lui.", "fr")).toBe("Le vote a eu lieu, selon lui.");
  });

  it("never cuts a relative or an apposition where no verb follows (reading 9: « Un avion de la compagnie Germanwings. »)", () => {
    const open = "Un avion de la compagnie Germanwings, qui effectuait une liaison entre Barcelone (Espagne) et Düsseldorf (Allemagne) s'est écrasé ce matin dans les Alpes.";
    // The relative is not closed by a comma: it stays, and so does the verb after it.
    expect(compressStatement(open, "fr")).toBe("Un avion de la compagnie Germanwings, qui effectuait une liaison entre Barcelone et Düsseldorf s'est écrasé dans les Alpes.");
    const quote = "Laurent Fabius, président de la COP21, ministre des Affaires étrangères : « Je déclare l'accord adopté. »";
    expect(compressStatement(quote, "fr")).toBe(quote);
  });

  it("keeps a frame before an inverted subject and a frame that says which round or stage", () => {
    const inverted = "Ce mercredi, se déroulait le septième match de la série entre Montréal et Pittsburgh.";
    expect(compressStatement(inverted, "fr")).toBe(inverted);
    const stage = "En première ronde, les Canadiens avaient éliminé les Capitals de Washington en sept matchs.";
    expect(compressStatement(stage, "fr")).toBe(stage);
    expect(compressStatement("En 2012, les Canadiens ont éliminé les Capitals de Washington en sept matchs.", "fr"))
      .toBe("Les Canadiens ont éliminé les Capitals de Washington en sept matchs.");
  });

  it("drops a time counted from the day of publication or a clock time, never one a verb or a preposition needs (reading 12)", () => {
    expect(compressStatement("Three priests were assaulted and held hostage yesterday by local villagers in Guinea.", "en"))
      .toBe("Three priests were assaulted and held hostage by local villagers in Guinea.");
    expect(compressStatement("The World Health Organisation declared a swine flu pandemic on Thursday.", "en"))
      .toBe("The World Health Organisation declared a swine flu pandemic.");
    expect(compressStatement("Un séisme de magnitude 7,3 a secoué Haïti à 16 h 53, heure locale.", "fr")).toBe("Un séisme de magnitude 7,3 a secoué Haïti.");
    expect(compressStatement("Roger Federer a remporté ce dimanche le seul tournoi du grand chelem qui manquait à son palmarès.", "fr"))
      .toBe("Roger Federer a remporté le seul tournoi du grand chelem qui manquait à son palmarès.");
    // The day is all the relative says, or what a preposition governs: kept.
    const needed = "La manifestation qui s'est déroulée vendredi a réuni des lycéens et des étudiants.";
    expect(compressStatement(needed, "fr")).toBe(needed);
    const governed = "Les éboueurs de Marseille sont en grève depuis lundi pour obtenir une hausse de leurs salaires.";
    expect(compressStatement(governed, "fr")).toBe(governed);
  });
});

describe("times counted from the publication", () => {
  it("keeps a weekday after « on »: cutting it left \"On, officials will publish …\" (reading 21)", () => {
    const out = compressStatement("On Friday, officials will publish the latest information on U.S. economic growth.", "en");
    expect(out).not.toMatch(/^On,/);
    expect(out).toMatch(/officials will publish the latest information on U\.S\. economic growth\.$/);
  });
});

describe("« ce jour »", () => {
  it("is a time counted from the publication, cut like « ce dimanche » (reading 23)", () => {
    expect(withoutDeicticTime("La ministre a félicité les équipes du lancement d'Ariane 5 ce jour à Kourou.", "fr"))
      .toBe("La ministre a félicité les équipes du lancement d'Ariane 5 à Kourou.");
  });
});

describe("a cut inside an apposition (reading 35)", () => {
  it("keeps the comma that closes a name in apposition to a title", () => {
    expect(compressStatement("Le ministre de l'Intérieur, Gérald Darmanin, accompagné du préfet de police, a annoncé une hausse des effectifs de police.", "fr"))
      .toBe("Le ministre de l'Intérieur, Gérald Darmanin, a annoncé une hausse des effectifs de police.");
    // After a frame the name is the subject: no comma between it and its verb.
    expect(compressStatement("Aux Invalides, Emmanuel Macron, accompagné de son épouse, a déposé une gerbe devant la statue.", "fr"))
      .toBe("Aux Invalides, Emmanuel Macron a déposé une gerbe devant la statue.");
  });

  it("does not cut a sentence's own verb of saying as if it were an attribution", () => {
    expect(compressStatement("The prime minister, Boris Johnson, a former mayor of London, said the plan would cut waiting times in half.", "en"))
      .toContain("said the plan would cut waiting times in half");
    expect(compressStatement("The plan will cut waiting times in half within two years, said the minister.", "en"))
      .toBe("The plan will cut waiting times in half within two years.");
  });
});

describe("an attribution closing the sentence (reading 37)", () => {
  it("cuts the speaker and verb of saying after the statement", () => {
    expect(compressStatement("U.S. farm exports totaled $140.5 billion in fiscal year 2017, climbing to the third-highest level on record, U.S. Secretary of Agriculture Sonny Perdue announced.", "en"))
      .toBe("U.S. farm exports totaled $140.5 billion in fiscal year 2017, climbing to the third-highest level on record.");
    expect(compressStatement("Les exportations agricoles ont atteint un niveau record en 2017, a annoncé le ministre de l'Agriculture.", "fr"))
      .toBe("Les exportations agricoles ont atteint un niveau record en 2017.");
  });

  it("drops where the writer learnt it (« a-t-on appris auprès des secours », reading 63)", () => {
    expect(compressStatement("Trois personnes ont été blessées dans un carambolage sur l'A27 près de Baisieux, a-t-on appris auprès des secours.", "fr"))
      .toBe("Trois personnes ont été blessées dans un carambolage sur l'A27 près de Baisieux.");
  });
});
