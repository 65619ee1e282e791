// End-to-end tests run against a production build on a separate test database that the
// suite resets (see scripts/e2e-server.mjs). The browser is whichever Chromium exists here.
import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./e2e/browser-launch";

const PORT = Number(process.env.E2E_PORT || 3100);

export default defineConfig({
  testDir: "./e2e",
  // Sign-up no longer signs in, so every teacher test pays one more page load and password
  // hash; on a shared 2-core machine 60 s left the longest journeys racing the clock.
  timeout: 90_000,
  // Waits are on conditions; on a loaded 2-core machine hydration and submits can pass 10 s.
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: launchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
