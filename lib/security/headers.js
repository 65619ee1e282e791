// Response headers applied to every route (see README "Security"). Plain CommonJS so
// next.config.js can load it without a build step.
const isProd = process.env.NODE_ENV === "production";

function contentSecurityPolicy() {
  // Next inlines its bootstrap scripts; 'unsafe-inline' for scripts is limited to same-origin
  // documents by the other directives. Dev mode needs 'unsafe-eval' for React refresh.
  const script = ["'self'", "'unsafe-inline'", ...(isProd ? [] : ["'unsafe-eval'"])];
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

function securityHeaders() {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy() },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

module.exports = { securityHeaders, contentSecurityPolicy };
