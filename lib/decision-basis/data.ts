import "server-only";
import { getDb } from "@/lib/db/client";
import type { VersionStatus } from "@/lib/db/generated/client";
import { focusAreaSelect, goalSelect, nationalStrategyRefSelect, toFocusArea } from "@/lib/publications/data";
import type { PdfVersion } from "@/lib/publications/pdf";

/*
 * Reads for the beslutsunderlag. Security-critical: each read of a subject (an endorsement request
 * or a remiss invitation) puts the caller's scope in its `where` (organisations the caller belongs
 * to, counties the caller coordinates) and only versions whose content is locked as sent: on an
 * open remiss round, or frozen since it was sent for endorsement.
 */

/** Content frozen since it was sent for endorsement (DOMAIN.md: never changes from ENDORSEMENT on). */
const sentForEndorsement = ["ENDORSEMENT", "RATIFIED", "PUBLISHED", "SUPERSEDED"] as const satisfies readonly VersionStatus[];

export type SubjectScope = { organisationIds: readonly string[]; countyIds: readonly string[] };

const subjectVersionSelect = { id: true, number: true, countyId: true, programmeId: true, contentHash: true } as const;

/** The organisation and version of an endorsement request the caller may see. */
export async function findEndorsementSubject(endorsementId: string, scope: SubjectScope) {
  const row = await getDb().endorsement.findFirst({
    where: {
      id: endorsementId,
      version: { status: { in: [...sentForEndorsement] } },
      OR: [{ organisationId: { in: [...scope.organisationIds] } }, { version: { countyId: { in: [...scope.countyIds] } } }],
    },
    select: { organisationId: true, organisation: { select: { name: true } }, version: { select: subjectVersionSelect } },
  });
  return row === null ? null : { organisationId: row.organisationId, organisationName: row.organisation.name, version: row.version };
}

/** The organisation and version of a remiss invitation on an open round the caller may see. */
export async function findInvitationSubject(invitationId: string, scope: SubjectScope) {
  const row = await getDb().consultationInvitation.findFirst({
    where: {
      id: invitationId,
      round: { closedAt: null, version: { status: "CONSULTATION" } },
      OR: [{ organisationId: { in: [...scope.organisationIds] } }, { round: { version: { countyId: { in: [...scope.countyIds] } } } }],
    },
    select: { organisationId: true, organisation: { select: { name: true } }, round: { select: { version: { select: subjectVersionSelect } } } },
  });
  return row === null ? null : { organisationId: row.organisationId, organisationName: row.organisation.name, version: row.round.version };
}

/**
 * A version that is not public, shaped like a public one for the PDF renderer: no decisions, no
 * ratification, no history (it has none yet, and the beslutsunderlag is about the content).
 * The caller has already found the version through a scoped subject read.
 */
export async function findSentVersion(versionId: string, countyId: string): Promise<PdfVersion | null> {
  const row = await getDb().programmeVersion.findFirst({
    where: { id: versionId, countyId },
    select: {
      number: true,
      kind: true,
      status: true,
      title: true,
      validFrom: true,
      validTo: true,
      substances: true,
      changeSummary: true,
      contentHash: true,
      isExample: true,
      county: { select: { slug: true, name: true } },
      programme: { select: { slug: true, title: true, isExample: true, regionalStrategy: { select: { title: true, overarchingText: true } } } },
      nationalStrategy: { select: { id: true, ...nationalStrategyRefSelect, goals: { orderBy: { number: "asc" }, select: goalSelect } } },
      focusAreas: { orderBy: [{ position: "asc" }, { stableKey: "asc" }], select: focusAreaSelect },
    },
  });
  if (row === null) return null;
  const focusAreas = row.focusAreas.map(toFocusArea);
  return {
    county: row.county,
    programme: { slug: row.programme.slug, title: row.programme.title, isExample: row.programme.isExample },
    regionalStrategy: row.programme.regionalStrategy,
    nationalStrategy: row.nationalStrategy,
    number: row.number,
    kind: row.kind,
    status: row.status,
    title: row.title,
    validFrom: row.validFrom,
    validTo: row.validTo,
    substances: row.substances,
    changeSummary: row.changeSummary,
    contentHash: row.contentHash,
    publishedAt: null,
    ratification: { body: null, date: null, diarienummer: null },
    isExample: row.isExample || row.programme.isExample,
    focusAreas,
    endorsements: [],
    standings: [],
    consultation: null,
    history: [],
    itemCount: focusAreas.reduce((sum, area) => sum + area.items.length, 0),
  };
}
