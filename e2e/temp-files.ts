// Test files written to a temporary folder, so big uploads stream from disk instead of
// living in the test's memory (and in Playwright's protocol messages).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface TempDir {
  dir: string;
  write(name: string, bytes: Uint8Array | string): string;
  /** A file of `size` bytes of one letter, written in 1 MiB blocks. */
  writeFilled(name: string, size: number): string;
  remove(): void;
}

export function makeTempDir(prefix = "actuquiz-e2e-"): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write(name, bytes) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    },
    writeFilled(name, size) {
      const file = path.join(dir, name);
      const fd = fs.openSync(file, "w");
      try {
        const block = Buffer.alloc(1024 * 1024, 0x61);
        for (let left = size; left > 0; left -= block.length) fs.writeSync(fd, block, 0, Math.min(block.length, left));
      } finally {
        fs.closeSync(fd);
      }
      return file;
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
