import { describe, expect, it } from "vitest";
import { damerauLevenshtein, typoTolerance } from "./edit-distance";

describe("damerauLevenshtein", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["almaty", "almaty", 0],
    ["almaty", "almati", 1], // substitution
    ["kazakhstan", "kazakstan", 1], // deletion
    ["kazakhstan", "kazakhsstan", 1], // insertion
    ["kazakhstan", "kazakhtsan", 1], // adjacent swap counts once
    ["irak", "iran", 1],
    ["ca", "abc", 3], // optimal string alignment: a swapped pair is not edited again
    ["kitten", "sitting", 3],
  ])("%j vs %j = %d", (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(damerauLevenshtein("a😀b", "a😃b")).toBe(1);
  });

  it("stops early beyond max and returns max + 1", () => {
    expect(damerauLevenshtein("abcdef", "uvwxyz", 2)).toBe(3);
    expect(damerauLevenshtein("a", "abcdefgh", 1)).toBe(2);
    expect(damerauLevenshtein("almaty", "almati", 1)).toBe(1);
  });

  it("stays fast on long inputs when a max is given", () => {
    const a = "x".repeat(500);
    const b = "y".repeat(500);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) damerauLevenshtein(a, b, 2);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("typoTolerance", () => {
  it.each([
    [1, 0], [3, 0], [4, 1], [7, 1], [8, 2], [30, 2],
  ])("length %d tolerates %d", (len, tol) => {
    expect(typoTolerance(len)).toBe(tol);
  });
});
