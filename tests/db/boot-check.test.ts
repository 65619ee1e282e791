import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertDatabaseReady } from "@/lib/db/boot-check";

describe("boot-time database check (REL-6)", () => {
  it("accepts the migrated database with WAL and foreign keys", async () => {
    await expect(assertDatabaseReady()).resolves.toBeUndefined();
  });

  it("refuses a database that was never migrated, with a message saying what to run", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aq-boot-")), "empty.db");
    await expect(assertDatabaseReady(`file:${file}`)).rejects.toThrow(/migrate deploy/);
  });
});
