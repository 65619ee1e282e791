// Value conversions for the raw better-sqlite3 connection used by the submit and start
// transactions. Prisma stores DateTime as ISO text with "+00:00" and Boolean as 0/1, and the
// adapter turns on safe integers, so INTEGER columns come back as bigint.
export function toSqlDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

export function fromSqlDate(v: unknown): Date | null {
  if (v == null) return null;
  if (typeof v === "bigint") return new Date(Number(v));
  if (typeof v === "number") return new Date(v);
  const d = new Date(String(v));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function toNumber(v: unknown): number {
  return typeof v === "bigint" ? Number(v) : Number(v ?? 0);
}

export function toBool(v: unknown): boolean {
  return v === true || v === 1 || v === 1n || v === "1" || v === "true";
}
