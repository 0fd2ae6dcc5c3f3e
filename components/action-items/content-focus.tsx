"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, type ReactNode } from "react";
import { actionItemAnchor } from "@/lib/focus-areas/schema";

/** A focus area as the move menu lists it: its number (its place) and its actions in order. */
export type MoveTargetArea = {
  id: string;
  number: number;
  title: string;
  items: readonly { id: string; number: string; title: string }[];
};

/**
 * Where focus goes once the content page shows the result of a change: the action's row with these
 * data attributes (its new number, focus area, position), then `message` is announced.
 */
export type FocusRequest = { stableKey: string; expect: Record<string, string>; message: string };

type ContentFocus = { areas: readonly MoveTargetArea[]; focusItem: (request: FocusRequest) => void };

const ContentFocusContext = createContext<ContentFocus>({ areas: [], focusItem: () => undefined });

export function useContentFocus(): ContentFocus {
  return use(ContentFocusContext);
}

/**
 * Around the content page: the focus areas and their actions once (not once per row, which would
 * grow with the square of the number of actions), and one polite live region that outlives the
 * rows. A moved action's row is a new element in its new table, so focus is handed to it here,
 * after the page has re-rendered with the action at its new place.
 */
export function ContentFocusProvider({ areas, children }: { areas: readonly MoveTargetArea[]; children: ReactNode }) {
  const pending = useRef<FocusRequest | null>(null);
  const announcer = useRef<HTMLParagraphElement>(null);

  // The row is looked for when asked and again whenever the page's list changes (the refreshed
  // page may arrive before or after the action's answer); stale rows never match `expect`.
  const tryFocus = useCallback(() => {
    const request = pending.current;
    if (request === null) return;
    const row = document.getElementById(actionItemAnchor(request.stableKey));
    if (row === null || Object.entries(request.expect).some(([key, value]) => row.dataset[key] !== value)) return;
    pending.current = null;
    row.querySelector<HTMLElement>("a")?.focus();
    if (announcer.current !== null) announcer.current.textContent = request.message;
  }, []);

  useEffect(tryFocus, [areas, tryFocus]);

  const value = useMemo(
    () => ({
      areas,
      focusItem: (request: FocusRequest) => {
        pending.current = request;
        requestAnimationFrame(tryFocus);
      },
    }),
    [areas, tryFocus],
  );

  return (
    <ContentFocusContext value={value}>
      {children}
      {/* Written by tryFocus only (never by React), so a message survives the rows' re-render. */}
      <p ref={announcer} role="status" className="sr-only" data-testid="content-announcer" />
    </ContentFocusContext>
  );
}
