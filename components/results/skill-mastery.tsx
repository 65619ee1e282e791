// Mastery by skill, shown three times: to the student (their space), to the teacher for the
// class (gradebook) and for one student (progress page). The card and its empty/help lines are
// the same everywhere; the details list is shared by the two teacher pages, each saying what a
// question line holds. Plain props: server and client pages can both use it.
import type { ReactNode } from "react";

interface SectionProps {
  /** id of the heading, for aria-labelledby. */
  headingId: string;
  title: string;
  /** Shown instead of the content when there is nothing to show. */
  empty: string;
  help: string;
  isEmpty: boolean;
  children: ReactNode;
}

/** The card: heading, then either the empty line or the help line and the content. */
export function SkillMasterySection({ headingId, title, empty, help, isEmpty, children }: Readonly<SectionProps>) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {isEmpty ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <p className="muted small">{help}</p>
          {children}
        </>
      )}
    </section>
  );
}

export interface SkillMastery<Q> {
  skill: string;
  percent: number;
  right: number;
  total: number;
  questions: readonly Q[];
}

interface ListProps<Q> {
  testId: string;
  skills: readonly SkillMastery<Q>[];
  /** The skill's label in the page's language. */
  label: (skill: string) => string;
  /** "n questions behind it", in the page's language. */
  questionsBehind: (n: number) => string;
  /** One question of a skill: its key and its line. */
  questionKey: (q: Q, index: number) => string;
  question: (q: Q) => ReactNode;
}

/** One line a skill (label, percent, right/total), opening onto the questions behind it. */
export function SkillMasteryList<Q>({ testId, skills, label, questionsBehind, questionKey, question }: Readonly<ListProps<Q>>) {
  return (
    <ul className="plain stack" data-testid={testId}>
      {skills.map((m) => (
        <li key={m.skill} data-skill={m.skill}>
          <details>
            <summary>
              <strong>{label(m.skill)}</strong> : <span data-testid="skill-percent">{m.percent} %</span> ({m.right}/{m.total}) · {questionsBehind(m.questions.length)}
            </summary>
            <ul>
              {m.questions.map((q, i) => (
                <li key={questionKey(q, i)}>{question(q)}</li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
