// The student space's cookie name, like the teacher session's (lib/server/auth/session-token.ts):
// over https the __Host- prefix makes the browser refuse it unless Secure, Path=/ and no
// Domain, so a sibling subdomain cannot plant or overwrite it.
export function studentCookieName(secure: boolean): string {
  return secure ? "__Host-aq_student" : "aq_student";
}
