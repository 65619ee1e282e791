// Client address for rate limits. X-Forwarded-For is trusted only behind a configured proxy:
// otherwise anyone could send a new address with each request. Next itself fills the header
// from the socket only when the client did not send one, so without TRUST_PROXY the value
// cannot be told apart from a forged one and we use one shared bucket instead.
export const UNKNOWN_IP = "direct";

export function clientIp(forwardedFor: string | null | undefined, trustProxy: boolean): string {
  if (!trustProxy || !forwardedFor) return UNKNOWN_IP;
  // The proxy appends the address it saw: the right-most entry is the one it vouches for.
  const hops = forwardedFor.split(",").map((h) => h.trim()).filter(Boolean);
  const last = hops[hops.length - 1];
  return last && last.length <= 64 ? last : UNKNOWN_IP;
}
