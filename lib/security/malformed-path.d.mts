// Types of lib/security/malformed-path.mjs for the TypeScript callers (proxy.ts).
export function hasMalformedEncoding(pathname: string): boolean;
