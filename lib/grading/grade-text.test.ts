import { describe, expect, it } from "vitest";
import { gradeTextAnswer, type TextAnswerKey } from "./grade-text";

const fr = (answer: string, more: Partial<TextAnswerKey> = {}): TextAnswerKey => ({ answer, lang: "fr", ...more });
const en = (answer: string, more: Partial<TextAnswerKey> = {}): TextAnswerKey => ({ answer, lang: "en", ...more });
const correct = (r: string, key: TextAnswerKey) => gradeTextAnswer(r, key).correct;

describe("gradeTextAnswer: formatting never decides", () => {
  it.each([
    ["tokaiev", "Tokaïev"],
    ["TOKAÏEV", "Tokaïev"],
    ["OTSC", "l’OTSC"],
    ["l'OTSC", "OTSC"],
    ["l’otsc", "L'OTSC"],
    ["coeur", "cœur"],
    ["cœur", "coeur"],
    ["Nur Sultan", "Nur-Sultan"],
    ["Nursultan", "Nur-Sultan"],
    ["cote divoire", "Côte d’Ivoire"],
    ["« Almaty »", "Almaty"],
    ["  almaty  ", "Almaty"],
    ["le Kazakhstan", "Kazakhstan"],
    ["Kazakhstan", "au Kazakhstan"],
  ])("%j is %j", (response, answer) => {
    expect(gradeTextAnswer(response, fr(answer))).toEqual({ correct: true, close: false, matched: answer });
  });

  it("accepts an accepted spelling and reports which one matched", () => {
    const key = fr("Tokaïev", { accepted: ["Tokaev", "Tokayev"] });
    expect(gradeTextAnswer("Tokayev", key)).toEqual({ correct: true, close: false, matched: "Tokayev" });
  });

  it("reads a person's name without its courtesy title ('Mr. Hanson', « M. Dupont »), only for people", () => {
    expect(correct("Mr. Hanson", en("Hanson", { accepted: ["Jeff Hanson"] }))).toBe(true);
    expect(correct("Mr Jeff Hanson", en("Jeff Hanson"))).toBe(true);
    expect(correct("M. Dupont", fr("Dupont", { person: true }))).toBe(true);
    expect(correct("Dr. Smith", en("Jones", { accepted: ["Anna Jones"] }))).toBe(false);
    // A key that is no person keeps all its words.
    expect(correct("Me", en("Me", { person: false }))).toBe(true);
  });

  it("treats empty or blank answers as wrong, never close", () => {
    for (const r of ["", "   ", "\u00A0", "?!", "«»"]) {
      expect(gradeTextAnswer(r, fr("Almaty"))).toEqual({ correct: false, close: false });
    }
  });
});

describe("gradeTextAnswer: numbers compare by value", () => {
  it.each([
    ["2 030", "fr"],
    ["2\u00A0030", "fr"],
    ["2\u202F030", "fr"],
    ["2030", "fr"],
    ["2,030", "fr"], // integer key: the comma groups thousands
    ["2.030", "fr"],
    ["deux mille trente", "fr"],
    ["2030 soldats", "fr"],
    ["2,030", "en"],
    ["2030", "en"],
  ])("%j (%s) is 2 030", (response, lang) => {
    expect(correct(response, { answer: "2 030", lang: lang as "fr" | "en" })).toBe(true);
  });

  it("never tolerates a typo on digits", () => {
    expect(gradeTextAnswer("2 031", fr("2 030"))).toEqual({ correct: false, close: false });
    expect(gradeTextAnswer("2 300", fr("2 030"))).toEqual({ correct: false, close: false });
    expect(gradeTextAnswer("2,03", fr("2 030"))).toEqual({ correct: false, close: false });
    expect(gradeTextAnswer("Covid-18", fr("Covid-19"))).toEqual({ correct: false, close: false });
    expect(correct("covid19", fr("Covid-19"))).toBe(true);
  });

  it("compares decimals by value", () => {
    expect(correct("1.5 million", en("1,500,000"))).toBe(true);
    expect(correct("1,5 million", fr("1 500 000"))).toBe(true);
    expect(correct("2,03", fr("2,03"))).toBe(true);
    expect(correct("2,030", fr("2,03"))).toBe(true); // decimal key: 2,030 is 2.03
  });

  it("ignores hedges: 'plus de 1 600' and 1 600 grade the same", () => {
    expect(correct("1600", fr("plus de 1 600"))).toBe(true);
    expect(correct("plus de 1600", fr("1 600"))).toBe(true);
    expect(correct("1700", fr("plus de 1 600"))).toBe(false);
  });

  it("requires units to agree when both sides give one", () => {
    expect(correct("16", fr("16 morts"))).toBe(true);
    expect(correct("16 mort", fr("16 morts"))).toBe(true);
    expect(correct("5 février", fr("5 janvier"))).toBe(false);
    expect(correct("50 %", fr("50 %"))).toBe(true);
    expect(correct("50", fr("50 %"))).toBe(true);
  });
});

