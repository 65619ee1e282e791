"use client";
// The question form used to edit a question and to add one by hand. Every field has a label;
// errors are listed in an alert and shown under their field (aria-describedby, aria-invalid).
import { useActionState, useEffect, useState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy, FieldError } from "./field-error";
import "./teacher.css";

export interface EditorValues {
  kind: string;
  category: string;
  source: string;
  prompt: string;
  choices: string;
  answer: string;
  tfAnswer: string;
  accepted: string;
  evidence: string;
  explanation: string;
  difficulty: string;
}

export interface EditorLabels {
  kind: string;
  category: string;
  source: string;
  prompt: string;
  promptHelpFill: string;
  choices: string;
  choicesHelp: string;
  orderingItems: string;
  answer: string;
  answerHelpMc: string;
  tfLegend: string;
  trueLabel: string;
  falseLabel: string;
  accepted: string;
  evidence: string;
  explanation: string;
  difficulty: string;
  submit: string;
  kinds: Record<string, string>;
  categories: Record<string, string>;
  sources: Record<string, string>;
  difficulties: Record<string, string>;
}

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  idPrefix: string;
  hidden: Record<string, string>;
  initial: EditorValues;
  /** Editing keeps the kind; adding lets the teacher choose it. */
  kindEditable: boolean;
  labels: EditorLabels;
}

export function QuestionEditor({ action, idPrefix, hidden, initial, kindEditable, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const [kind, setKind] = useState(initial.kind);
  const v = { ...initial, ...(state.values ?? {}) } as EditorValues;
  const fe = state.fieldErrors ?? {};
  // After each submission React resets the form to its default values: keep the visible
  // fields in step with the kind the reset select shows.
  const resetKind = state.values?.kind ?? initial.kind;
  useEffect(() => setKind(resetKind), [state, resetKind]);
  const id = (f: string) => `${idPrefix}-${f}`;
  const err = (f: string) => fe[f] && id(`${f}-error`);
  const invalid = (f: string) => (fe[f] ? true : undefined);
  const hasChoices = kind === "multiple_choice" || kind === "ordering";
  const hasText = kind === "multiple_choice" || kind === "fill_blank" || kind === "short_answer";

  return (
    <form action={formAction} noValidate aria-busy={pending} className="editor-form">
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      {!kindEditable && <input type="hidden" name="kind" value={kind} />}
      <div role="alert" aria-live="assertive">
        {state.error && (
          <div className="alert error">
            <p>{state.error}</p>
            {Object.keys(fe).length > 0 && (
              <ul>
                {Object.entries(fe).map(([f, m]) => (
                  <li key={f}>
                    <a href={`#${id(f)}`}>{m}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div role="status">{state.notice && <p className="alert success">{state.notice}</p>}</div>
      <div className="grid-2">
        {kindEditable && (
          <div className="field">
            <label htmlFor={id("kind")}>{labels.kind}</label>
            <select id={id("kind")} name="kind" defaultValue={v.kind} onChange={(e) => setKind(e.target.value)}>
              {Object.entries(labels.kinds).map(([k, l]) => (
                <option key={k} value={k}>
                  {l}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={id("category")}>{labels.category}</label>
          <select id={id("category")} name="category" defaultValue={v.category}>
            {Object.entries(labels.categories).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("source")}>{labels.source}</label>
          <select id={id("source")} name="source" defaultValue={v.source}>
            {Object.entries(labels.sources).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("difficulty")}>{labels.difficulty}</label>
          <select id={id("difficulty")} name="difficulty" defaultValue={v.difficulty}>
            {Object.entries(labels.difficulties).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("prompt")}>{labels.prompt}</label>
        <textarea id={id("prompt")} name="prompt" rows={2} defaultValue={v.prompt} aria-invalid={invalid("prompt")} aria-describedby={describedBy(kind === "fill_blank" && id("prompt-help"), err("prompt"))} />
        {kind === "fill_blank" && (
          <p id={id("prompt-help")} className="muted small">
            {labels.promptHelpFill}
          </p>
        )}
        <FieldError id={id("prompt-error")} message={fe.prompt} />
      </div>
      {hasChoices && (
        <div className="field">
          <label htmlFor={id("choices")}>{kind === "ordering" ? labels.orderingItems : labels.choices}</label>
          <textarea id={id("choices")} name="choices" rows={5} defaultValue={v.choices} aria-invalid={invalid("choices")} aria-describedby={describedBy(kind === "multiple_choice" && id("choices-help"), err("choices"))} />
          {kind === "multiple_choice" && (
            <p id={id("choices-help")} className="muted small">
              {labels.choicesHelp}
            </p>
          )}
          <FieldError id={id("choices-error")} message={fe.choices} />
        </div>
      )}
      {kind === "true_false" ? (
        <fieldset className="field" aria-invalid={invalid("answer")} aria-describedby={describedBy(err("answer"))} id={id("answer")}>
          <legend>{labels.tfLegend}</legend>
          <label className="inline-choice">
            <input type="radio" name="tfAnswer" value="true" defaultChecked={v.tfAnswer === "true"} /> {labels.trueLabel}
          </label>
          <label className="inline-choice">
            <input type="radio" name="tfAnswer" value="false" defaultChecked={v.tfAnswer === "false"} /> {labels.falseLabel}
          </label>
          <FieldError id={id("answer-error")} message={fe.answer} />
        </fieldset>
      ) : kind !== "ordering" ? (
        <div className="field">
          <label htmlFor={id("answer")}>{labels.answer}</label>
          <input id={id("answer")} name="answer" type="text" defaultValue={v.answer} maxLength={300} aria-invalid={invalid("answer")} aria-describedby={describedBy(kind === "multiple_choice" && id("answer-help"), err("answer"))} />
          {kind === "multiple_choice" && (
            <p id={id("answer-help")} className="muted small">
              {labels.answerHelpMc}
            </p>
          )}
          <FieldError id={id("answer-error")} message={fe.answer} />
        </div>
      ) : (
        fe.answer && <FieldError id={id("answer-error")} message={fe.answer} />
      )}
      {hasText && (
        <div className="field">
          <label htmlFor={id("accepted")}>{labels.accepted}</label>
          <textarea id={id("accepted")} name="accepted" rows={2} defaultValue={v.accepted} aria-invalid={invalid("accepted")} aria-describedby={describedBy(err("accepted"))} />
          <FieldError id={id("accepted-error")} message={fe.accepted} />
        </div>
      )}
      <div className="field">
        <label htmlFor={id("evidence")}>{labels.evidence}</label>
        <textarea id={id("evidence")} name="evidence" rows={3} defaultValue={v.evidence} aria-invalid={invalid("evidence")} aria-describedby={describedBy(err("evidence"))} />
        <FieldError id={id("evidence-error")} message={fe.evidence} />
      </div>
      <div className="field">
        <label htmlFor={id("explanation")}>{labels.explanation}</label>
        <textarea id={id("explanation")} name="explanation" rows={2} defaultValue={v.explanation} aria-invalid={invalid("explanation")} aria-describedby={describedBy(err("explanation"))} />
        <FieldError id={id("explanation-error")} message={fe.explanation} />
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
