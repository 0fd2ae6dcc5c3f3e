"use client";

import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";

/**
 * Text typed into a form, kept in the browser (localStorage) until the server has it: it survives
 * a failed save, a reload and an expired session. Call `clear()` after a successful save.
 *
 * `key` names one form instance, e.g. `version:<id>:fields`; use one key per record so two drafts
 * never mix. Values are strings (what form fields hold). Without a stored draft `values` is
 * `initial`; once the user types, it is the stored draft (a snapshot of `initial` when editing
 * began, with the typed changes). Put the revision the edit starts from into `initial` and post
 * `values.<revision>`, so a restored draft is saved against the revision it was typed on.
 *
 * `hasStoredDraft` is true when the browser holds text that has not reached the server yet, so the
 * form can say "unsaved changes restored" and offer to throw them away.
 */
export type PersistedDraft = {
  values: Record<string, string>;
  setField: (name: string, value: string) => void;
  /** Forgets the stored draft; the form then shows `initial` again (the saved values). */
  clear: () => void;
  hasStoredDraft: boolean;
};

const storagePrefix = "lansplan-draft:";
// Same-tab writes do not fire the "storage" event; this one tells the other hooks on the page.
const changeEvent = "lansplan-draft-change";

function readStorage(storageKey: string): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    // Storage disabled (private mode, blocked cookies): the form still works, only without a backup.
    return null;
  }
}

function writeStorage(storageKey: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, value);
  } catch {
    // Quota exceeded or storage disabled: the typed text stays in the form, only the backup is lost.
  }
  window.dispatchEvent(new CustomEvent(changeEvent, { detail: storageKey }));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

function parseDraft(raw: string | null): Record<string, string> | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // A corrupt entry (edited by hand, another app) is treated as no draft at all.
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const draft: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) if (typeof value === "string") draft[name] = value;
  return draft;
}

export function usePersistedDraft(key: string, initial: Record<string, string>): PersistedDraft {
  const storageKey = `${storagePrefix}${key}`;
  // The raw string is the snapshot: stable between renders while nothing changes. The server
  // (and the first client render) see no draft, so hydration matches the server HTML.
  const raw = useSyncExternalStore(
    subscribe,
    () => readStorage(storageKey),
    () => null,
  );
  const stored = useMemo(() => parseDraft(raw), [raw]);
  const values = useMemo(() => ({ ...initial, ...stored }), [initial, stored]);

  // The first keystroke stores every field as it was when editing began, hidden ones too (e.g. the
  // revision the edit started from): a draft restored later is saved against that base, so a change
  // someone else made meanwhile is a conflict, never silently overwritten.
  const initialRef = useRef(initial);
  useEffect(() => {
    initialRef.current = initial;
  });
  const setField = useCallback(
    (name: string, value: string) => {
      const current = parseDraft(readStorage(storageKey)) ?? initialRef.current;
      writeStorage(storageKey, JSON.stringify({ ...current, [name]: value }));
    },
    [storageKey],
  );
  const clear = useCallback(() => writeStorage(storageKey, null), [storageKey]);

  return { values, setField, clear, hasStoredDraft: stored !== null };
}
