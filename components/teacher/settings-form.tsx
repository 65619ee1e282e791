"use client";
// Quiz settings. Once published, the shuffles are fixed; the rest stays editable.
import { useActionState, useEffect } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy, FieldError } from "./field-error";
import { SelectField } from "./select-field";
import { focusWhenReady, useAnnounced } from "./announce";
import "./teacher.css";

export interface SettingsValues {
  title: string;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  timeLimitMin: string;
  attemptsAllowed: string;
  showAnswers: string;
  interfaceLanguage: string;
}

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  quizId: string;
  locked: boolean;
  initial: SettingsValues;
  labels: {
    title: string;
    shuffleQuestions: string;
    shuffleChoices: string;
    timeLimit: string;
    timeLimitHelp: string;
    attempts: string;
    showAnswers: string;
    showAnswersOptions: Record<string, string>;
    interfaceLanguage: string;
    interfaceLanguageHelp: string;
    interfaceLanguageOptions: Record<string, string>;
    lockedHelp: string;
    submit: string;
  };
}

export function SettingsForm({ action, quizId, locked, initial, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const fe = state.fieldErrors ?? {};
  // Saving disables the button (focus is dropped): move it to the result instead.
  const notice = useAnnounced(state.notice, state, "settings-notice");
  useEffect(() => {
    if (state.error) return focusWhenReady("settings-error");
  }, [state]);
  return (
    <form action={formAction} noValidate aria-busy={pending}>
      <input type="hidden" name="quizId" value={quizId} />
      <div role="alert" aria-live="assertive">
        {state.error && (
          <p className="alert error" id="settings-error" tabIndex={-1}>
            {state.error}
          </p>
        )}
      </div>
      <div role="status">
        {notice && (
          <p className="alert success" id="settings-notice" tabIndex={-1}>
            {notice}
          </p>
        )}
      </div>
      {locked && <p className="muted small">{labels.lockedHelp}</p>}
      <div className="field">
        <label htmlFor="quiz-title">{labels.title}</label>
        <input id="quiz-title" name="title" type="text" maxLength={200} defaultValue={initial.title} aria-invalid={fe.title ? true : undefined} aria-describedby={describedBy(fe.title && "quiz-title-error")} />
        <FieldError id="quiz-title-error" message={fe.title} />
      </div>
      {/* Locked settings are still sent (as hidden values) so the form stays valid. */}
      <div className="field">
        <label className="inline-choice">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={initial.shuffleQuestions} disabled={locked} /> {labels.shuffleQuestions}
        </label>
        <label className="inline-choice">
          <input type="checkbox" name="shuffleChoices" defaultChecked={initial.shuffleChoices} disabled={locked} /> {labels.shuffleChoices}
        </label>
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="quiz-time">{labels.timeLimit}</label>
          <input id="quiz-time" name="timeLimitMin" type="number" min={1} max={600} defaultValue={initial.timeLimitMin} aria-invalid={fe.timeLimitMin ? true : undefined} aria-describedby={describedBy("quiz-time-help", fe.timeLimitMin && "quiz-time-error")} />
          <p id="quiz-time-help" className="muted small">
            {labels.timeLimitHelp}
          </p>
          <FieldError id="quiz-time-error" message={fe.timeLimitMin} />
        </div>
        <div className="field">
          <label htmlFor="quiz-attempts">{labels.attempts}</label>
          <input id="quiz-attempts" name="attemptsAllowed" type="number" min={1} max={20} defaultValue={initial.attemptsAllowed} aria-invalid={fe.attemptsAllowed ? true : undefined} aria-describedby={describedBy(fe.attemptsAllowed && "quiz-attempts-error")} />
          <FieldError id="quiz-attempts-error" message={fe.attemptsAllowed} />
        </div>
      </div>
      <SelectField id="quiz-show" name="showAnswers" label={labels.showAnswers} options={labels.showAnswersOptions} defaultValue={initial.showAnswers} />
      <SelectField
        id="quiz-interface-language"
        name="interfaceLanguage"
        label={labels.interfaceLanguage}
        options={labels.interfaceLanguageOptions}
        defaultValue={initial.interfaceLanguage}
        help={labels.interfaceLanguageHelp}
      />
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
