// Dates typed or imported as YYYY-MM-DD. `new Date("2024-02-30")` quietly rolls over to
// 1 March, so a date is accepted only when it names a real day of the calendar.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is exactly YYYY-MM-DD and that day exists (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The leading YYYY-MM-DD of an imported timestamp when it is a real day, else null. */
export function leadingCalendarDate(value: string | null | undefined): string | null {
  const day = value?.slice(0, 10) ?? "";
  return isCalendarDate(day) ? day : null;
}
