// GET /api/health — checks that the database answers and its pragmas are in force.
import { NextResponse } from "next/server";
import { readPragmas } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const pragmas = await readPragmas();
    const ok = pragmas.journalMode === "wal" && pragmas.foreignKeys === 1;
    return NextResponse.json({ status: ok ? "ok" : "degraded", database: pragmas }, { status: ok ? 200 : 503 });
  } catch {
    return NextResponse.json({ status: "error", database: null }, { status: 503 });
  }
}
