import "server-only";
import { getDb } from "@/lib/db/client";
import type { OrganisationKind, Prisma } from "@/lib/db/generated/client";
import type { CommentView, InvitationStatus, MyInvitation, OrganisationChoice, RoundView } from "@/lib/consultations/types";

/*
 * Reads of the consultation (remiss). Each takes the scope (county or organisations) in its
 * `where`; the loaders decide which scope the actor has.
 */

export const commentSelect = {
  id: true,
  anchorLabel: true,
  text: true,
  position: true,
  disposition: { select: { decision: true, reason: true } },
} satisfies Prisma.ConsultationCommentSelect;

type CommentRow = Prisma.ConsultationCommentGetPayload<{ select: typeof commentSelect }>;

export function toCommentView(row: CommentRow): CommentView {
  return { id: row.id, anchorLabel: row.anchorLabel, text: row.text, disposition: row.disposition };
}

/** "2.10 …" sorts after "2.9 …": numbers compared as numbers; the programme as a whole first. */
export function compareAnchorLabels(a: string, b: string): number {
  if (a === "" || b === "") return a === b ? 0 : a === "" ? -1 : 1;
  return a.localeCompare(b, "sv", { numeric: true });
}

/** Organisations of the county (and national ones never), active, for the send forms. */
export async function listCountyOrganisations(countyId: string): Promise<{ id: string; name: string; kind: OrganisationKind }[]> {
  return getDb().organisation.findMany({
    where: { countyId, active: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
}

/** Consultation default: every municipality, the police and the Region of the county. */
export function consultationDefaults(organisations: readonly { id: string; name: string; kind: OrganisationKind }[]): OrganisationChoice[] {
  return organisations.map((o) => ({ ...o, isDefault: o.kind === "MUNICIPALITY" || o.kind === "POLICE" || o.kind === "REGION" }));
}

/** Every round of a version with its invitations, submitted responses and comments. */
export async function listRounds(versionId: string, countyIds: readonly string[]): Promise<RoundView[]> {
  const rounds = await getDb().consultationRound.findMany({
    where: { versionId, version: { countyId: { in: [...countyIds] } } },
    orderBy: { number: "desc" },
    select: {
      number: true,
      deadline: true,
      message: true,
      openedAt: true,
      closedAt: true,
      invitations: {
        orderBy: { organisation: { name: "asc" } },
        select: {
          organisation: { select: { name: true } },
          response: {
            select: { status: true, generalText: true, submittedAt: true, comments: { orderBy: { position: "asc" }, select: commentSelect } },
          },
        },
      },
    },
  });
  return rounds.map((round) => {
    const invitations = round.invitations.map((invitation) => {
      const status: InvitationStatus = invitation.response === null ? "NOT_ANSWERED" : invitation.response.status;
      return { organisationName: invitation.organisation.name, status, submittedAt: invitation.response?.submittedAt ?? null };
    });
    // Security-critical: a draft response belongs to its organisation until it is submitted.
    const responses = round.invitations.flatMap((invitation) =>
      invitation.response?.status === "SUBMITTED"
        ? [{ organisationName: invitation.organisation.name, generalText: invitation.response.generalText, submittedAt: invitation.response.submittedAt, comments: invitation.response.comments.map(toCommentView) }]
        : [],
    );
    const groups = new Map<string, (CommentView & { organisationName: string })[]>();
    for (const response of responses) {
      for (const comment of response.comments) {
        const list = groups.get(comment.anchorLabel) ?? [];
        list.push({ ...comment, organisationName: response.organisationName });
        groups.set(comment.anchorLabel, list);
      }
    }
    const byAnchor = [...groups.entries()]
      .sort(([a], [b]) => compareAnchorLabels(a, b))
      .map(([anchorLabel, comments]) => ({ anchorLabel, comments }));
    return { number: round.number, deadline: round.deadline, message: round.message, openedAt: round.openedAt, closedAt: round.closedAt, invitations, responses, byAnchor };
  });
}

/** An invitation of one of `organisationIds`, with its round, version and the organisation's response. */
export async function findInvitation(invitationId: string, organisationIds: readonly string[]) {
  return getDb().consultationInvitation.findFirst({
    where: { id: invitationId, organisationId: { in: [...organisationIds] } },
    select: {
      id: true,
      organisationId: true,
      organisation: { select: { name: true } },
      round: {
        select: {
          number: true,
          deadline: true,
          message: true,
          closedAt: true,
          version: {
            select: {
              id: true,
              number: true,
              title: true,
              status: true,
              countyId: true,
              county: { select: { name: true } },
              programmeId: true,
              programme: { select: { title: true } },
            },
          },
        },
      },
      response: { select: { status: true, generalText: true, submittedAt: true, comments: { orderBy: { position: "asc" }, select: commentSelect } } },
    },
  });
}

/** Invitations of `organisationIds`, newest round first (open ones first). */
export async function listInvitations(organisationIds: readonly string[]): Promise<MyInvitation[]> {
  const rows = await getDb().consultationInvitation.findMany({
    where: { organisationId: { in: [...organisationIds] }, round: { version: { status: { not: "WITHDRAWN" } } } },
    orderBy: { round: { openedAt: "desc" } },
    take: 50,
    select: {
      id: true,
      organisation: { select: { name: true } },
      response: { select: { status: true } },
      round: { select: { deadline: true, closedAt: true, version: { select: { number: true, status: true, programme: { select: { title: true } } } } } },
    },
  });
  return rows.map((row) => ({
    invitationId: row.id,
    organisationName: row.organisation.name,
    programmeTitle: row.round.version.programme.title,
    versionNumber: row.round.version.number,
    deadline: row.round.deadline,
    isOpen: row.round.closedAt === null && row.round.version.status === "CONSULTATION",
    status: row.response === null ? ("NOT_ANSWERED" as const) : row.response.status,
  }));
}

export async function findInvitationOrganisationId(invitationId: string): Promise<string | null> {
  const row = await getDb().consultationInvitation.findUnique({ where: { id: invitationId }, select: { organisationId: true } });
  return row?.organisationId ?? null;
}

export async function findCommentCountyId(commentId: string): Promise<string | null> {
  const row = await getDb().consultationComment.findUnique({
    where: { id: commentId },
    select: { response: { select: { invitation: { select: { round: { select: { version: { select: { countyId: true } } } } } } } } },
  });
  return row?.response.invitation.round.version.countyId ?? null;
}
