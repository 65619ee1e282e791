// @ts-check
// Security headers are set here for every route; the CSP, which carries a per-request nonce,
// is set by proxy.ts (lib/security/csp.ts).
const { securityHeaders } = require("./lib/security/headers.js");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several test runs coexist (NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2"],
  images: { unoptimized: true },
  // Type errors are caught by `npm run typecheck` (part of `npm test`), so a build used by
  // the end-to-end suite is not blocked twice.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

module.exports = nextConfig;
