// Causes found by blind reading 43 (18 unseen texts): a laureate's age and a distance to a lake
// asked, a gap the prompt's two totals give, a "what does the WHO say?" whose other options its
// own director says, an option opening on "None".
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { unworthy } from "./select";
import { readableAlone } from "./types/main-idea";
import { stanceTemplate } from "./types/stance";
import { numberCloze } from "./test-analysis";

const num = numberCloze;

describe("reading 43: figures nobody needs or the prompt gives", () => {
  const a = analyzeArticle("Le prix Nobel de médecine a été attribué lundi à trois chercheurs pour leurs travaux sur l'immunité.", { language: "fr", title: "Nobel" });

  it("treats an age in apposition after a name as a trivial figure (« Jules Hoffmann, 70 ans »)", () => {
    expect(unworthy(a, num(a, "Le comité souligne que Jules Hoffmann, 70 ans et Bruce Beutler, 55 ans ont découvert les récepteurs.", "70"))).toBe("trivial figure");
    const en = analyzeArticle("The prize went to three researchers on Monday for their work on immunity.", { language: "en", title: "Nobel" });
    expect(unworthy(en, num(en, "The committee said John Smith, 45, found the receptors in flies.", "45"))).toBe("trivial figure");
    // A count after a name and a comma is no age.
    expect(unworthy(a, num(a, "Selon Jules Hoffmann, 300 chercheurs travaillent sur ces récepteurs en France.", "300"))).not.toBe("trivial figure");
  });

  it("treats 'kilometers Northeast of Lake Henshaw' as where a place lies", () => {
    const en = analyzeArticle("An earthquake struck Southern California on Wednesday afternoon, shaking buildings in San Diego.", { language: "en", title: "Quake" });
    expect(unworthy(en, num(en, "The epicenter was 18 kilometers Northeast of Lake Henshaw, in a remote desert area.", "18"))).toBe("trivial figure");
  });

  it("refuses a gap that the two totals printed in the prompt give by a subtraction", () => {
    // Six significant digits: a count of seven is rote whatever the prompt shows (reading 45).
    const ev = "Le candidat a recueilli 180 668 voix contre 168 685, soit un écart de 11 983 voix.";
    expect(unworthy(a, num(a, ev, "11 983"))).toBe("the prompt's figures give the answer by a subtraction");
  });
});

describe("reading 43: options and voices", () => {
  it("offers no main-idea option opening on 'None …'", () => {
    const en = kitFor(analyzeArticle("A magnitude 5.4 earthquake struck Southern California on Wednesday.\n\nSeveral aftershocks followed the main quake in the desert. None greater than a magnitude of 3.6 have struck the area since the quake.", { language: "en", title: "Quake strikes California" })).full;
    expect(readableAlone(en, en.sentences.find((s) => s.text.startsWith("None"))!, 35)).toBe(false);
  });

  it("does not offer the claims of an organisation's own official under 'what does the WHO say?'", () => {
    const text = `The World Health Organization says vaccinations save the lives of 2 to 3 million children every year.

The WHO says almost 80 percent of babies are vaccinated against measles and whooping cough. Jean-Marie Okwo-Bele is director of immunization for the World Health Organization. Dr. Okwo-Bele says limited resources for health care systems reduce the ability of poor countries to vaccinate children. Dr. Okwo-Bele says a new vaccine against meningitis has been designed to remain effective at warmer temperatures. Dr. Okwo-Bele says that includes making sure people understand the benefits of vaccines. UNICEF says donor countries have cut their funding for vaccines this year. Professor Anna Berg says rural clinics lack refrigerators in many regions.`;
    const qs = stanceTemplate.generate(analyzeArticle(text, { language: "en", title: "WHO: vaccines save millions" }));
    const onWho = qs.filter((q) => /what does the (?:WHO|World Health Organization) say/.test(q.prompt));
    for (const q of onWho) expect((q.choices ?? []).some((c) => /limited resources|meningitis/.test(c))).toBe(false);
    for (const q of qs) expect((q.choices ?? []).some((c) => /^Includes/.test(c))).toBe(false);
  });
});

describe("reading 43: an acronym that is a named body's initials is that body", () => {
  it("reads 'the WHO' and 'the World Health Organization' as one organisation, without a '(WHO)'", () => {
    const a = analyzeArticle("The World Health Organization says vaccines save lives. The WHO says 80 percent of babies are vaccinated. UNICEF agrees.", { language: "en", title: "" });
    const who = a.entities.filter((e) => e.forms.includes("WHO") || e.name === "World Health Organization");
    expect(who).toHaveLength(1);
    expect(who[0].forms).toEqual(expect.arrayContaining(["World Health Organization", "WHO"]));
    // Letters that are no body's initials stay a name of their own.
    expect(a.entities.some((e) => e.name === "UNICEF")).toBe(true);
  });
});
