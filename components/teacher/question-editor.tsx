"use client";
// The question form used to edit a question and to add one by hand. Every field has a label;
// errors are listed in an alert and shown under their field (aria-describedby, aria-invalid).
import { useActionState, useEffect, useState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy, FieldError } from "./field-error";
import { SelectField } from "./select-field";
import { focusWhenReady, useAnnounced } from "./announce";
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
  mcNoChoices: string;
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

/** Choice lines as the server reads them: trimmed, blank lines dropped. */
function choiceList(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
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
  // Multiple choice: the key is ticked among the choices as typed, so they are followed live.
  const [choicesText, setChoicesText] = useState(v.choices);
  const [mcAnswer, setMcAnswer] = useState(v.answer);
  const echoedChoices = state.values?.choices ?? initial.choices;
  const echoedAnswer = state.values?.answer ?? initial.answer;
  useEffect(() => {
    setChoicesText(echoedChoices);
    setMcAnswer(echoedAnswer);
  }, [state, echoedChoices, echoedAnswer]);
  const choiceLines = [...new Set(choiceList(choicesText))];
  // The submit button is disabled while saving, which drops focus: put it back where the result is.
  useEffect(() => {
    if (state.error) return focusWhenReady(`${idPrefix}-errors`);
    if (state.notice && state.focus) return focusWhenReady(state.focus);
  }, [state, idPrefix]);
  const notice = useAnnounced(state.notice, state);
  const id = (f: string) => `${idPrefix}-${f}`;
  const err = (f: string) => fe[f] && id(`${f}-error`);
  const invalid = (f: string) => (fe[f] ? true : undefined);
  const hasChoices = kind === "multiple_choice" || kind === "ordering";
  const hasText = kind === "multiple_choice" || kind === "fill_blank" || kind === "short_answer";
  // Every text area gets the same label, help and error wiring.
  const textArea = (f: "prompt" | "choices" | "accepted" | "evidence" | "explanation", label: string, rows: number, help?: string) => (
    <div className="field">
      <label htmlFor={id(f)}>{label}</label>
      <textarea
        id={id(f)}
        name={f}
        rows={rows}
        defaultValue={v[f]}
        onChange={f === "choices" ? (e) => setChoicesText(e.target.value) : undefined}
        aria-invalid={invalid(f)}
        aria-describedby={describedBy(help !== undefined && id(`${f}-help`), err(f))}
      />
      {help !== undefined && (
        <p id={id(`${f}-help`)} className="muted small">
          {help}
        </p>
      )}
      <FieldError id={id(`${f}-error`)} message={fe[f]} />
    </div>
  );

  return (
    <form action={formAction} noValidate aria-busy={pending} className="editor-form">
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      {!kindEditable && <input type="hidden" name="kind" value={kind} />}
      <div role="alert" aria-live="assertive">
        {state.error && (
          <div className="alert error" id={id("errors")} tabIndex={-1}>
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
      <div role="status">{notice && <p className="alert success">{notice}</p>}</div>
      <div className="grid-2">
        {kindEditable && <SelectField id={id("kind")} name="kind" label={labels.kind} options={labels.kinds} defaultValue={v.kind} onChange={(e) => setKind(e.target.value)} />}
        <SelectField id={id("category")} name="category" label={labels.category} options={labels.categories} defaultValue={v.category} />
        <SelectField id={id("source")} name="source" label={labels.source} options={labels.sources} defaultValue={v.source} />
        <SelectField id={id("difficulty")} name="difficulty" label={labels.difficulty} options={labels.difficulties} defaultValue={v.difficulty} />
      </div>
      {textArea("prompt", labels.prompt, 2, kind === "fill_blank" ? labels.promptHelpFill : undefined)}
      {hasChoices && textArea("choices", kind === "ordering" ? labels.orderingItems : labels.choices, 5, kind === "multiple_choice" ? labels.choicesHelp : undefined)}
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
      ) : kind === "multiple_choice" ? (
        <fieldset className="field" aria-invalid={invalid("answer")} aria-describedby={describedBy(id("answer-help"), err("answer"))} id={id("answer")} tabIndex={-1}>
          <legend>{labels.answer}</legend>
          <p id={id("answer-help")} className="muted small">
            {choiceLines.length ? labels.answerHelpMc : labels.mcNoChoices}
          </p>
          {choiceLines.map((c, i) => (
            <label key={`${i}-${c}`} className="inline-choice">
              <input type="radio" name="answer" value={c} checked={mcAnswer.trim() === c} onChange={() => setMcAnswer(c)} /> {c}
            </label>
          ))}
          <FieldError id={id("answer-error")} message={fe.answer} />
        </fieldset>
      ) : kind !== "ordering" ? (
        <div className="field">
          <label htmlFor={id("answer")}>{labels.answer}</label>
          <input id={id("answer")} name="answer" type="text" defaultValue={v.answer} maxLength={300} aria-invalid={invalid("answer")} aria-describedby={describedBy(err("answer"))} />
          <FieldError id={id("answer-error")} message={fe.answer} />
        </div>
      ) : (
        fe.answer && <FieldError id={id("answer-error")} message={fe.answer} />
      )}
      {hasText && textArea("accepted", labels.accepted, 2)}
      {textArea("evidence", labels.evidence, 3)}
      {textArea("explanation", labels.explanation, 2)}
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
