import { describe, expect, it } from "vitest";
import { LruMap } from "./lru-map";

describe("LruMap", () => {
  it("computes once per key, keeps at most its limit, and drops the least recently used first", () => {
    const m = new LruMap<string, number>(2);
    let made = 0;
    const get = (k: string) => m.getOrCreate(k, () => ++made);
    expect(get("a")).toBe(1);
    expect(get("b")).toBe(2);
    expect(get("a")).toBe(1); // a hit: "b" is now the least recent
    expect(get("c")).toBe(3); // "b" goes
    expect(m.size).toBe(2);
    expect(get("a")).toBe(1);
    expect(get("b")).toBe(4); // recomputed
    expect(made).toBe(4);
  });
});
