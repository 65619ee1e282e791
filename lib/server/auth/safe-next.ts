// The `next` parameter of the sign-in page: only same-site paths, so the sign-in form cannot
// be used to bounce a teacher to another site.
export function safeNextPath(value: unknown, fallback = "/teacher"): string {
  if (typeof value !== "string" || value.length > 500) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}

export function signInPath(next?: string): string {
  return `/teacher/sign-in?next=${encodeURIComponent(safeNextPath(next))}`;
}
