// Response headers applied to every route (see README "Security"). Plain CommonJS so
// next.config.js can load it without a build step. The Content-Security-Policy carries a
// per-request nonce, so proxy.ts sets it (lib/security/csp.ts).
function securityHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

module.exports = { securityHeaders };
