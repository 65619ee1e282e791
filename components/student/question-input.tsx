"use client";
// One question of an attempt, whatever its kind: radio groups for choices, a text field for
// typed answers, up/down buttons for ordering. Quiz content carries the quiz's language.
import type { StudentQuestion } from "@/lib/server/attempts/student-view";
import type { StudentMessages } from "@/lib/i18n/messages/student";
import type { DraftAnswer } from "./attempt-storage";
import { OrderingInput } from "./ordering-input";

interface Props {
  question: StudentQuestion;
  number: number;
  total: number;
  answer: DraftAnswer | undefined;
  disabled: boolean;
  language: string;
  t: StudentMessages;
  onAnswer: (answer: DraftAnswer, touched?: boolean) => void;
}

export function QuestionInput({ question: q, number, total, answer, disabled, language, t, onAnswer }: Readonly<Props>) {
  const headingId = `q-${q.id}-title`;
  const heading = (
    <>
      <span className="question-number">
        {t.questionOf(number, total)} · {t.kindLabels[q.kind]}
      </span>
      <span className="question-prompt" lang={language}>
        {q.prompt}
      </span>
    </>
  );

  if (q.kind === "multiple_choice" || q.kind === "true_false") {
    return (
      <fieldset className="question" disabled={disabled} data-question-id={q.id}>
        <legend id={headingId}>{heading}</legend>
        <div className="choices" lang={language}>
          {(q.choices ?? []).map((c) => (
            <label key={c.id} className="choice">
              <input
                type="radio"
                name={`q-${q.id}`}
                value={c.id}
                checked={answer?.choiceId === c.id}
                onChange={() => onAnswer({ choiceId: c.id })}
              />
              <span>{c.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  if (q.kind === "ordering") {
    const items = q.choices ?? [];
    const order = answer?.choiceIds && answer.choiceIds.length === items.length ? answer.choiceIds : items.map((i) => i.id);
    return (
      <fieldset className="question" disabled={disabled} data-question-id={q.id}>
        <legend id={headingId}>{heading}</legend>
        <div lang={language}>
          <OrderingInput
            questionId={q.id}
            items={items}
            order={order}
            disabled={disabled}
            t={t}
            labelledBy={headingId}
            onChange={(next) => onAnswer({ choiceIds: next }, true)}
          />
        </div>
      </fieldset>
    );
  }

  const inputId = `q-${q.id}-input`;
  return (
    <fieldset className="question" disabled={disabled} data-question-id={q.id}>
      <legend id={headingId}>{heading}</legend>
      <label htmlFor={inputId} className="answer-label">
        {t.answerLabel}
      </label>
      <input
        id={inputId}
        type="text"
        lang={language}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={200}
        value={answer?.text ?? ""}
        onChange={(e) => onAnswer({ text: e.target.value })}
      />
    </fieldset>
  );
}
