/**
 * Runs once when the server starts. The checks live in instrumentation-node.ts so that the Edge
 * bundle never sees Node.js APIs.
 */
export async function register(): Promise<void> {
  // `next build` needs neither a database nor secrets.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { backfillFollowUpStates, checkServerStartup, installResponseGuards, startBackgroundSweep } = await import("./instrumentation-node");
  installResponseGuards();
  await checkServerStartup();
  await backfillFollowUpStates();
  startBackgroundSweep();
}