describe("gradeTextAnswer: typos", () => {
  it("tolerates one typo on 4–7 letters, two from 8", () => {
    expect(gradeTextAnswer("Almati", fr("Almaty"))).toEqual({ correct: true, close: false, matched: "Almaty" });
    expect(correct("Kazakstan", fr("Kazakhstan"))).toBe(true); // 1 of 2 allowed
    expect(correct("Kasakstan", fr("Kazakhstan"))).toBe(true); // 2 of 2 allowed
    expect(correct("Kazakhtsan", fr("Kazakhstan"))).toBe(true); // swapped letters count once
    expect(correct("Almatu", fr("Almaty"))).toBe(true);
    expect(correct("Alnati", fr("Almaty"))).toBe(false); // 2 typos on 6 letters
  });

  it("never tolerates typos on 3 letters or fewer", () => {
    expect(gradeTextAnswer("ONY", fr("ONU"))).toEqual({ correct: false, close: false });
    expect(correct("UE", fr("US"))).toBe(false);
  });

  it("flags 'close' one typo beyond the tolerance, and only then", () => {
    expect(gradeTextAnswer("Alnati", fr("Almaty"))).toEqual({ correct: false, close: true }); // 2 on 6 letters
    expect(gradeTextAnswer("Kazatan", fr("Kazakhstan"))).toEqual({ correct: false, close: true }); // 3 on 10
    expect(gradeTextAnswer("Kazat", fr("Kazakhstan"))).toEqual({ correct: false, close: false }); // 5 on 10
    expect(gradeTextAnswer("Blnatu", fr("Almaty"))).toEqual({ correct: false, close: false }); // 3 on 6
  });

  it("refuses a typo when the response is as close to a wrong choice: Iran is not Irak", () => {
    expect(gradeTextAnswer("Iran", fr("Irak", { wrongChoices: ["Iran", "Syrie", "Liban"] }))).toEqual({
      correct: false,
      close: false,
    });
    // The same pair is caught without wrong choices, from the built-in look-alike countries.
    expect(gradeTextAnswer("Iran", fr("Irak"))).toEqual({ correct: false, close: false });
    expect(correct("Irak", fr("Iran"))).toBe(false);
    expect(correct("Australie", fr("Autriche"))).toBe(false);
    expect(correct("Autriche", fr("Australie"))).toBe(false);
    expect(gradeTextAnswer("Nigeria", fr("Niger"))).toEqual({ correct: false, close: false });
    expect(correct("Slovaquie", fr("Slovénie"))).toBe(false);
    // A real typo of the key is still fine.
    expect(correct("Irac", fr("Irak", { wrongChoices: ["Iran"] }))).toBe(false); // as close to Iran: refused
    expect(correct("Irakk", fr("Irak", { wrongChoices: ["Iran"] }))).toBe(true);
  });

  it("refuses a typo that is closer to an arbitrary wrong choice", () => {
    const key = fr("Almaty", { wrongChoices: ["Almata"] });
    expect(correct("Almata", key)).toBe(false);
    expect(correct("Almatu", key)).toBe(false); // distance 1 to both
    expect(correct("Almatyy", key)).toBe(true); // 1 to the key, 2 to the wrong choice
  });

  it("does not let a wrong choice that is also an accepted spelling block it", () => {
    expect(correct("Astana", fr("Nur-Sultan", { accepted: ["Astana"], wrongChoices: ["Astana", "Almaty"] }))).toBe(true);
  });

  it("keeps the Iraq/Irak alias working when it is listed", () => {
    expect(correct("Iraq", fr("Irak", { accepted: ["Iraq"] }))).toBe(true);
  });
});

