// Lists of people written out in one sentence (« Chen Dong, Liu Yang (43 ans) et Cai Xuzhe »,
// "Picasso, Matisse and Braque"): a crew, a team, the complements of one verb. One reading of them
// serves the quote speakers, the actors of an article and the counted groups.
import { PERSON_TITLES } from "./lexicon/people";
import type { EntityMention, FullAnalysis } from "./types";

/**
 * Between two people of a list: an optional age or note in parentheses, an optional apposition
 * (« , première femme … »), then a comma, « et »/« ou »/"and"/"or", or both, and the next one's
 * courtesy title (« … MACRON et Madame Marine LE PEN »).
 */
const TITLES = [...PERSON_TITLES.fr, ...PERSON_TITLES.en].map((t) => t.replace(/\./gu, "\\.")).join("|");
const LIST_GAP = new RegExp(`^(?:[\\s\\u00A0]*\\([^()]{1,30}\\))?(?:,[^.;:!?()]{0,60})?(?:,[\\s\\u00A0]*|[\\s\\u00A0]+(?:and|et|ou|or)[\\s\\u00A0]+|,[\\s\\u00A0]*(?:and|et|ou|or)[\\s\\u00A0]+)(?:(?:${TITLES})[\\s\\u00A0]+)?$`, "u");

/** Runs of person mentions joined as a list, in text order; a lone mention is a run of one. */
export function peopleRuns(a: FullAnalysis): EntityMention[][] {
  const people = a.entityMentions.filter((m) => m.type === "person").sort((x, y) => x.start - y.start);
  const runs: EntityMention[][] = [];
  for (const m of people) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const joined = !!last && last.sentenceIndex === m.sentenceIndex && last.entityId !== m.entityId &&
      LIST_GAP.test(a.text.slice(last.end, m.start));
    if (joined) run.push(m);
    else runs.push([m]);
  }
  return runs;
}

/** The number of different people in a run. */
export function peopleIn(run: EntityMention[]): number {
  return new Set(run.map((m) => m.entityId)).size;
}
