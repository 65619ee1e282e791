import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../analysis/types";
import { balanceLengths, oneSideMatter } from ".";

const sentence = (index: number, words: number, word = `w${index}`): Sentence =>
  ({ index, start: 0, end: 0, text: Array.from({ length: words }, (_, i) => `${word}x${i}`).join(" ") + ".", isHeading: false, quotesBalanced: true });
const count = (s: Sentence) => s.text.split(" ").length;

describe("a main-idea key still the longest choice after its trim", () => {
  it("swaps the shortest option for the secondary sentence nearest the key's length", () => {
    const [a, b, c] = [sentence(3, 10), sentence(5, 14), sentence(7, 16)];
    const longer = [sentence(9, 22), sentence(11, 26), sentence(12, 40)];
    const picked = [a, b, c];
    balanceLengths(picked, [a, b, c, ...longer], 25, count, () => false);
    expect(picked.map((s) => s.index)).toEqual([11, 5, 7]);
  });

  it("leaves options alone when the key is within 1.15 times the longest, or nothing longer fits", () => {
    const picked = [sentence(3, 10), sentence(5, 14), sentence(7, 20)];
    balanceLengths(picked, [...picked, sentence(9, 22)], 23, count, () => false);
    expect(picked.map((s) => s.index)).toEqual([3, 5, 7]);
    const short = [sentence(3, 10), sentence(5, 12), sentence(7, 12)];
    balanceLengths(short, [...short, sentence(9, 40), sentence(10, 22, "bare")], 25, count, (s) => s.index === 10);
    expect(short.map((s) => s.index)).toEqual([3, 5, 7]);
  });
});

describe("three main-idea options about one side matter", () => {
  it("is found by a word outside the title in all three, not by the title's words", () => {
    const title = new Set(["theatr", "reopen"]);
    expect(oneSideMatter("A new railing ordered from Ohio did not meet the specifications.", "Workers installed plywood until a second railing arrives.",
      "Inspectors will check the railing before the winter.", "en", title)).toBe(true);
    expect(oneSideMatter("A new railing ordered from Ohio did not meet the specifications.", "Workers installed plywood until a second railing arrives.",
      "Conductor Elizabeth Schulze is starting her twentieth season.", "en", title)).toBe(false);
    expect(oneSideMatter("The theatre reopened its balcony.", "The theatre sold every seat.", "The theatre hired guides.", "en", new Set(["theatr"]))).toBe(false);
  });
});
