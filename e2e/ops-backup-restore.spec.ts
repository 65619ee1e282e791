// REL-7: `npm run backup` snapshots the live e2e database; the app then starts on a restored copy.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "@playwright/test";

const root = path.resolve(__dirname, "..");
const port = process.env.E2E_PORT || "3100";
const liveDb = path.join(root, "data", `e2e-${port}.db`);
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";

async function waitForHealth(url: string, ms: number): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`no answer from ${url}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

test("[OPS] an online backup restores into a working app", async () => {
  test.setTimeout(120_000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "aq-e2e-backup-"));
  const stdout = execFileSync("npx", ["tsx", "scripts/backup.ts", "--out", out], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${liveDb}` },
    encoding: "utf8",
  });
  const report = JSON.parse(stdout);
  expect(report.integrity).toBe("ok");
  expect(report.rowCounts.Quiz).toBeGreaterThanOrEqual(1);

  const restored = path.join(out, "restored.db");
  fs.copyFileSync(report.file, restored);
  const restoredPort = String(Number(port) + 50);
  // The launcher of `npm start`, one app process.
  const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: `file:${restored}`, NEXT_DIST_DIR: distDir, PORT: restoredPort, WEB_CONCURRENCY: "1" },
    stdio: "ignore",
    detached: true,
  });
  try {
    const health = await (await waitForHealth(`http://localhost:${restoredPort}/api/health`, 60_000)).json();
    expect(health.database.journalMode).toBe("wal");
    const home = await (await fetch(`http://localhost:${restoredPort}/`)).text();
    expect(home).toContain("DEMO22");
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
});
