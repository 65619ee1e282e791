// GET /api/ping — no database: a floor for the framework's own overhead (benchmark PERF-2).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
