// Causes found by blind reading 107 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { whQuestionTemplate } from "./types/wh-question";
import { copiesSlip } from "./slips";

const title = "Sea turtles break nesting records";
const article = (middle: string) => `${title}\n\nThreatened loggerhead sea turtles have broken nesting records this summer on beaches in the Southeast. ` +
  `Georgia counted 3,950 nests this year, wildlife officials said on Monday. ${middle} Biologist Mark Dodd expects the final count to reach about 4,000 nests. ` +
  "South Carolina also broke its record with 8,000 nests counted by volunteers. Volunteers in North Carolina walked the beaches every morning from May to August. " +
  "Loggerheads return to nest on the beaches where they hatched decades earlier. Biologists fit some females with satellite tags to follow them at sea.";
const prompts = (text: string) => whQuestionTemplate.generate(analyzeArticle(text, { language: "en", title, date: new Date("2019-08-01") })).map((c) => c.prompt);

describe("reading 107", () => {
  it("asks no 'when' question on a participle that describes a figure, not the clause's verb", () => {
    expect(prompts(article("The previous record for the state was 3,289 documented in 2016."))).not.toContainEqual(expect.stringMatching(/in what year/u));
    // With its auxiliary the participle is the clause's verb.
    expect(prompts(article("The previous record for the state was documented in 2016."))).toContainEqual(expect.stringMatching(/in what year was the previous record .* documented\?/u));
  });

  it("finds 'said to expects', an infinitive's 'to' before a verb in -s, and not 'to costs'", () => {
    const a = analyzeArticle(article(""), { language: "en", title, date: new Date("2019-08-01") });
    expect(copiesSlip(a, "Dodd said to expects the final count to reach about 4,000 nests.")).toBe(true);
    expect(copiesSlip(a, "Dodd expects the final count to reach about 4,000 nests.")).toBe(false);
    expect(copiesSlip(a, "The state added the count to costs and to plans for next year.")).toBe(false);
  });
});
