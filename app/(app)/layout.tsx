import type { ReactNode } from "react";
import { loadSignedInUserOrRedirect } from "@/lib/users/loaders";

/**
 * Signed-in area: visitors without a session go to /logga-in?callbackUrl=…. Layouts are not
 * re-run on every navigation, so each loader in here also requires the actor itself.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  await loadSignedInUserOrRedirect();
  return children;
}
