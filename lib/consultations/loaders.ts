import "server-only";
import { can, countiesWhere, speaksForOrganisation } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { consultationDefaults, findInvitation, listCountyOrganisations, listInvitations, listRounds } from "@/lib/consultations/data";
import { loadChangesForOrganisation } from "@/lib/decision-basis/loaders";
import type { ConsultationAdminPage, InvitationPage, MyInvitation, ReadableContent, VersionHeader } from "@/lib/consultations/types";
import { loadProgrammeContents } from "@/lib/programmes/data";
import { findVersionByNumber } from "@/lib/programmes/data";
import { transition } from "@/lib/programmes/lifecycle";

/*
 * Workspace pages of the consultation. Each loader resolves the actor and scopes its reads: the
 * coordinator's county, or the organisations the actor belongs to. Null → the page is a 404.
 */

const DAY_MS = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A coordinator's version by programme and number, with its header. */
export async function findCoordinatedVersion(programmeId: string, number: number) {
  const actor = await requireActor();
  const found = await findVersionByNumber(programmeId, number, countiesWhere(actor, "programme.viewDraft"));
  if (found === null) return null;
  const header: VersionHeader = {
    programmeId,
    programmeTitle: found.programme.title,
    versionId: found.version.id,
    number: found.version.number,
    title: found.version.title,
    status: found.version.status,
    countyName: found.programme.countyName,
  };
  return { actor, found, header };
}

/** /arbetsyta/program/[programmeId]/version/[number]/remiss. */
export async function loadConsultationAdmin(programmeId: string, number: number): Promise<ConsultationAdminPage | null> {
  const coordinated = await findCoordinatedVersion(programmeId, number);
  if (coordinated === null) return null;
  const { actor, found, header } = coordinated;
  const resource = { countyId: found.version.countyId };
  const status = found.version.status;
  const [organisations, rounds] = await Promise.all([
    listCountyOrganisations(found.version.countyId),
    listRounds(found.version.id, [found.version.countyId]),
  ]);
  return {
    version: header,
    canSend: transition(status, "SEND_TO_CONSULTATION").ok && can(actor, "version.sendToConsultation", resource),
    canClose: transition(status, "CLOSE_CONSULTATION").ok && can(actor, "consultation.close", resource),
    canDispose: (status === "DRAFT" || status === "CONSULTATION") && can(actor, "consultation.dispose", resource),
    organisations: consultationDefaults(organisations),
    // Remisstid: six weeks is what the county boards usually give.
    defaultDeadline: isoDate(new Date(Date.now() + 42 * DAY_MS)),
    rounds,
  };
}

/** A version's content to read, for someone already authorized to see it. */
export async function readableContent(programmeId: string, countyId: string, number: number): Promise<ReadableContent | null> {
  const loaded = await loadProgrammeContents(programmeId, [countyId], () => [number]);
  const content = loaded?.contents.get(number);
  if (loaded === null || content === undefined) return null;
  return { content: content.content, organisations: Object.fromEntries(loaded.organisations) };
}

/** /arbetsyta/remiss/[invitationId]: any member of the invited organisation may read it. */
export async function loadInvitationPage(invitationId: string): Promise<InvitationPage | null> {
  const actor = await requireActor();
  const invitation = await findInvitation(
    invitationId,
    actor.memberships.map((m) => m.organisationId),
  );
  if (invitation === null) return null;
  const { round } = invitation;
  const { version } = round;
  const view = await loadChangesForOrganisation(version, { id: invitation.organisationId, name: invitation.organisation.name });
  if (view === null) return null;
  const { readable } = view;
  const isOpen = round.closedAt === null && version.status === "CONSULTATION";
  const response = invitation.response;
  const anchors = readable.content.focusAreas.flatMap((area, index) => [
    { value: `fa:${area.stableKey}`, label: `${index + 1}. ${area.title}` },
    ...area.items.map((item) => ({ value: `item:${item.stableKey}`, label: `${item.number} ${item.title}` })),
  ]);
  return {
    invitationId: invitation.id,
    organisationName: invitation.organisation.name,
    version: {
      programmeId: version.programmeId,
      programmeTitle: version.programme.title,
      versionId: version.id,
      number: version.number,
      title: version.title,
      status: version.status,
      countyName: version.county.name,
    },
    round: { number: round.number, deadline: round.deadline, message: round.message, isOpen },
    response:
      response === null
        ? null
        : {
            status: response.status,
            generalText: response.generalText,
            submittedAt: response.submittedAt,
            comments: response.comments.map((c) => ({ id: c.id, anchorLabel: c.anchorLabel, text: c.text, disposition: c.disposition })),
          },
    canRespond: isOpen && response?.status !== "SUBMITTED" && speaksForOrganisation(actor, invitation.organisationId) && can(actor, "consultation.respond", { organisationId: invitation.organisationId }),
    anchors,
    ...view,
  };
}

/** The consultation invitations of every organisation the actor belongs to. */
export async function loadMyInvitations(): Promise<MyInvitation[]> {
  const actor = await requireActor();
  return listInvitations(actor.memberships.map((m) => m.organisationId));
}
