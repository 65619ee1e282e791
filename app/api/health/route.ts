// GET /api/health — checks that the database answers and (SQLite) its pragmas are in force.
import { NextResponse } from "next/server";
import { readDatabaseStatus } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { ok, database } = await readDatabaseStatus();
    return NextResponse.json({ status: ok ? "ok" : "degraded", database }, { status: ok ? 200 : 503 });
  } catch {
    return NextResponse.json({ status: "error", database: null }, { status: 503 });
  }
}
