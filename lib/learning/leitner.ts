// Leitner schedule of a student's review cards. Pure: the clock is passed in, so the rules are
// tested without waiting days, and the same code runs in the server and in tests.
//
// - A missed question enters box 1, due the next day.
// - A review of a due card moves it: right goes up a box (next review after 1, 3, 7, 14 days),
//   wrong goes back to box 1 (due the next day).
// - A card retires once answered right on RIGHT_REVIEWS_TO_RETIRE separate reviews.
// - Answering a card that is not due (a second click, a retried request, practising again the
//   same day) is feedback only: it never moves the card, so one review counts once.
// Due dates fall at the start of a day (the server's local day), so a card missed at 15:00
// is ready first thing the morning it is due, not at 15:00.

/** Days until the next review for boxes 1..4. */
export const BOX_DAYS = [1, 3, 7, 14] as const;
export const RIGHT_REVIEWS_TO_RETIRE = 2;

export interface CardState {
  box: number;
  dueAt: Date;
  rightReviews: number;
  retiredAt: Date | null;
  lastReviewedAt: Date | null;
}

export function startOfDay(d: Date): Date {
  const s = new Date(d.getTime());
  s.setHours(0, 0, 0, 0);
  return s;
}

/** The start of the day `days` days after `now`'s day (local time, DST-safe). */
export function dayAfter(now: Date, days: number): Date {
  const s = startOfDay(now);
  s.setDate(s.getDate() + days);
  return s;
}

function clampBox(box: number): number {
  return Math.min(BOX_DAYS.length, Math.max(1, Math.trunc(box) || 1));
}

/** The card of a question just missed in a graded attempt (a missed retired card comes back). */
export function missedCard(now: Date): CardState {
  return { box: 1, dueAt: dayAfter(now, BOX_DAYS[0]), rightReviews: 0, retiredAt: null, lastReviewedAt: null };
}

export function isDue(card: CardState, now: Date): boolean {
  return card.retiredAt === null && card.dueAt.getTime() <= now.getTime();
}

export interface ReviewOutcome {
  card: CardState;
  /** False when the card was not due (or retired): nothing changed. */
  moved: boolean;
}

export function reviewCard(card: CardState, correct: boolean, now: Date): ReviewOutcome {
  if (!isDue(card, now)) return { card, moved: false };
  if (!correct) {
    return { card: { ...card, box: 1, dueAt: dayAfter(now, BOX_DAYS[0]), lastReviewedAt: now }, moved: true };
  }
  const rightReviews = card.rightReviews + 1;
  if (rightReviews >= RIGHT_REVIEWS_TO_RETIRE) {
    return { card: { ...card, rightReviews, retiredAt: now, lastReviewedAt: now }, moved: true };
  }
  const box = clampBox(clampBox(card.box) + 1);
  return { card: { ...card, box, rightReviews, dueAt: dayAfter(now, BOX_DAYS[box - 1]), lastReviewedAt: now }, moved: true };
}

export interface DueSummary {
  /** Cards to review now. */
  dueNow: number;
  /** Later reviews grouped by day (start of day), soonest first. */
  upcoming: { day: Date; count: number }[];
  retired: number;
}

export function summariseCards(cards: readonly CardState[], now: Date): DueSummary {
  let dueNow = 0;
  let retired = 0;
  const byDay = new Map<number, number>();
  for (const c of cards) {
    if (c.retiredAt !== null) retired++;
    else if (isDue(c, now)) dueNow++;
    else {
      const day = startOfDay(c.dueAt).getTime();
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
    }
  }
  const upcoming = [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day: new Date(day), count }));
  return { dueNow, upcoming, retired };
}

/** A due day as the calendar date of the server's local day ("2026-03-11"): shown as such,
 * never shifted by the reader's time zone. */
export function dayKey(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Formats a dayKey for people ("mercredi 11 mars 2026"). */
export function formatDayKey(key: string, locale: "fr" | "en", style: "full" | "medium" = "full"): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: style, timeZone: "UTC" }).format(new Date(`${key}T12:00:00Z`));
}
