// Causes found by blind reading 108 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { generateQuiz } from "./generate";

describe("reading 108", () => {
  it("offers no work's title written between quotation marks as a person", () => {
    const text = `Historic theatre reopens with a concert

The Maryland Theatre in Hagerstown reopened on Saturday after a two-year renovation that cost $12 million. Executive director Jessica Green said the work had restored the plaster ceiling and added a new lobby. "It's very exciting to see. It's done so well. It's just lovely," said Lyn Norris, who has attended concerts there for forty years. Conductor Elizabeth Schulze led the Maryland Symphony Orchestra in an overture by Beethoven. "We wanted to open with something joyful," Schulze said. The second half of the concert featured ‘Carmina Burana’ with approximately 120 members of a guest choir. Green said the railing that arrived in August didn't meet specifications, so plywood was installed instead. Board chair Mark Tyler said the theatre would host 200 events next year.`;
    const qs = generateQuiz({ text, title: "Historic theatre reopens with a concert", date: "2019-10-20", count: 20 }).questions;
    const whoQuestions = qs.filter((q) => /who s(?:aid|ays)/iu.test(q.prompt));
    expect(whoQuestions.length).toBeGreaterThan(0);
    for (const q of whoQuestions) expect(q.choices ?? []).not.toContain("Carmina Burana");
  });
});
