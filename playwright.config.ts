import "./tests/server-only-hook";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./tests/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

const chromium = CHROMIUM_LAUNCH;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
