// Causes found by blind reading 138 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { auxiliaryBeforeFuture, copiesSlip, notFullyUn } from "./slips";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { sameSideName } from "./types/main-idea";
import { onSecond } from "./reading-fixtures";

describe("reading 138", () => {
  it("refuses the bound of an age group, not a person's age or a prison term", () => {
    const band = onSecond("Le chômage recule chez les jeunes. Pour les 50 ans ou plus, le taux est stable sur le trimestre.", "Chômage", "fr",
      "Complétez avec le bon nombre : « Pour les _____ ans ou plus, le taux est stable sur le trimestre. »", "50", ["50", "45", "55", "60"]);
    expect(settingFigure(band.c, "fr")).toBe("the bound of an age group");
    const law = onSecond("The House rejected the amendment. The right of citizens who are 18 years of age or older to vote shall not be denied.", "Voting age", "en",
      "Fill in the right number: “The right of citizens who are _____ years of age or older to vote shall not be denied.”", "18", ["18", "16", "21", "20"]);
    expect(settingFigure(law.c, "en")).toBe("the bound of an age group");
    const range = onSecond("Le chômage recule. Chez les 15 à 24 ans, il atteint 17,6 %.", "Chômage", "fr",
      "Complétez avec le bon nombre : « Chez les _____ à 24 ans, il atteint 17,6 %. »", "15", ["15", "12", "16", "18"]);
    expect(settingFigure(range.c, "fr")).toBe("the bound of an age group");
    // A sentence's range and a span of years stay.
    const term = onSecond("Le procès s'est ouvert. Il risque de 2 à 5 ans de prison.", "Procès", "fr",
      "Complétez avec le bon nombre : « Il risque de _____ à 5 ans de prison. »", "2", ["2", "3", "1", "4"]);
    expect(settingFigure(term.c, "fr")).not.toBe("the bound of an age group");
    const span = onSecond("The company is closing. It has operated for over 65 years in the town.", "Closure", "en",
      "Fill in the right number: “It has operated for over _____ years in the town.”", "65", ["65", "50", "70", "80"]);
    expect(settingFigure(span.c, "en")).toBeNull();
  });

  it("refuses a cloze whose key two other counts of the prompt add up to", () => {
    const text = "India won the series in Australia. In 11 previous attempts, India had only drawn a series twice, while losing nine.";
    const { a, c } = onSecond(text, "India wins", "en", "Fill in the right number: “In _____ previous attempts, India had only drawn a series twice, while losing nine.”", "11", ["11", "8", "13", "15"]);
    expect(numberRefusal(a, c)).toBe("the prompt's parts add up to the answer");
    // Counts that do not add up, or a year among them, leave it alone.
    const other = onSecond(text, "India wins", "en", "Fill in the right number: “In _____ previous attempts, India had only drawn a series twice, while losing nine.”", "12", ["12", "8", "13", "15"]);
    expect(numberRefusal(other.a, other.c)).toBeNull();
  });

  it("keeps every option on the key's side of the figure a stated rise started from", () => {
    const text = "Le chômage progresse en France. Selon l'Insee, le taux de chômage a enregistré une hausse au troisième trimestre, à 7,4 %, contre 7,2 au trimestre précédent. Chez les jeunes, il atteint 17,6 %.";
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Le chômage progresse" })).full;
    const m = a.numbers.find((x) => x.value === 7.4)!;
    for (const seed of [1, 2, 3, 4, 5]) {
      const options = numericDistractors(a, m, rngFor(seed, "n"), 3).map((x) => Number(x.replace(/[\s\u00A0\u202F]*%$/u, "").replace(",", ".")));
      expect(options.length).toBe(3);
      expect(options.every((x) => x > 7.2)).toBe(true);
    }
    // The old value blanked: every option short of the new one.
    const old = a.numbers.find((x) => x.value === 7.2)!;
    const below = numericDistractors(a, old, rngFor(3, "n"), 3).map((x) => Number(x.replace(/[\s\u00A0\u202F]*%$/u, "").replace(",", ".")));
    expect(below.every((x) => x < 7.4)).toBe(true);
    // A fall the other way.
    const fall = kitFor(analyzeArticle("Unemployment fell in May. The jobless rate fell to 5.8% from 6.4% a month earlier. Wages rose.", { language: "en", title: "Jobs report" })).full;
    const f = fall.numbers.find((x) => x.value === 5.8)!;
    expect(numericDistractors(fall, f, rngFor(2, "n"), 3).map((x) => Number(x.replace("%", ""))).every((x) => x < 6.4)).toBe(true);
  });

  it("finds an auxiliary typed before a future and 'not fully' before an un- participle", () => {
    expect(auxiliaryBeforeFuture("Mahmoud Ali Youssouf sera présidera la Commission de l'Union africaine.")).toBe(true);
    expect(auxiliaryBeforeFuture("Il sera président de la Commission et présidera la séance.")).toBe(false);
    expect(auxiliaryBeforeFuture("La caméra est opéra et sera là.")).toBe(false);
    expect(notFullyUn("The tombs had not been fully unexplored until the mission began.")).toBe(true);
    expect(notFullyUn("The result was not entirely unexpected.")).toBe(false);
    expect(notFullyUn("The cause is not fully understood.")).toBe(false);
    const a = kitFor(analyzeArticle("Le sommet s'est tenu à Addis-Abeba. Le ministre sera présidera la Commission.", { language: "fr", title: "Sommet" })).full;
    expect(copiesSlip(a, a.sentences[1].text)).toBe(true);
  });

  it("takes two options naming one thing the title and the key do not as one side thread", () => {
    const news = new Set(["soyuz", "kazakhstan", "nasa"]);
    expect(sameSideName("The shuttle delivered a humanoid robot called Robonaut 2.", "Station astronauts unpacked Robonaut 2 before the Soyuz left.", news)).toBe(true);
    // A name of the news, a weekday or a sentence's first word are no side thread.
    expect(sameSideName("The crew landed in Kazakhstan on Wednesday.", "Rescuers reached the capsule in Kazakhstan on Wednesday.", news)).toBe(false);
    expect(sameSideName("Discovery also visited the station.", "Discovery was retired later.", news)).toBe(false);
  });
});
