import type { EndorsementStatus } from "@/lib/db/generated/client";
import type { OrganisationChoice, VersionHeader } from "@/lib/consultations/types";
import type { EndorsementOutcome } from "@/lib/endorsements/lifecycle";
import type { OrganisationVersionView } from "@/lib/decision-basis/types";
import type { OrganisationChange } from "@/lib/programmes/diff";

export type LeftOutOrganisation = { organisationId: string; organisationName: string; reason: string };

export type { EndorsementStatus };

/** One organisation's row in a round, as the coordinator and the organisation see it. */
export type EndorsementView = {
  id: string;
  organisationId: string;
  organisationName: string;
  required: boolean;
  status: EndorsementStatus;
  decisionBody: string | null;
  decisionDate: Date | null;
  paragraph: string | null;
  diarienummer: string | null;
  reservation: string | null;
  declineReason: string | null;
  hasMinutes: boolean;
  decidedAt: Date | null;
  /** The version number the decision was originally taken on, when carried over. */
  carriedOverFromVersion: number | null;
};

export type EndorsementRoundView = { round: number; rows: readonly EndorsementView[] };

/** /arbetsyta/program/[id]/version/[n]/stallningstagande. */
export type EndorsementAdminPage = {
  version: VersionHeader & {
    kind: "NEW" | "REVISION" | "EXTENSION";
    contentHash: string | null;
    round: number;
    ratification: { body: string | null; date: Date | null; dnr: string | null };
    /** Set when the validity ended before today: ratifying and publishing ask to confirm it. */
    validityEndedOn: Date | null;
  };
  canSend: boolean;
  /** Send form: every county organisation, the default required set pre-chosen. */
  organisations: readonly OrganisationChoice[];
  /** Revisions: decisions on the published version that will carry over unless required again. */
  carryOverCandidates: readonly { organisationId: string; organisationName: string }[];
  /** Revisions: organisations whose commitments changed against the published version. */
  affectedOrganisations: readonly string[];
  /** Revisions: the number of the published version the draft is compared with. */
  basisNumber: number | null;
  /** Revisions: each active organisation whose commitments changed, with what changed for it. */
  changedOrganisations: readonly (OrganisationChange & { name: string })[];
  /** Names of the organisations the summaries mention (predecessors included), by id. */
  organisationNames: Readonly<Record<string, string>>;
  /** This round: organisations whose commitments changed, left out with a written reason. */
  leftOut: readonly LeftOutOrganisation[];
  current: readonly EndorsementView[];
  outcome: EndorsementOutcome | null;
  history: readonly EndorsementRoundView[];
  canReopen: boolean;
  canRatify: boolean;
  mayRatify: boolean;
  canPublish: boolean;
};

/** /arbetsyta/stallningstagande/[endorsementId]: an organisation's decision page. */
export type DecisionPage = {
  endorsement: EndorsementView;
  version: VersionHeader & { contentHash: string | null; kind: "NEW" | "REVISION" | "EXTENSION"; supersedesNumber: number | null };
  canDecide: boolean;
  isDelegated: boolean;
  /** Whether the beslutsunderlag PDF can be downloaded (the content is frozen as sent). */
  hasDecisionBasis: boolean;
} & OrganisationVersionView;

export type MyEndorsement = {
  endorsementId: string;
  organisationName: string;
  programmeTitle: string;
  versionNumber: number;
  status: EndorsementStatus;
  isOpen: boolean;
};
