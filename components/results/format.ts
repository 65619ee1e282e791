// Number, time and date formatting for the results screens, in the interface language.
import type { Locale } from "@/lib/i18n/locales";

/** A 0–1 share as a percentage: "51,3 %" / "51.3%". */
export function formatShare(locale: Locale, share: number | null, digits = 0): string {
  if (share == null) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: digits }).format(share);
}

/** A 0–100 percentage. */
export function formatPercent(locale: Locale, percent: number | null, digits = 0): string {
  return formatShare(locale, percent == null ? null : percent / 100, digits);
}

/** An index from −1 to 1 with two decimals ("0,75"); a real minus sign for negatives. */
export function formatIndex(locale: Locale, x: number | null): string {
  if (x == null) return "—";
  const abs = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(x));
  return x < -0.005 ? `−${abs}` : abs;
}

export function formatNumber(locale: Locale, x: number | null, digits = 1): string {
  if (x == null) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x);
}

/** "2 min 13 s", "45 s", "1 h 02 min". */
export function formatDuration(ms: number | null): string {
  if (ms == null) return "—";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

export function formatDateTime(locale: Locale, d: Date | null): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" }).format(d);
}
