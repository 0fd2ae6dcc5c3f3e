import "server-only";
import { cache } from "react";
import { findActionItemForEditor, findNewActionItemContext } from "@/lib/action-items/data";
import type { ActionItemEditorView, NewActionItemEditorView } from "@/lib/action-items/types";
import { countiesWhere } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";

/** The item form of one action, for a coordinator of its county; null (→ notFound) otherwise. */
export const loadActionItemEditor = cache(
  async (programmeId: string, versionNumber: number, stableKey: string): Promise<ActionItemEditorView | null> => {
    const actor = await requireActor();
    return findActionItemForEditor({ countyIds: countiesWhere(actor, "programme.edit") }, { programmeId, versionNumber, stableKey });
  },
);

/**
 * The form for a new action in a draft version (in the focus area of `focusAreaStableKey`, else the
 * first); null (→ notFound) when the version is not the actor's to edit, not a draft, or has no
 * focus area to add to.
 */
export const loadNewActionItemEditor = cache(
  async (programmeId: string, versionNumber: number, focusAreaStableKey: string | undefined): Promise<NewActionItemEditorView | null> => {
    const actor = await requireActor();
    const view = await findNewActionItemContext(
      { countyIds: countiesWhere(actor, "programme.edit") },
      { programmeId, versionNumber, focusAreaStableKey },
    );
    return view !== null && view.version.canEdit ? view : null;
  },
);
