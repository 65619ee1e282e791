import { describe, expect, it } from "vitest";
import { MAX_ANSWER_CHARS, compactAnswer, normaliseAnswer } from "./normalise";

describe("normaliseAnswer", () => {
  it.each([
    ["Tokaïev", "tokaiev"],
    ["TOKAÏEV", "tokaiev"],
    ["cœur", "coeur"],
    ["Œuvre", "oeuvre"],
    ["ex æquo", "ex aequo"],
    ["Nur-Sultan", "nur sultan"],
    ["Nur‑Sultan", "nur sultan"], // U+2011 non-breaking hyphen
    ["Kassym–Jomart", "kassym jomart"], // en dash
    ["  Almaty   ville ", "almaty ville"],
    ["Almaty !", "almaty"],
    ["« Almaty »", "almaty"],
    ["«\u202FAlmaty\u202F»", "almaty"],
    ["“Almaty”", "almaty"],
    ["'Almaty'", "almaty"],
    ["O.N.U.", "onu"],
    ["U.S.", "us"],
    ["aujourd’hui", "aujourd'hui"],
    ["aujourdʼhui", "aujourd'hui"],
    ["Côte d’Ivoire", "cote d'ivoire"],
    ["2\u00A0030", "2 030"],
    ["2\u202F030", "2 030"],
    ["2\u2009030", "2 030"],
    ["2\u2007030", "2 030"],
    ["ﬁnance", "finance"], // NFKC unfolds the ligature
  ])("fr %j → %j", (input, expected) => {
    expect(normaliseAnswer(input, "fr")).toBe(expected);
  });

  it.each([
    ["l’OTSC", "otsc"],
    ["l'OTSC", "otsc"],
    ["L‘OTSC", "otsc"],
    ["l`OTSC", "otsc"],
    ["l´OTSC", "otsc"],
    ["l' OTSC", "otsc"],
    ["l OTSC", "otsc"],
    ["le Kazakhstan", "kazakhstan"],
    ["la Russie", "russie"],
    ["les États-Unis", "etats unis"],
    ["un coup d'État", "coup d'etat"],
    ["une crise", "crise"],
    ["des soldats", "soldats"],
    ["du carburant", "carburant"],
    ["de l'OTSC", "otsc"],
    ["d'Almaty", "almaty"],
    ["au Kazakhstan", "kazakhstan"],
    ["aux Kazakhs", "kazakhs"],
  ])("drops French leading articles: %j → %j", (input, expected) => {
    expect(normaliseAnswer(input, "fr")).toBe(expected);
  });

  it("keeps an article that is the whole answer, and articles inside the answer", () => {
    expect(normaliseAnswer("Le", "fr")).toBe("le");
    expect(normaliseAnswer("prix du carburant", "fr")).toBe("prix du carburant");
  });

  it("drops English articles only in English", () => {
    expect(normaliseAnswer("The United Nations", "en")).toBe("united nations");
    expect(normaliseAnswer("a coup", "en")).toBe("coup");
    expect(normaliseAnswer("an army", "en")).toBe("army");
    expect(normaliseAnswer("the", "en")).toBe("the");
    expect(normaliseAnswer("le Kazakhstan", "en")).toBe("le kazakhstan");
    expect(normaliseAnswer("the Kazakhstan", "fr")).toBe("the kazakhstan");
  });

  it("caps the input length", () => {
    const long = "a".repeat(MAX_ANSWER_CHARS * 4);
    expect(normaliseAnswer(long, "fr").length).toBe(MAX_ANSWER_CHARS);
  });

  it("returns an empty string for punctuation or blanks", () => {
    expect(normaliseAnswer("   ", "fr")).toBe("");
    expect(normaliseAnswer("?!…", "fr")).toBe("");
  });
});

describe("compactAnswer", () => {
  it("removes spaces and apostrophes", () => {
    expect(compactAnswer(normaliseAnswer("Nur-Sultan", "fr"))).toBe("nursultan");
    expect(compactAnswer(normaliseAnswer("Côte d’Ivoire", "fr"))).toBe("cotedivoire");
  });
});
