// How the end-to-end suite launches Chromium: whichever browser exists here, and the flags
// that keep it quiet on a closed network. Specs that add flags extend these, never replace them.
import fs from "node:fs";
import type { LaunchOptions } from "@playwright/test";

function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  // undefined lets Playwright use its own downloaded browser when one is installed.
  return candidates.find((p) => p && fs.existsSync(p));
}

// Without these, Chromium keeps trying to reach Google's hosts on a closed network.
const QUIET_ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-gpu"];

export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return { executablePath: findChromium(), args: [...QUIET_ARGS, ...extraArgs] };
}
