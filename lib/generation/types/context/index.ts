// The "context" question type: current-affairs questions from the bundled knowledge base about
// the countries and organisations an article names (capital, region, neighbours, currency,
// acronym, membership), each tied to the sentence that names them and dated where facts change.
import type { ArticleAnalysis } from "../../../analysis/types";
import type { Candidate, QuestionTemplate } from "../../template";
import { getCountry, getOrganisation } from "../../knowledge";
import { capitalQuestions, currencyQuestions, neighbourQuestions, regionQuestions } from "./country-questions";
import { acronymQuestion, membershipQuestions } from "./organisation-questions";
import { findTopics } from "./salience";
import { makeCtx } from "./shared";

/** How many countries / organisations of one article get questions (most salient first). */
const MAX_COUNTRIES = 3;
const MAX_ORGANISATIONS = 3;
/** Below this, a topic is a passing mention (named once, late in the text). */
const MIN_SALIENCE = 0.5;

export function generateContext(analysis: ArticleAnalysis): Candidate[] {
  const topics = findTopics(analysis).filter((t) => t.salience >= MIN_SALIENCE);
  const mentioned = new Set(topics.filter((t) => t.kind === "country").map((t) => t.id));
  const ctx = makeCtx(analysis, mentioned);
  const out: Candidate[] = [];
  for (const t of topics.filter((x) => x.kind === "country").slice(0, MAX_COUNTRIES)) {
    const c = getCountry(t.id);
    if (!c) continue;
    out.push(
      ...capitalQuestions(ctx, t, c),
      ...regionQuestions(ctx, t, c),
      ...neighbourQuestions(ctx, t, c),
      ...currencyQuestions(ctx, t, c),
    );
  }
  for (const t of topics.filter((x) => x.kind === "organisation").slice(0, MAX_ORGANISATIONS)) {
    const o = getOrganisation(t.id);
    if (!o) continue;
    out.push(...acronymQuestion(ctx, t, o), ...membershipQuestions(ctx, t, o));
  }
  return out;
}

export const contextTemplate: QuestionTemplate = {
  name: "context",
  generate: generateContext,
};
