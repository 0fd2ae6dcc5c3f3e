import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => undefined;

/**
 * True once the page's script runs in the browser (false in the server's HTML). Forms use it to
 * tell their server action that the browser stays on the page, so the action answers with state
 * instead of redirecting (the redirect is for browsers without JavaScript).
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
