"use client";
// Article import form: paste, file or web address, with optional metadata. Sends the form to
// the import route and shows its message in an alert; without JavaScript the route redirects.
import { useState, type FormEvent } from "react";
import "./teacher.css";

type Mode = "paste" | "file" | "url";

export interface ImportLabels {
  modeLegend: string;
  modes: Record<Mode, string>;
  text: string;
  textHelp: string;
  file: string;
  fileHelp: string;
  url: string;
  urlHelp: string;
  title: string;
  titleHelp: string;
  source: string;
  date: string;
  language: string;
  languageAuto: string;
  languageFr: string;
  languageEn: string;
  submit: string;
  submitting: string;
  fileTooLarge: string;
  failed: string;
}

interface Props {
  labels: ImportLabels;
  maxFileBytes: number;
  maxTextChars: number;
  initialError?: string;
}

export function ArticleImportForm({ labels, maxFileBytes, maxTextChars, initialError }: Readonly<Props>) {
  const [mode, setMode] = useState<Mode>("paste");
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (mode === "file" && file instanceof File && file.size > maxFileBytes) {
      setError(labels.fileTooLarge);
      return;
    }
    if (mode !== "file") data.delete("file");
    setPending(true);
    setError(undefined);
    try {
      const res = await fetch(form.action, { method: "POST", body: data, headers: { accept: "application/json" } });
      const body = (await res.json().catch(() => ({}))) as { id?: string; error?: { message?: string } };
      if (res.ok && body.id) {
        window.location.assign(`/teacher/articles/${body.id}`);
        return;
      }
      setError(body.error?.message ?? labels.failed);
    } catch {
      setError(labels.failed);
    }
    setPending(false);
  }

  return (
    <form action="/api/teacher/articles" method="post" encType="multipart/form-data" onSubmit={onSubmit} noValidate aria-busy={pending}>
      <div role="alert" aria-live="assertive">
        {error && <p className="alert error">{error}</p>}
      </div>
      <fieldset className="field mode-picker">
        <legend>{labels.modeLegend}</legend>
        {(["paste", "file", "url"] as const).map((m) => (
          <label key={m} className="inline-choice">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {labels.modes[m]}
          </label>
        ))}
      </fieldset>
      {mode === "paste" && (
        <div className="field">
          <label htmlFor="article-text">{labels.text}</label>
          <textarea id="article-text" name="text" rows={14} maxLength={maxTextChars} aria-describedby="article-text-help" />
          <p id="article-text-help" className="muted small">
            {labels.textHelp}
          </p>
        </div>
      )}
      {mode === "file" && (
        <div className="field">
          <label htmlFor="article-file">{labels.file}</label>
          <input id="article-file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-describedby="article-file-help" />
          <p id="article-file-help" className="muted small">
            {labels.fileHelp}
          </p>
        </div>
      )}
      {mode === "url" && (
        <div className="field">
          <label htmlFor="article-url">{labels.url}</label>
          <input id="article-url" name="url" type="url" inputMode="url" maxLength={2000} aria-describedby="article-url-help" />
          <p id="article-url-help" className="muted small">
            {labels.urlHelp}
          </p>
        </div>
      )}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="article-title">{labels.title}</label>
          <input id="article-title" name="title" type="text" maxLength={300} aria-describedby="article-title-help" />
          <p id="article-title-help" className="muted small">
            {labels.titleHelp}
          </p>
        </div>
        <div className="field">
          <label htmlFor="article-source">{labels.source}</label>
          <input id="article-source" name="source" type="text" maxLength={300} />
        </div>
        <div className="field">
          <label htmlFor="article-date">{labels.date}</label>
          <input id="article-date" name="date" type="date" />
        </div>
        <div className="field">
          <label htmlFor="article-language">{labels.language}</label>
          <select id="article-language" name="language" defaultValue="">
            <option value="">{labels.languageAuto}</option>
            <option value="fr">{labels.languageFr}</option>
            <option value="en">{labels.languageEn}</option>
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
