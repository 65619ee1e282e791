// Acceptance floors on the six repository articles: ≥ 15 questions, ≥ 4 kinds, 0 contract
// violations, ≥ 70 % reference-answer recall (over the MAX_COUNT questions the generator offers).
import { describe, expect, it } from "vitest";
import { evaluateFile, fixtureFiles } from "../../scripts/evaluate-generator";

describe("generator quality floors", () => {
  const files = fixtureFiles();
  it("has six fixture articles", () => {
    expect(files).toHaveLength(6);
  });
  it.each(files.map((f) => [f.split("/").pop()!, f]))("%s", (_name, file) => {
    const e = evaluateFile(file);
    expect(e.produced).toBeGreaterThanOrEqual(15);
    expect(Object.keys(e.kinds).length).toBeGreaterThanOrEqual(4);
    expect(e.violations).toEqual([]);
    expect(e.recallMax).toBeGreaterThanOrEqual(0.7);
  });
});
