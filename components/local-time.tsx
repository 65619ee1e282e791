"use client";
// A date and time shown in the reader's own time zone: the server renders the ISO instant in
// a <time> element (and a UTC fallback), the browser rewrites it with its local zone.
import { useEffect, useState } from "react";

type Variant = "datetime" | "short" | "time" | "date";

interface Props {
  iso: string;
  locale: string;
  /** Only the time of day (today's events), or date and time. */
  timeOnly?: boolean;
  /** "datetime" (default, medium date), "short" (tables), "time" or "date" (no time of day). */
  variant?: Variant;
}

const OPTIONS: Record<Variant, Intl.DateTimeFormatOptions> = {
  datetime: { dateStyle: "medium", timeStyle: "short" },
  short: { dateStyle: "short", timeStyle: "short" },
  time: { timeStyle: "short" },
  date: { dateStyle: "medium" },
};

function format(iso: string, locale: string, variant: Variant, timeZone?: string): string {
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  return new Intl.DateTimeFormat(tag, { ...OPTIONS[variant], timeZone }).format(new Date(iso));
}

export function LocalTime({ iso, locale, timeOnly = false, variant }: Readonly<Props>) {
  const v = variant ?? (timeOnly ? "time" : "datetime");
  const [text, setText] = useState(() => `${format(iso, locale, v, "UTC")}${v === "date" ? "" : " UTC"}`);
  const [local, setLocal] = useState(false);
  useEffect(() => {
    setText(format(iso, locale, v));
    setLocal(true);
  }, [iso, locale, v]);
  return (
    <time dateTime={iso} data-local={local ? "true" : undefined}>
      {text}
    </time>
  );
}
