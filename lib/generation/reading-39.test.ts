// Causes of the edits and rejections of blind reading 39 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { countCue } from "./count-cues";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { unworthy } from "./select";
import type { Candidate } from "./template";
import { whQuestionTemplate } from "./types/wh-question";
import { slotChoiceCandidates } from "./types/slot-choice";

describe("reading 39", () => {
  it("lets a thin quiz take a minor detail only when every other check passed (no person's age)", () => {
    // National Park Service Morning Report, 3 October 2007 (a US federal work, public domain).
    const text = `The name of the woman who fell to her death in the park last Friday night has been released. C.H., 32, was from Beverly Hills, California. C.H. and a 39-year-old male friend from Los Angeles were traveling through the park and had stopped to take pictures at a pullout in the Calcite Springs area just north of Tower Fall when the accident occurred. Rangers received a report about 6:30 Friday evening that a woman had fallen over the cliff. When they arrived on scene, they could see C.H. lying motionless on the canyon floor next to the Yellowstone River. A ranger who rappelled down the 400-foot cliff confirmed that she had died. Due to darkness, steep terrain, and the complex nature of this type of large-scale operation, park staff had to wait until Saturday morning to remove C.H.'s body from the canyon floor. An autopsy conducted over the weekend showed that the cause of death was massive trauma caused by the fall. The incident remains under investigation. Anyone with information that might help investigators is asked to call the Park Tip Line at 307-344-2132. This is the same area of the park where a visitor from Michigan stepped over a rock retaining wall and fell to her death in June 2006.`;
    const qs = generateQuiz({ text, title: "Update: Name Of Falling Victim Released", count: 20 }).questions;
    expect(qs.filter((q) => /year-old/.test(q.prompt))).toEqual([]);
  });

  it("does not ask a count whose items a dash lists after it", () => {
    const c = { kind: "multiple_choice", meta: { slot: "number" }, answer: "two",
      prompt: "Fill in the right number: “Endeavour delivered _____ key additions to the space station - the Tranquility node and the Cupola observatory.”" } as unknown as Candidate;
    expect(countCue(c, "en")).toBe("the prompt lists what the count counts");
  });

  it("asks no 'combien' that keeps the breakdown of its count (« dont 9 d'or »)", () => {
    const text = "Les Françaises sont championnes du monde de handball. Les hommes ont remporté 18 médailles dont 9 d'or depuis 1995. Les femmes comptent désormais deux titres mondiaux.";
    const prompts = whQuestionTemplate.generate(analyzeArticle(text, { language: "fr", title: "Handball" })).map((c) => c.prompt);
    expect(prompts.filter((p) => /combien de médailles/u.test(p) && /dont/u.test(p))).toEqual([]);
  });

  it("reads « pas plus de » as at most, so « plus de 175 » is never an accepted answer", () => {
    const a = analyzeArticle("Il ne reste pas plus de 175 gazelles dama sauvages, réparties au Tchad et au Niger. Le zoo en accueille sept.", { language: "fr", title: "Zoo" });
    expect(a.numbers.find((n) => n.value === 175)?.hedge).toBe("max");
    const q = slotChoiceCandidates(a, ["number"], "numeric").find((c) => /_____ gazelles/.test(c.prompt));
    expect(q).toBeDefined();
    expect((q!.accepted ?? []).filter((x) => /^plus de/u.test(x))).toEqual([]);
  });

  it("does not offer one woman among men (or one man among women)", () => {
    // Reading 39's « septième sacre de _____ » (Teddy Riner among three judokas of the women's
    // team) is not caught: the analysis reads Riner as a woman from « sacrée championne » next to
    // his name. The rule is checked where the genders are read right.
    const text = "Germany's Betty Heidler won the women's hammer throw with a toss of 74 meters. She thanked her coach. Tyson Gay won the 100 meters, and he also won the 200. David Byrd finished second; he was pleased. Wallace Spearmon said he would race again next week.";
    const a = kitFor(analyzeArticle(text, { language: "en", title: "World championships" })).full;
    const q = { kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail",
      prompt: "Fill in the right name: “Germany's _____ won the women's hammer throw with a toss of 74 meters.”",
      choices: ["Tyson Gay", "Betty Heidler", "David Byrd", "Wallace Spearmon"], answer: "Betty Heidler",
      evidence: { text: a.sentences[0].text, start: a.sentences[0].start, end: a.sentences[0].end },
      explanation: "", difficulty: 1, score: 0.9, sentenceIndex: 0, meta: { slot: "person" } } as Candidate;
    expect(unworthy(a, q)).toBe("the key is the only option of its gender");
    expect(unworthy(a, { ...q, choices: ["Tyson Gay", "Betty Heidler", "David Byrd"] })).toBe("the key is the only option of its gender");
  });
});
