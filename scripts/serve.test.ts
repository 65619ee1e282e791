// The launcher's pure parts: the worker count and the malformed-path check it applies before Next.
import os from "node:os";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types
import { hasMalformedPath, workerCount } from "./serve.mjs";

describe("workerCount (WEB_CONCURRENCY)", () => {
  it("defaults to one per core and accepts a whole number", () => {
    expect(workerCount(undefined)).toBe(os.availableParallelism());
    expect(workerCount("")).toBe(os.availableParallelism());
    expect(workerCount("1")).toBe(1);
    expect(workerCount(" 3 ")).toBe(3);
  });

  it("refuses anything else with a message naming the variable", () => {
    for (const bad of ["0", "-2", "1.5", "abc", "1000"]) expect(() => workerCount(bad), bad).toThrow(/WEB_CONCURRENCY/);
  });
});

describe("hasMalformedPath", () => {
  it("flags %-escapes that do not decode, in the path only", () => {
    for (const url of ["/api/attempts/%ff/submit", "/q/%E0%A4%A", "/q/%", "/a/%zz?x=1"]) expect(hasMalformedPath(url), url).toBe(true);
    for (const url of ["/", "/q/DEMO22", "/q/%44EMO22", "/q/%C3%A9", "/q/x?next=%ff"]) expect(hasMalformedPath(url), url).toBe(false);
  });
});
