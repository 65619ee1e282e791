"use client";
// The article's title and text, editable while its quizzes are drafts. A refusal keeps what the
// teacher typed (the action sends the values back) and says why next to the field.
import { useActionState, useState, type FormEvent } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy, FieldError } from "./field-error";
import { useAnnounced } from "./announce";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  articleId: string;
  title: string;
  text: string;
  /** The import cap; a longer text is refused here, before a request the server would cut off. */
  maxChars: number;
  labels: { title: string; text: string; textHelp: string; submit: string; tooLong: string };
}

export function ArticleEditForm({ action, articleId, title, text, maxChars, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const [tooLong, setTooLong] = useState(false);
  const fe = tooLong ? { text: labels.tooLong } : (state.fieldErrors ?? {});
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const field = e.currentTarget.elements.namedItem("text");
    const long = field instanceof HTMLTextAreaElement && field.value.length > maxChars;
    setTooLong(long);
    // Kept in the page, untouched: the teacher shortens it and saves again.
    if (long) e.preventDefault();
  };
  const notice = useAnnounced(state.notice, state);
  // After a refusal the fields show what was sent, not the stored article.
  const values = state.values ?? { title, text };
  return (
    <form action={formAction} onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      {!tooLong && state.error && !fe.title && !fe.text && (
        <p className="alert error" role="alert" id="article-edit-error">
          {state.error}
        </p>
      )}
      {notice && (
        <p className="alert success" role="status" data-testid="article-edit-status">
          {notice}
        </p>
      )}
      <div className="field">
        <label htmlFor="article-title">{labels.title}</label>
        <input
          id="article-title"
          name="title"
          type="text"
          key={`title-${values.title}`}
          defaultValue={values.title}
          aria-invalid={fe.title ? true : undefined}
          aria-describedby={describedBy(fe.title && "article-title-error")}
        />
        <FieldError id="article-title-error" message={fe.title} />
      </div>
      <div className="field">
        <label htmlFor="article-text">{labels.text}</label>
        <textarea
          id="article-text"
          name="text"
          rows={14}
          key={`text-${values.text.length}-${values.text.slice(0, 40)}`}
          defaultValue={values.text}
          aria-invalid={fe.text ? true : undefined}
          aria-describedby={describedBy("article-text-help", fe.text && "article-text-error")}
        />
        <p id="article-text-help" className="muted small">
          {labels.textHelp}
        </p>
        <FieldError id="article-text-error" message={fe.text} />
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {labels.submit}
        </button>
      </p>
    </form>
  );
}
