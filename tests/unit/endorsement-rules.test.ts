import { describe, expect, it } from "vitest";
import { defaultSignatories, endorsementOutcome, type EndorsementRow } from "@/lib/endorsements/lifecycle";

const row = (organisationId: string, status: EndorsementRow["status"], extra: Partial<EndorsementRow> = {}): EndorsementRow => ({
  organisationId,
  status,
  required: true,
  carriedOver: false,
  ...extra,
});

describe("endorsementOutcome", () => {
  it("is complete when every required organisation endorsed, with or without reservation", () => {
    const outcome = endorsementOutcome([row("a", "ENDORSED"), row("b", "ENDORSED_WITH_RESERVATION")]);
    expect(outcome).toMatchObject({ requiredCount: 2, endorsedCount: 2, isComplete: true, hasDecline: false, pending: [] });
  });

  it("is not complete while anyone required is pending, and names them", () => {
    const outcome = endorsementOutcome([row("a", "ENDORSED"), row("b", "PENDING"), row("c", "PENDING")]);
    expect(outcome).toMatchObject({ endorsedCount: 1, requiredCount: 3, isComplete: false, pending: ["b", "c"] });
  });

  it("a decline blocks completion and is reported", () => {
    const outcome = endorsementOutcome([row("a", "ENDORSED"), row("b", "DECLINED")]);
    expect(outcome).toMatchObject({ isComplete: false, hasDecline: true, declined: ["b"] });
  });

  it("ignores organisations that are not required, but counts carried-over decisions of required ones", () => {
    const outcome = endorsementOutcome([
      row("a", "ENDORSED", { carriedOver: true }),
      row("b", "ENDORSED"),
      row("c", "DECLINED", { required: false }),
      row("d", "PENDING", { required: false }),
    ]);
    expect(outcome).toMatchObject({ requiredCount: 2, endorsedCount: 2, carriedOverCount: 1, isComplete: true, hasDecline: false });
  });

  it("an empty required set is never complete", () => {
    expect(endorsementOutcome([]).isComplete).toBe(false);
  });
});

describe("defaultSignatories", () => {
  const countyDefaults = ["kommun-1", "kommun-2", "polis", "region", "lst"];
  const previous = countyDefaults.map((organisationId, i) => ({
    endorsementId: `e${i}`,
    organisationId,
    status: organisationId === "kommun-2" ? ("ENDORSED_WITH_RESERVATION" as const) : ("ENDORSED" as const),
  }));

  it("a new version asks every default signatory of the county", () => {
    expect(defaultSignatories({ kind: "NEW", countyDefaults, affected: [], previous: [] })).toEqual({
      required: [...countyDefaults].sort(),
      carriedOver: [],
    });
  });

  it("a revision asks only the organisations whose responsibilities changed; the others carry over", () => {
    const result = defaultSignatories({ kind: "REVISION", countyDefaults, affected: ["kommun-1", "polis"], previous });
    expect(result.required).toEqual(["kommun-1", "polis"]);
    expect(result.carriedOver.map((p) => p.organisationId).sort()).toEqual(["kommun-2", "lst", "region"]);
  });

  it("a revision still asks a default signatory that never stood behind the previous version", () => {
    const withDecline = previous.map((p) => (p.organisationId === "region" ? { ...p, status: "DECLINED" as const } : p));
    const result = defaultSignatories({ kind: "REVISION", countyDefaults, affected: [], previous: withDecline });
    expect(result.required).toEqual(["region"]);
    expect(result.carriedOver.map((p) => p.organisationId)).not.toContain("region");
  });

  it("an affected organisation outside the county defaults (e.g. a national agency) is asked too", () => {
    const result = defaultSignatories({ kind: "REVISION", countyDefaults, affected: ["tullverket"], previous });
    expect(result.required).toEqual(["tullverket"]);
  });
});
