import { describe, expect, it } from "vitest";
import { BOX_DAYS, dayAfter, isDue, missedCard, reviewCard, summariseCards, type CardState } from "./leitner";

/** An injected clock: each test moves it by hand, nothing waits. */
function clock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    advanceDays: (days: number) => {
      now = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
    },
  };
}

describe("Leitner schedule", () => {
  it("puts a missed question in box 1, due at the start of the next day", () => {
    const c = clock("2026-03-10T15:00:00");
    const card = missedCard(c.now());
    expect(card).toMatchObject({ box: 1, rightReviews: 0, retiredAt: null });
    expect(card.dueAt).toEqual(new Date("2026-03-11T00:00:00"));
    expect(isDue(card, c.now())).toBe(false);
    c.advanceDays(0.5); // 03:00 the next morning
    expect(isDue(card, c.now())).toBe(true);
  });

  it("moves up a box on a right review, back to box 1 on a wrong one, and retires after two right reviews", () => {
    const c = clock("2026-03-10T15:00:00");
    let card: CardState = missedCard(c.now());
    c.advanceDays(1);
    let out = reviewCard(card, true, c.now());
    expect(out.moved).toBe(true);
    card = out.card;
    expect(card).toMatchObject({ box: 2, rightReviews: 1, retiredAt: null });
    expect(card.dueAt).toEqual(dayAfter(c.now(), BOX_DAYS[1]));
    expect(card.dueAt).toEqual(new Date("2026-03-14T00:00:00"));

    c.advanceDays(3);
    out = reviewCard(card, false, c.now());
    card = out.card;
    expect(card).toMatchObject({ box: 1, rightReviews: 1, retiredAt: null });
    expect(card.dueAt).toEqual(new Date("2026-03-15T00:00:00"));

    c.advanceDays(1);
    out = reviewCard(card, true, c.now());
    expect(out.card.retiredAt).toEqual(c.now());
    expect(out.card.rightReviews).toBe(2);
    expect(isDue(out.card, c.now())).toBe(false);
    c.advanceDays(100);
    expect(isDue(out.card, c.now())).toBe(false);
    expect(reviewCard(out.card, false, c.now()).moved).toBe(false);
  });

  it("never moves a card that is not due: a second answer in the same review counts once", () => {
    const c = clock("2026-03-10T09:00:00");
    const card = missedCard(c.now());
    // The retry right after the result: feedback only.
    expect(reviewCard(card, true, c.now())).toEqual({ card, moved: false });
    c.advanceDays(1);
    const first = reviewCard(card, true, c.now());
    expect(first.moved).toBe(true);
    const again = reviewCard(first.card, true, c.now());
    expect(again).toEqual({ card: first.card, moved: false });
    expect(again.card.rightReviews).toBe(1);
  });

  it("uses the 7 and 14 day boxes for a card already high up, and never goes past box 4", () => {
    const now = new Date("2026-05-01T10:00:00");
    const high: CardState = { box: 3, dueAt: now, rightReviews: 0, retiredAt: null, lastReviewedAt: null };
    const up = reviewCard(high, true, now).card;
    expect(up.box).toBe(4);
    expect(up.dueAt).toEqual(dayAfter(now, 14));
    const top: CardState = { ...high, box: 4 };
    expect(reviewCard(top, true, now).card.box).toBe(4);
    expect(dayAfter(now, 7)).toEqual(new Date("2026-05-08T00:00:00"));
  });

  it("summarises what is due now and when the next reviews fall", () => {
    const now = new Date("2026-03-10T12:00:00");
    const at = (iso: string, retired = false): CardState => ({ box: 1, dueAt: new Date(iso), rightReviews: 0, retiredAt: retired ? now : null, lastReviewedAt: null });
    const s = summariseCards(
      [at("2026-03-09T00:00:00"), at("2026-03-10T00:00:00"), at("2026-03-13T00:00:00"), at("2026-03-11T00:00:00"), at("2026-03-13T00:00:00"), at("2026-03-01T00:00:00", true)],
      now,
    );
    expect(s.dueNow).toBe(2);
    expect(s.retired).toBe(1);
    expect(s.upcoming).toEqual([
      { day: new Date("2026-03-11T00:00:00"), count: 1 },
      { day: new Date("2026-03-13T00:00:00"), count: 2 },
    ]);
  });
});
