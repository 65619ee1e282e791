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

  it("finds every word of both lists, and only those, by its search on the sorted strings", () => {
    const committed = JSON.parse(readFileSync(new URL("./data/french-gender.json", import.meta.url), "utf8"));
    const masculine: string[] = committed.masculine.split(" ");
    const feminine: string[] = committed.feminine.split(" ");
    expect(masculine.filter((w) => nounGender(w) !== "M")).toEqual([]);
    expect(feminine.filter((w) => nounGender(w) !== "F")).toEqual([]);
    // Between two neighbours of the list: absent (a plural's singular aside).
    expect(nounGender(`${masculine[100]}zzzq`)).toBeNull();
    expect(nounGender("aaaaa")).toBeNull();
    expect(nounGender("zzzzzz")).toBeNull();
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
