// Causes of the edits of blind reading 28 (docs/generator-quality.md).
import { describe, expect, it } from "vitest";
import { generateQuiz } from "./generate";

describe("reading 28", () => {
  it("asks no number whose sentence the main idea offers as an option on the same sheet", () => {
    // National Park Service Morning Report, August 2014 (a US federal government work, public domain), as read in reading 28,
    // with « The next morning » of the third paragraph written « On Wednesday »: since reading 166 it points back, and
    // the main idea this test needs would lack an option.
    const text = `Search teams successfully located two missing day hikers in the Summerland area of the park on August 14th.

On Tuesday, August 12th, the two experienced hikers left the Summerland trailhead on the park’s east side with the intention of hiking through Summerland and Panhandle Gap, where they planned to traverse through Cowlitz Chimneys to Owyhigh. A severe storm caught them in the Chimneys, where they sheltered in place.

On Wednesday, following an overdue party report, a hasty search was conducted by park staff pulled from the Shadow Lake Fire. The hikers made contact with the park midday by cell phone through a family member, providing brief information before the call was lost. They moved on after reporting their location, missing park crews by four hours.

The pair backtracked to Panhandle Gap the next morning. Mountain rescue crews located them below the Gap. They were uninjured and completed the hike out to the trailhead.

Thirty people were assigned to the incident from Seattle, Tacoma, Olympic, and Everett mountain rescue teams, Central Pierce County, and park staff. Quincy Maret was incident commander.`;
    const r = generateQuiz({ text, title: "Panhandle Gap Search Comes To Successful Conclusion", language: "en", count: 20 });
    const shown = r.questions.filter((q) => q.skill === "main_idea").flatMap((q) => q.choices ?? []).join(" ");
    const clozes = r.questions.filter((q) => q.prompt.includes("_____") && typeof q.answer === "string");
    expect(r.questions.some((q) => q.skill === "main_idea")).toBe(true);
    for (const q of clozes) expect(shown.toLowerCase()).not.toContain(String(q.answer).toLowerCase());
  });
});
