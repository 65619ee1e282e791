// Times in CSV exports, in the teacher's own time zone: "2026-03-02T09:05:07+01:00", an ISO-like
// local time that spreadsheets sort as text and that still names its offset from UTC, so a file
// opened elsewhere stays unambiguous. The zone comes from the teacher's browser (a request
// parameter); anything Intl does not know falls back to UTC rather than to the server's clock.

/** Longest IANA name accepted ("America/Argentina/ComodRivadavia" is 32). */
const MAX_ZONE_CHARS = 64;

/** The zone if Intl knows it ("Europe/Paris", "UTC"), otherwise null. */
export function validTimeZone(raw: string | null | undefined): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_ZONE_CHARS) return null;
  if (!/^[A-Za-z0-9_+\-/]+$/.test(raw)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The instant as local wall-clock time in `timeZone` with its offset, to the second. `timeZone`
 * must come from validTimeZone. Null gives an empty cell.
 */
export function csvLocalTime(d: Date | null, timeZone: string): string {
  if (!d || Number.isNaN(d.getTime())) return "";
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const [y, mo, da, h, mi, s] = [get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second")];
  // The wall time read as if it were UTC, minus the real instant, is the zone's offset then.
  const wallAsUtc = Date.UTC(y, mo - 1, da, h, mi, s);
  const offsetMin = Math.round((wallAsUtc - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  return `${pad(y, 4)}-${pad(mo)}-${pad(da)}T${pad(h)}:${pad(mi)}:${pad(s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
