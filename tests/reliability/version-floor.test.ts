// SEC-10: known advisories affect next < 16.3.3 and react/react-dom < 19.2.6.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FLOOR = { next: "16.3.3", react: "19.2.6", "react-dom": "19.2.6" } as const;

function installedVersion(pkg: string): string {
  const file = path.resolve(import.meta.dirname, "../../node_modules", pkg, "package.json");
  return JSON.parse(fs.readFileSync(file, "utf8")).version;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

describe("dependency version floor", () => {
  it("compares versions numerically", () => {
    expect(compareVersions("16.10.0", "16.3.3")).toBeGreaterThan(0);
    expect(compareVersions("16.3.2", "16.3.3")).toBeLessThan(0);
    expect(compareVersions("19.2.6", "19.2.6")).toBe(0);
  });

  for (const [pkg, floor] of Object.entries(FLOOR)) {
    it(`${pkg} is at least ${floor}`, () => {
      expect(compareVersions(installedVersion(pkg), floor)).toBeGreaterThanOrEqual(0);
    });
  }
});
