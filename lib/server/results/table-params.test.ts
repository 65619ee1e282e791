import { describe, expect, it } from "vitest";
import { applyTableParams, parseTableParams, sortedBy, toQueryString } from "./table-params";
import type { ParticipantResult } from "./types";

function row(displayName: string, percent: number, durationMs: number | null, submitted: string): ParticipantResult {
  return {
    participantId: displayName,
    displayName,
    attemptCount: 1,
    attempt: {
      id: displayName,
      number: 1,
      startedAt: new Date(submitted),
      submittedAt: new Date(submitted),
      durationMs,
      score: percent / 20,
      maxScore: 5,
      percent,
      late: false,
    },
  };
}

const rows = [
  row("Émilie", 80, 90_000, "2026-03-02T08:05:00Z"),
  row("bastien", 40, null, "2026-03-02T08:01:00Z"),
  row("Zoé", 100, 60_000, "2026-03-02T08:03:00Z"),
  row("Adam", 40, 120_000, "2026-03-02T08:04:00Z"),
];
const names = (p: Record<string, string>) => applyTableParams(rows, parseTableParams(p), "fr").map((r) => r.displayName);

describe("participants table params", () => {
  it("defaults to everyone, by name, ignoring case and accents", () => {
    expect(parseTableParams({})).toEqual({ view: "best", sort: "name", dir: "asc", q: "", min: null, max: null });
    expect(names({})).toEqual(["Adam", "bastien", "Émilie", "Zoé"]);
    expect(names({ dir: "desc" })).toEqual(["Zoé", "Émilie", "bastien", "Adam"]);
  });

  it("sorts by score (best first, ties by name), time (missing last) and date (latest first)", () => {
    expect(names({ sort: "score" })).toEqual(["Zoé", "Émilie", "Adam", "bastien"]);
    expect(names({ sort: "score", dir: "asc" })).toEqual(["Adam", "bastien", "Émilie", "Zoé"]);
    expect(names({ sort: "time" })).toEqual(["Zoé", "Émilie", "Adam", "bastien"]);
    expect(names({ sort: "time", dir: "desc" })).toEqual(["Adam", "Émilie", "Zoé", "bastien"]);
    expect(names({ sort: "date" })).toEqual(["Émilie", "Adam", "Zoé", "bastien"]);
  });

  it("filters by name without accents and by an inclusive score range", () => {
    expect(names({ q: "emil" })).toEqual(["Émilie"]);
    expect(names({ q: "ZO" })).toEqual(["Zoé"]);
    expect(names({ min: "40", max: "80" })).toEqual(["Adam", "bastien", "Émilie"]);
    expect(names({ min: "90,5" })).toEqual(["Zoé"]);
    expect(names({ min: "abc" })).toEqual(["Adam", "bastien", "Émilie", "Zoé"]);
  });

  it("ignores unknown values and round-trips through the query string", () => {
    const p = parseTableParams({ sort: "evil", dir: "sideways", view: "latest", min: "-5", max: "500" });
    expect(p).toEqual({ view: "latest", sort: "name", dir: "asc", q: "", min: 0, max: 100 });
    expect(toQueryString(p)).toBe("?view=latest&min=0&max=100");
    const clicked = sortedBy(parseTableParams({}), "score");
    expect(toQueryString(clicked)).toBe("?sort=score");
    expect(toQueryString(sortedBy(clicked, "score"))).toBe("?sort=score&dir=asc");
  });
});
