import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { nounGender } from "./french-genders";
import { frenchGenderData } from "./french-genders-source";

describe("French noun genders", () => {
  it("knows singular and plural nouns of both genders", () => {
    expect(nounGender("frégate")).toBe("F");
    expect(nounGender("médailles")).toBe("F");
    expect(nounGender("rassemblements")).toBe("M");
    expect(nounGender("chevaux")).toBe("M");
    expect(nounGender("Navire")).toBe("M");
  });

  it("says nothing of a word it does not know", () => {
    expect(nounGender("xqzt")).toBeNull();
    expect(nounGender("")).toBeNull();
  });

  it("is the committed copy of what the Lefff package gives", () => {
    const committed = JSON.parse(readFileSync(new URL("./data/french-gender.json", import.meta.url), "utf8"));
    expect(committed).toEqual(frenchGenderData());
  });
});
