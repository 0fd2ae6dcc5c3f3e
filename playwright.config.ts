import { defineConfig } from "@playwright/test";
import { e2ePorts } from "./tests/e2e/paths";

// Playwright cannot download browsers on these machines: Debian's Chromium (see README).
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${e2ePorts.app}`,
    locale: "sv-SE",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /publishing-flow\.spec\.ts/ },
    // Publishes Södermanland's version 2, which the other specs edit or read as a draft: after them.
    { name: "publishing", use: { browserName: "chromium" }, testMatch: /publishing-flow\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "node_modules/.bin/tsx tests/e2e/server.ts",
    url: `http://localhost:${e2ePorts.app}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
