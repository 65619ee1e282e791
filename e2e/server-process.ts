// The e2e server as an operating-system process, for tests that watch its memory: found by
// the port it listens on (Linux /proc), so it works however Playwright started it.
import fs from "node:fs";

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] is "address:port" in hex, cols[3] the state (0A = LISTEN), cols[9] the inode.
      if (cols.length > 9 && cols[3] === "0A" && parseInt(cols[1].split(":").pop()!, 16) === port) inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** Pid of the process listening on `port`. */
export function serverPid(port: number): number {
  const inodes = listeningInodes(port);
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = fs.readlinkSync(`/proc/${entry}/fd/${fd}`).match(/^socket:\[(\d+)\]$/);
        if (m && inodes.has(m[1])) return Number(entry);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

/** Resident memory of `pid`, in bytes. */
export function rssBytes(pid: number): number {
  const kb = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}
