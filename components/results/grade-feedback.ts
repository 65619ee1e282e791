// Turns the ?done= / ?error= left by a regrading action into the message the page announces.
import type { RegradeMessages } from "@/lib/i18n/messages/regrade";

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function gradeFeedback(sp: Params, t: RegradeMessages, extra: { name?: string } = {}): { notice?: string; error?: string; stamp?: string } {
  const stamp = one(sp.n) || undefined;
  const error = one(sp.error);
  if (error) return { error: t.errors[error] ?? t.errors.not_found, stamp };
  const count = Math.max(0, Math.min(1_000_000, Number.parseInt(one(sp.count), 10) || 0));
  const name = extra.name ?? "";
  switch (one(sp.done)) {
    case "accepted":
      return { notice: t.done.accepted(count), stamp };
    case "key_changed":
      return { notice: t.done.key_changed(count), stamp };
    case "overridden":
      return { notice: t.done.overridden, stamp };
    case "unchanged":
      return { notice: t.done.unchanged, stamp };
    case "extra_attempt":
      return { notice: t.done.extra_attempt(name), stamp };
    case "extra_time":
      return { notice: t.done.extra_time(name, count), stamp };
    default:
      return {};
  }
}
