import "../server-only-hook";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../chromium";

/**
 * Two app instances on one PostgreSQL database (scripts/test-postgres.sh starts
 * them and passes their origins): INSTANCE_A and INSTANCE_B.
 */
const chromium = CHROMIUM_LAUNCH;

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 60_000,
  use: { trace: "retain-on-failure", launchOptions: chromium },
  projects: [{ name: "two-instances", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
});
