// Causes found by blind reading 144 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numberRefusal } from "./number-refusals";
import { quoteTemplate } from "./types/quote";
import { onSecond } from "./reading-fixtures";

describe("reading 144", () => {
  it("refuses a cloze whose key a total of money before it less a part after it gives", () => {
    const text = "The company settled the case on Monday. The company is also to pay $2 million in fines–$1.9 million in civil penalties and $100,000 in damages.";
    const prompt = "Fill in the right number: “The company is also to pay $2 million in fines–_____ in civil penalties and $100,000 in damages.”";
    const { a, c } = onSecond(text, "Case settled", "en", prompt, "$1.9 million", ["$1.9 million", "$1.5 million", "$2.3 million", "$1.2 million"]);
    expect(numberRefusal(a, c)).toBe("the prompt's figures give the answer by a subtraction");
    const total = onSecond(text, "Case settled", "en", "Fill in the right number: “The company is also to pay _____ in fines–$1.9 million in civil penalties and $100,000 in damages.”", "$2 million", ["$2 million", "$3 million", "$1 million", "$4 million"]);
    expect(numberRefusal(total.a, total.c)).toBeNull();
  });

  it("offers neither a name cut before its particle nor the namesake of a bridge as a speaker", () => {
    const text = "Le pont Suzan Daniel a été mis en place au-dessus du canal. « A partir de 15h30, le pont s'est mis en mouvement », a déclaré Pascal Smet, secrétaire d'État. La ministre Elke Van den Brandt a salué le chantier. Le bourgmestre Philippe Close était présent. L'ingénieur Marc Dubois a suivi les travaux. Le porte-parole Jean Martin a confirmé l'horaire.";
    const qs = quoteTemplate.generate(analyzeArticle(text, { language: "fr", title: "Le pont Suzan Daniel mis en place" }));
    expect(qs.find((q) => q.answer === "Pascal Smet")?.choices).toHaveLength(4);
    const names = qs.flatMap((q) => [String(q.answer), ...(q.choices ?? [])]);
    expect(names).not.toContain("Elke Van");
    expect(names).not.toContain("Suzan Daniel");
  });
});
