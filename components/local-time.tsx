"use client";
// A date and time shown in the reader's own time zone: the server renders the ISO instant in
// a <time> element (and a UTC fallback), the browser rewrites it with its local zone.
import { useEffect, useState } from "react";

interface Props {
  iso: string;
  locale: string;
  /** Only the time of day (today's events), or date and time. */
  timeOnly?: boolean;
}

function format(iso: string, locale: string, timeOnly: boolean, timeZone?: string): string {
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  const options: Intl.DateTimeFormatOptions = timeOnly ? { timeStyle: "short", timeZone } : { dateStyle: "medium", timeStyle: "short", timeZone };
  return new Intl.DateTimeFormat(tag, options).format(new Date(iso));
}

export function LocalTime({ iso, locale, timeOnly = false }: Readonly<Props>) {
  const [text, setText] = useState(() => `${format(iso, locale, timeOnly, "UTC")} UTC`);
  useEffect(() => setText(format(iso, locale, timeOnly)), [iso, locale, timeOnly]);
  return <time dateTime={iso}>{text}</time>;
}
