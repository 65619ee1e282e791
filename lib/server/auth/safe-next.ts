// The `next` parameter of the sign-in page: only same-site paths, so the sign-in form cannot
// be used to bounce a teacher to another site, and only ASCII, since it becomes a header.
export function safeNextPath(value: unknown, fallback = "/teacher"): string {
  if (typeof value !== "string" || value.length > 500) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  // It ends up in a Location header, which takes ASCII only: a typed "é" or "日" would make
  // the redirect throw (500). Percent-encode whatever is not printable ASCII.
  try {
    return value.replace(/[^\u0021-\u007e]/gu, (c) => encodeURIComponent(c));
  } catch {
    return fallback; // a lone surrogate cannot be encoded
  }
}

export function signInPath(next?: string): string {
  return `/teacher/sign-in?next=${encodeURIComponent(safeNextPath(next))}`;
}
