import { createHash } from "node:crypto";

// Namespace for the demo content's stable keys (a random UUID, fixed once). Stable keys are
// name-based UUIDs (RFC 9562 version 5) so every seeded database gives an action the same key:
// links and follow-up history in demos and end-to-end tests do not depend on the run.
const DEMO_NAMESPACE = "6f1d3c2a-8b4e-4f7a-9c51-2d0e7b9a4c13";

export function demoStableKey(name: string): string {
  const namespace = Buffer.from(DEMO_NAMESPACE.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
