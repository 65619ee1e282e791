import { describe, expect, it } from "vitest";
import { mean, median, pearson, variance } from "./stats";

describe("stats", () => {
  it("mean and median", () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([])).toBe(0);
    expect(median([])).toBe(0);
  });

  it("population variance: Σ(x − mean)² / n", () => {
    // mean 5; squared deviations 9, 1, 1, 1, 0, 0, 4, 16 → 32 / 8 = 4
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBe(4);
  });

  it("pearson correlation, null without variance", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
    // x = 0,0,1,1 ; y = 1,2,2,3: Σdxdy = 1, Σdx² = 1, Σdy² = 2 → 1/√2
    expect(pearson([0, 0, 1, 1], [1, 2, 2, 3])).toBeCloseTo(Math.SQRT1_2, 12);
  });
});
