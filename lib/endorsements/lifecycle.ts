import type { EndorsementStatus } from "@/lib/db/generated/client";

/**
 * Endorsement rules as pure functions of the endorsement rows (STYLE.md §5): no I/O, no clock.
 * "Stood behind" means ENDORSED or ENDORSED_WITH_RESERVATION; a decline blocks ratification
 * until the coordinator reopens the version.
 */

export type EndorsementRow = {
  organisationId: string;
  required: boolean;
  status: EndorsementStatus;
  /** Set when the decision was taken on an earlier version and carried over to this one. */
  carriedOver: boolean;
};

export type EndorsementOutcome = {
  requiredCount: number;
  /** Required organisations that stood behind the version (carried-over decisions included). */
  endorsedCount: number;
  carriedOverCount: number;
  pending: readonly string[];
  declined: readonly string[];
  /** Every required organisation stood behind the version: it may be ratified. */
  isComplete: boolean;
  hasDecline: boolean;
};

export function hasStoodBehind(status: EndorsementStatus): boolean {
  return status === "ENDORSED" || status === "ENDORSED_WITH_RESERVATION";
}

export function endorsementOutcome(rows: readonly EndorsementRow[]): EndorsementOutcome {
  const required = rows.filter((row) => row.required);
  const endorsed = required.filter((row) => hasStoodBehind(row.status));
  const pending = required.filter((row) => row.status === "PENDING").map((row) => row.organisationId);
  const declined = required.filter((row) => row.status === "DECLINED").map((row) => row.organisationId);
  return {
    requiredCount: required.length,
    endorsedCount: endorsed.length,
    carriedOverCount: rows.filter((row) => row.carriedOver && hasStoodBehind(row.status)).length,
    pending,
    declined,
    // An empty required set is never "complete": somebody must have stood behind the version.
    isComplete: required.length > 0 && endorsed.length === required.length,
    hasDecline: declined.length > 0,
  };
}

export type PreviousEndorsement = { endorsementId: string; organisationId: string; status: EndorsementStatus };

export type DefaultSignatories = {
  /** Organisations that must decide on this version. */
  required: readonly string[];
  /** Decisions on the previous version that stand for this one, shown as carried over. */
  carriedOver: readonly PreviousEndorsement[];
};

/**
 * Who must endorse by default. A NEW version: the county's default signatories (every
 * municipality, the police area, the Region and the Länsstyrelse). A REVISION or EXTENSION: only
 * the organisations whose responsibilities changed in the diff against the published version;
 * every other organisation that stood behind the previous version carries its decision over.
 * Anyone not covered by a carried-over decision stays required. The coordinator may add more.
 */
export function defaultSignatories(input: {
  kind: "NEW" | "REVISION" | "EXTENSION";
  countyDefaults: readonly string[];
  /** VersionDiff.organisationsAffected against the published version (revisions only). */
  affected: readonly string[];
  /** Current endorsements of the published version being revised. */
  previous: readonly PreviousEndorsement[];
}): DefaultSignatories {
  if (input.kind === "NEW") return { required: [...new Set(input.countyDefaults)].sort(), carriedOver: [] };
  const affected = new Set(input.affected);
  const carriedOver = input.previous.filter((p) => hasStoodBehind(p.status) && !affected.has(p.organisationId));
  const covered = new Set(carriedOver.map((p) => p.organisationId));
  const required = new Set<string>(input.affected);
  for (const organisationId of input.countyDefaults) if (!covered.has(organisationId)) required.add(organisationId);
  return { required: [...required].sort(), carriedOver };
}
