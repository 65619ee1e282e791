"use client";
// Count, kinds, categories and (optionally) skills for a new quiz; the server action redirects to the review page.
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  articleId: string;
  kinds: { value: string; label: string }[];
  categories: { value: string; label: string }[];
  skills: { value: string; label: string }[];
  maxCount: number;
  labels: { count: string; kinds: string; categories: string; skills: string; skillsHint: string; submit: string; submitting: string };
}

export function GenerateForm({ action, articleId, kinds, categories, skills, maxCount, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} aria-busy={pending}>
      <div role="alert" aria-live="assertive">
        {state.error && <p className="alert error">{state.error}</p>}
      </div>
      <input type="hidden" name="articleId" value={articleId} />
      <div className="field">
        <label htmlFor="count">{labels.count}</label>
        <input id="count" name="count" type="number" min={1} max={maxCount} defaultValue={10} required style={{ maxWidth: "8rem" }} />
      </div>
      <fieldset className="field">
        <legend>{labels.kinds}</legend>
        {kinds.map((k) => (
          <label key={k.value} className="inline-choice">
            <input type="checkbox" name="kinds" value={k.value} defaultChecked /> {k.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{labels.categories}</legend>
        {categories.map((c) => (
          <label key={c.value} className="inline-choice">
            <input type="checkbox" name="categories" value={c.value} defaultChecked /> {c.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="field" aria-describedby="skills-hint">
        <legend>{labels.skills}</legend>
        <p id="skills-hint" className="muted small">{labels.skillsHint}</p>
        {skills.map((s) => (
          <label key={s.value} className="inline-choice">
            <input type="checkbox" name="skills" value={s.value} /> {s.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