describe("gradeTextAnswer: person names", () => {
  it("accepts the surname alone for a two-word person key", () => {
    expect(gradeTextAnswer("Tokaïev", fr("Kassym-Jomart Tokaïev"))).toEqual({
      correct: true,
      close: false,
      matched: "Kassym-Jomart Tokaïev",
    });
    expect(correct("tokaiev", fr("Kassym-Jomart Tokaïev"))).toBe(true);
    expect(correct("Tokaev", fr("Kassym-Jomart Tokaïev"))).toBe(true); // surname with a typo
    expect(correct("Macron", fr("Emmanuel Macron"))).toBe(true);
    expect(correct("de Gaulle", fr("Charles de Gaulle"))).toBe(true);
  });

  it("does not accept the first name alone", () => {
    expect(correct("Emmanuel", fr("Emmanuel Macron"))).toBe(false);
    expect(correct("Kassym-Jomart", fr("Kassym-Jomart Tokaïev"))).toBe(false);
  });

  it("needs a surname of at least 4 letters", () => {
    expect(correct("Xi", fr("Xi Jinping"))).toBe(false); // "Jinping" is the last word; "Xi" is not it
    expect(correct("Lee", fr("Robert Lee"))).toBe(false);
    expect(correct("Lee", fr("Robert Lee", { person: true }))).toBe(false);
  });

  it("refuses the surname when a wrong choice shares it", () => {
    const key = fr("Jean-Marie Le Pen", { wrongChoices: ["Marine Le Pen", "Éric Zemmour"] });
    expect(correct("Le Pen", key)).toBe(false);
    expect(correct("Jean-Marie Le Pen", key)).toBe(true);
    const key2 = fr("Kassym-Jomart Tokaïev", { wrongChoices: ["Noursoultan Nazarbaïev", "Tokaïev Junior"] });
    expect(correct("Tokaïev", key2)).toBe(false);
  });

  it("does not take a wrong choice's surname as a typo of the key's", () => {
    const key = fr("Alexandre Lukashenko", { wrongChoices: ["Vladimir Poutine"] });
    expect(correct("Lukachenko", key)).toBe(true);
    expect(correct("Poutine", key)).toBe(false);
  });

  it("does not treat places as people", () => {
    expect(correct("York", fr("New York"))).toBe(false);
    expect(correct("Nord", fr("Corée du Nord"))).toBe(false);
    expect(correct("Lanka", fr("Sri Lanka"))).toBe(false);
    expect(correct("unies", fr("Nations unies"))).toBe(false);
  });

  it("lets the caller say whether the key is a person", () => {
    expect(correct("York", fr("New York", { person: true }))).toBe(true);
    expect(correct("Macron", fr("Emmanuel Macron", { person: false }))).toBe(false);
  });
});

describe("gradeTextAnswer: safety", () => {
  it("handles huge input quickly and as wrong", () => {
    const t0 = performance.now();
    expect(gradeTextAnswer("x".repeat(1_000_000), fr("Kazakhstan")).correct).toBe(false);
    expect(gradeTextAnswer("2".repeat(1_000_000), fr("2 030")).correct).toBe(false);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("only looks at the first 500 characters", () => {
    expect(correct("Almaty" + " ".repeat(494) + "zzz", fr("Almaty"))).toBe(true);
  });
});
