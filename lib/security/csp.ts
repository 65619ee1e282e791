// The Content-Security-Policy of every response that proxy.ts sees (pages, and API requests
// without a body). Scripts run only with this request's nonce: Next reads the nonce from the
// request's own CSP header and puts it on its bootstrap and chunk scripts, and 'strict-dynamic'
// lets those load the rest. An injected <script> or inline handler (<svg onload=…>) has no
// nonce and does not run. Every page is rendered per request already (`next build` lists them
// all as dynamic), so a per-request nonce costs no static page. Styles keep 'unsafe-inline':
// React writes style attributes, and CSS cannot run code.
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  // Dev mode needs 'unsafe-eval' for React refresh.
  const script = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
