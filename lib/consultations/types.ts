import type { DispositionDecision, OrganisationKind, ResponseStatus, VersionStatus } from "@/lib/db/generated/client";
import type { OrganisationVersionView } from "@/lib/decision-basis/types";
import type { ContentHashInput } from "@/lib/programmes/content-hash";

export type { DispositionDecision, ResponseStatus };

/** An organisation to choose in the send forms, with whether it is chosen by default. */
export type OrganisationChoice = { id: string; name: string; kind: OrganisationKind; isDefault: boolean };

export type Disposition = { decision: DispositionDecision; reason: string };

export type CommentView = { id: string; anchorLabel: string; text: string; disposition: Disposition | null };

/** One version's content to read and to anchor comments to (content + organisation names). */
export type ReadableContent = { content: ContentHashInput; organisations: Readonly<Record<string, string>> };

export type VersionHeader = {
  programmeId: string;
  programmeTitle: string;
  versionId: string;
  number: number;
  title: string;
  status: VersionStatus;
  countyName: string;
};

export type InvitationStatus = "NOT_ANSWERED" | "DRAFT" | "SUBMITTED";

/** A consultation round as the coordinator follows it. */
export type RoundView = {
  number: number;
  deadline: Date;
  message: string;
  openedAt: Date;
  closedAt: Date | null;
  invitations: readonly { organisationName: string; status: InvitationStatus; submittedAt: Date | null }[];
  responses: readonly { organisationName: string; generalText: string; submittedAt: Date | null; comments: readonly CommentView[] }[];
  /** Every submitted comment grouped by what it is anchored to, in the order of the programme. */
  byAnchor: readonly { anchorLabel: string; comments: readonly (CommentView & { organisationName: string })[] }[];
};

/** /arbetsyta/program/[id]/version/[n]/remiss. */
export type ConsultationAdminPage = {
  version: VersionHeader;
  canSend: boolean;
  canClose: boolean;
  canDispose: boolean;
  organisations: readonly OrganisationChoice[];
  defaultDeadline: string;
  rounds: readonly RoundView[];
};

/** /arbetsyta/remiss/[invitationId]: an invited organisation's view. */
export type InvitationPage = {
  invitationId: string;
  organisationName: string;
  version: VersionHeader;
  round: { number: number; deadline: Date; message: string; isOpen: boolean };
  response: { status: ResponseStatus; generalText: string; submittedAt: Date | null; comments: readonly CommentView[] } | null;
  canRespond: boolean;
  anchors: readonly { value: string; label: string }[];
} & OrganisationVersionView;

export type MyInvitation = {
  invitationId: string;
  organisationName: string;
  programmeTitle: string;
  versionNumber: number;
  deadline: Date;
  isOpen: boolean;
  status: InvitationStatus;
};

/** The public remissammanställning of a published version. */
export type PublicConsultationSummary = {
  rounds: readonly {
    number: number;
    deadline: Date;
    invitedCount: number;
    responses: readonly { organisationName: string; generalText: string; comments: readonly CommentView[] }[];
  }[];
};
