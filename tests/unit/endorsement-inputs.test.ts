import { describe, expect, it } from "vitest";
import { anchorSchema, disposeCommentSchema, sendToConsultationSchema } from "@/lib/consultations/schema";
import { decideSchema, looksLikePdf, MINUTES_MAX_BYTES, ratifySchema } from "@/lib/endorsements/schema";
import { retryDelayMs } from "@/lib/mail/mutations";
import { compareAnchorLabels } from "@/lib/consultations/data";

const id = "20000000-0000-4000-8000-00000000000a";
const decision = { endorsementId: id, decision: "ENDORSED", reservation: "", declineReason: "", decisionBody: "Kommunstyrelsen", decisionDate: "2026-10-01", paragraph: "", diarienummer: "" };

describe("a decision's input", () => {
  it("needs the reservation text when endorsing with reservation, and a reason when declining", () => {
    const reserved = decideSchema.safeParse({ ...decision, decision: "ENDORSED_WITH_RESERVATION" });
    expect(reserved.success ? null : reserved.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reservation", "reservationRequired"]]);
    const declined = decideSchema.safeParse({ ...decision, decision: "DECLINED" });
    expect(declined.success ? null : declined.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["declineReason", "declineReasonRequired"]]);
  });

  it("treats an empty file input as no minutes and refuses a file over 10 MB", () => {
    const none = decideSchema.safeParse({ ...decision, minutes: new File([], "") });
    expect(none.success && none.data.minutes).toBeUndefined();
    const big = decideSchema.safeParse({ ...decision, minutes: new File([new Uint8Array(MINUTES_MAX_BYTES + 1)], "x.pdf") });
    expect(big.success ? null : big.error.issues.map((i) => i.message)).toEqual(["fileTooLarge"]);
  });

  it("refuses an unknown decision and a missing decision body", () => {
    const result = decideSchema.safeParse({ ...decision, decision: "MAYBE", decisionBody: " " });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join(".")).sort()).toEqual(["decision", "decisionBody"]);
  });

  it("ratification needs a body and a real date; the Dnr is optional", () => {
    expect(ratifySchema.safeParse({ versionId: id, ratificationBody: "Landshövdingen", ratificationDate: "2026-02-30", ratificationDnr: "" }).success).toBe(false);
    const ok = ratifySchema.safeParse({ versionId: id, ratificationBody: "Landshövdingen", ratificationDate: "2026-02-28", ratificationDnr: "" });
    expect(ok.success && ok.data.ratificationDnr).toBeNull();
  });
});

describe("PDF content check", () => {
  it("accepts bytes starting with %PDF- and nothing else, whatever the name", () => {
    expect(looksLikePdf(new TextEncoder().encode("%PDF-1.7\n"))).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode("<html>%PDF-"))).toBe(false);
    expect(looksLikePdf(new Uint8Array([0x25, 0x50]))).toBe(false);
    expect(looksLikePdf(new Uint8Array([]))).toBe(false);
  });
});

describe("consultation inputs", () => {
  it("reads anchors: the programme, a focus area or an item by stable key", () => {
    expect(anchorSchema.parse("")).toEqual({ kind: "PROGRAMME" });
    expect(anchorSchema.parse(`fa:${id}`)).toEqual({ kind: "FOCUS_AREA", stableKey: id });
    expect(anchorSchema.parse(`item:${id.toUpperCase()}`)).toEqual({ kind: "ITEM", stableKey: id });
    expect(anchorSchema.safeParse("item:; DROP TABLE").success).toBe(false);
  });

  it("needs at least one invited organisation, each an id, and de-duplicates them", () => {
    expect(sendToConsultationSchema.safeParse({ versionId: id, deadline: "2026-12-01", message: "" }).success).toBe(false);
    const twice = sendToConsultationSchema.safeParse({ versionId: id, organisationIds: [id, id], deadline: "2026-12-01", message: "" });
    expect(twice.success && twice.data.organisationIds).toEqual([id]);
    expect(sendToConsultationSchema.safeParse({ versionId: id, organisationIds: ["x"], deadline: "2026-12-01" }).success).toBe(false);
  });

  it("a disposition needs a reason unless the comment is accepted", () => {
    expect(disposeCommentSchema.safeParse({ commentId: id, decision: "ACCEPTED", reason: "" }).success).toBe(true);
    expect(disposeCommentSchema.safeParse({ commentId: id, decision: "NOT_ACCEPTED", reason: "" }).success).toBe(false);
  });

  it("sorts anchors in programme order: the whole programme first, 2.10 after 2.9", () => {
    expect(["2.10 B", "", "2.9 A", "1.1 C"].sort(compareAnchorLabels)).toEqual(["", "1.1 C", "2.9 A", "2.10 B"]);
  });
});

describe("mail retries", () => {
  it("wait 1, 2, 4, 8 minutes between attempts", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
  });
});
