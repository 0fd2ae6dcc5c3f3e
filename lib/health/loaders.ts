import "server-only";
import { checkReadiness, type Readiness } from "@/lib/health/data";

/** For /api/ready: never cached, never throws. */
export async function loadReadiness(): Promise<Readiness> {
  return checkReadiness();
}
