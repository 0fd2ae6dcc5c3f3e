import "server-only";
import { cache } from "react";
import { countiesWhere } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { findVersionContentForEditor } from "@/lib/focus-areas/data";
import type { VersionContentForEditor } from "@/lib/focus-areas/types";

/**
 * The content editor of one version, for a coordinator of its county; null (→ notFound) for a
 * version that does not exist or that the actor may not edit. Signed-out visitors are sent to
 * sign in. Edit controls are offered only while the version is a draft (`version.canEdit`); the
 * mutations check again.
 */
export const loadVersionContentEditor = cache(
  async (programmeId: string, versionNumber: number): Promise<VersionContentForEditor | null> => {
    const actor = await requireActor();
    return findVersionContentForEditor({ countyIds: countiesWhere(actor, "programme.edit") }, { programmeId, versionNumber });
  },
);
