import "server-only";
import { cache } from "react";
import { countiesWhere } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { findImportDraft, findImportVersion, findVersionSnapshot, listImportOrganisations, type ImportVersionRow } from "@/lib/imports/data";
import { planImport } from "@/lib/imports/plan";
import type { ImportPreviewView, ImportVersionSummary } from "@/lib/imports/types";

/**
 * The import pages of one version, for a coordinator of its county (programme.import); null
 * (→ notFound) for a version that does not exist or that the actor may not import into. Only a
 * DRAFT offers the upload (`canImport`); the mutations check again.
 */

function summary(version: ImportVersionRow): ImportVersionSummary {
  return {
    id: version.id,
    programmeId: version.programmeId,
    number: version.number,
    title: version.title,
    programmeTitle: version.programme.title,
    canImport: version.canImport,
  };
}

export const loadImportUpload = cache(async (programmeId: string, versionNumber: number): Promise<ImportVersionSummary | null> => {
  const actor = await requireActor();
  const version = await findImportVersion({ countyIds: countiesWhere(actor, "programme.import") }, { programmeId, versionNumber });
  return version === null ? null : summary(version);
});

/**
 * The preview of the actor's own draft: planned afresh against the version as it is now (a
 * change by someone else shows at once; the stamp the apply form carries guards the rest).
 */
export const loadImportPreview = cache(
  async (programmeId: string, versionNumber: number, draftId: string): Promise<ImportPreviewView | null> => {
    const actor = await requireActor();
    const scope = { userId: actor.userId, countyIds: countiesWhere(actor, "programme.import") };
    const version = await findImportVersion(scope, { programmeId, versionNumber });
    if (version === null) return null;
    const draft = await findImportDraft(scope, { draftId, versionId: version.id }, new Date());
    if (draft === null) return null;
    const [snapshot, organisations] = await Promise.all([findVersionSnapshot(version), listImportOrganisations(version.countyId)]);
    const plan = planImport({ parsed: draft.parsed, snapshot, organisations, resolutions: draft.resolutions });
    return {
      version: summary(version),
      draft: {
        id: draft.id,
        filename: draft.filename,
        revision: draft.revision,
        createdAt: draft.createdAt.toISOString(),
        columns: Object.values(draft.parsed.columns).filter((label): label is string => label !== undefined),
        headerRow: draft.parsed.headerRow,
        headingRows: draft.parsed.headingRows,
      },
      plan,
      result: draft.result,
    };
  },
);
