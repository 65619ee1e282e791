// Mastery by skill: the share of right answers among the graded answers tagged with each skill
// (the generator's `skill`). Questions without a skill (older quizzes) are left out. Pure, so
// the student space, the teacher's views, the tests and the benchmark share one definition.
import { QUESTION_SKILLS } from "@/lib/generation/contract";

export interface SkillAnswer {
  skill: string | null;
  correct: boolean;
}

export interface SkillMastery {
  skill: string;
  right: number;
  total: number;
  /** Rounded to a whole percent. */
  percent: number;
}

const ORDER = new Map<string, number>(QUESTION_SKILLS.map((s, i) => [s, i]));

export function masteryBySkill(answers: Iterable<SkillAnswer>): SkillMastery[] {
  const tally = new Map<string, { right: number; total: number }>();
  for (const a of answers) {
    if (!a.skill) continue;
    const t = tally.get(a.skill) ?? { right: 0, total: 0 };
    t.total++;
    if (a.correct) t.right++;
    tally.set(a.skill, t);
  }
  return [...tally]
    .map(([skill, t]) => ({ skill, right: t.right, total: t.total, percent: Math.round((100 * t.right) / t.total) }))
    .sort((a, b) => (ORDER.get(a.skill) ?? 99) - (ORDER.get(b.skill) ?? 99) || a.skill.localeCompare(b.skill));
}

/** A score as a mark out of 20, to one decimal (French marking). */
export function outOf20(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round((200 * score) / maxScore) / 10 : 0;
}

/** A score as a whole percent. */
export function percentOf(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round((100 * score) / maxScore) : 0;
}
