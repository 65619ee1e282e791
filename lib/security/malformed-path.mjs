// Plain JavaScript so that both proxy.ts (bundled by Next) and scripts/serve.mjs (run by node
// as it is, in front of Next) use the one check.

/** True when some %-sequence of the path does not decode (bad hex or invalid UTF-8). */
export function hasMalformedEncoding(pathname) {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
