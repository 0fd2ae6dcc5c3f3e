import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { describeAuditEvent, describedActions, sentenceKeys, sentenceValues, type AuditNames, type AuditRow } from "@/lib/audit/sentences";
import auditLogEn from "@/messages/audit-log.en.json";
import auditLogSv from "@/messages/audit-log.sv.json";

const orgA = "0b7c1f7e-1111-4c4c-9c9c-000000000001";
const orgB = "0b7c1f7e-1111-4c4c-9c9c-000000000002";
const areaId = "0b7c1f7e-1111-4c4c-9c9c-0000000000a1";
const itemKey = "0b7c1f7e-1111-4c4c-9c9c-0000000000b1";
const reportId = "0b7c1f7e-1111-4c4c-9c9c-0000000000c1";
const reviewer = "0b7c1f7e-1111-4c4c-9c9c-0000000000d1";

const names: AuditNames = {
  organisations: { [orgA]: "Nyköpings kommun", [orgB]: "Region Sörmland" },
  people: { [reviewer]: "Karin Lund" },
  focusAreas: { [areaId]: "Tidiga insatser" },
  items: { [itemKey]: { number: "1.2", title: "Föräldrastöd" } },
  nationalStrategies: {},
  reports: { [reportId]: { stableKey: itemKey, organisationId: orgA, year: 2025 } },
};

const months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const swedishDate = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  return `${d ?? 0} ${months[(m ?? 1) - 1] ?? ""} ${y ?? 0}`;
};

function render(row: Partial<AuditRow> & { action: string }, locale: "sv" | "en" = "sv"): string[] {
  const messages = locale === "sv" ? auditLogSv : auditLogEn;
  const t = createTranslator({
    locale,
    messages,
    namespace: "auditLog.sentences",
    onError: (error) => {
      throw error;
    },
  });
  const full: AuditRow = { entityType: "ActionItem", entityId: itemKey, before: undefined, after: undefined, meta: undefined, versionNumber: 2, ...row };
  return describeAuditEvent(full, names).map((sentence) => t(sentence.key, sentenceValues(sentence, "Lena Bergqvist", swedishDate)));
}

const indicator = (target: string) => ({ stableKey: "i1", name: "Andel elever", unit: "%", baseline: "32", baselineYear: 2023, target, targetYear: 2027, dataSource: "CAN" });
const item = (overrides: Record<string, unknown> = {}) => ({
  number: "1.2",
  title: "Föräldrastöd",
  description: "",
  timeframeKind: "YEARS",
  startYear: 2024,
  endYear: 2026,
  startDate: null,
  endDate: null,
  followUpText: "",
  organisations: [{ organisationId: orgA, role: "RESPONSIBLE", lead: true }],
  indicators: [indicator("30")],
  ...overrides,
});

describe("the Händelselogg in plain Swedish", () => {
  it("a changed target value reads as one sentence with the unit and the action's number", () => {
    expect(render({ action: "actionItem.update", before: item(), after: item({ indicators: [indicator("27")] }) })).toEqual(["Lena Bergqvist ändrade målvärdet för 1.2 från 30 % till 27 %."]);
  });

  it("organisations are named, never shown by id; a new lead is said in words", () => {
    const after = item({ organisations: [{ organisationId: orgA, role: "RESPONSIBLE", lead: false }, { organisationId: orgB, role: "RESPONSIBLE", lead: true }] });
    expect(render({ action: "actionItem.update", before: item(), after })).toEqual([
      "Lena Bergqvist lade till Region Sörmland bland de ansvariga för 1.2.",
      "Lena Bergqvist gjorde Region Sörmland huvudansvarig för 1.2.",
    ]);
  });

  it("codes are translated: an endorsement with reservation, a timeframe, a follow-up status", () => {
    expect(render({ action: "endorsement.decide", entityType: "Endorsement", after: { status: "ENDORSED_WITH_RESERVATION", decisionDate: "2026-03-12" }, meta: { organisation: "Nyköpings kommun" } })).toEqual([
      "Lena Bergqvist registrerade att Nyköpings kommun ställer sig bakom med reservation version 2.",
    ]);
    expect(render({ action: "actionItem.update", before: item(), after: item({ timeframeKind: "ONGOING", startYear: null, endYear: null }) })[0]).toBe("Lena Bergqvist ändrade tidsramen för 1.2 från årtal till löpande.");
    expect(render({ action: "followup.report.submit", entityType: "follow_up_report", entityId: `p/${itemKey}/2025/${orgA}`, after: { status: "HALF", comment: "" } })).toEqual([
      "Lena Bergqvist rapporterade H (till hälften) för 1.2 Föräldrastöd (Nyköpings kommun, 2025).",
    ]);
    expect(render({ action: "followup.report.approve", entityType: "follow_up_report", entityId: reportId })).toEqual(["Lena Bergqvist godkände rapporten för 1.2 Föräldrastöd (Nyköpings kommun, 2025)."]);
  });

  it("dates read as in Swedish ('12 mars 2026'), § and Dnr as written", () => {
    expect(render({ action: "version.ratify", entityType: "ProgrammeVersion", after: { status: "RATIFIED", ratificationBody: "Länsstyrelsen", ratificationDate: "2026-03-12", ratificationDnr: "451-1234-2026" } })).toEqual([
      "Lena Bergqvist fastställde version 2: Länsstyrelsen, 12 mars 2026, Dnr 451-1234-2026.",
    ]);
  });

  it("a move names the focus area; an import says so; a reviewer is named", () => {
    expect(render({ action: "actionItem.move", before: { focusAreaId: "x", number: "1.2" }, after: { focusAreaId: areaId, number: "2.4" } })).toEqual([
      "Lena Bergqvist flyttade åtgärd 1.2 till fokusområdet ”Tidiga insatser”, där den fick nummer 2.4.",
    ]);
    expect(render({ action: "actionItem.create", after: item({ number: "3.1", title: "Ny" }), meta: { importId: "imp" } })).toEqual(["Lena Bergqvist lade till åtgärd 3.1 ”Ny” genom import."]);
    expect(render({ action: "reviewer.invite", after: { userId: reviewer, email: "karin@example.se" } })).toEqual(["Lena Bergqvist bjöd in Karin Lund att granska utkastet till version 2."]);
    // Rows written without a version or an anchor (the demo seed's) still read as whole sentences.
    expect(render({ action: "reviewer.invite", after: { userId: reviewer }, versionNumber: null })).toEqual(["Lena Bergqvist bjöd in Karin Lund att granska utkastet."]);
    expect(render({ action: "comment.add", after: {} })).toEqual(["Lena Bergqvist kommenterade utkastet."]);
  });

  it("long texts are not squeezed into the sentence: the full text comes as a detail", () => {
    const long = "Lång beskrivning ".repeat(30);
    const sentences = describeAuditEvent({ action: "actionItem.update", entityType: "ActionItem", entityId: itemKey, before: item(), after: item({ description: long }), meta: null, versionNumber: 2 }, names);
    expect(sentences).toEqual([{ key: "longFieldChanged", values: { field: "description", scope: "item", subject: "1.2" }, detail: { before: null, after: long } }]);
  });

  it("an unknown action reads as a generic sentence without its code", () => {
    const [sentence] = render({ action: "something.new", entityType: "FocusArea" });
    expect(sentence).toBe("Lena Bergqvist ändrade ett fokusområde.");
  });

  it("every audit action written in lib/ has its own sentence", () => {
    const files = readdirSync("lib", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.startsWith("db"));
    const written = new Set<string>();
    for (const file of files) {
      for (const line of readFileSync(join("lib", file), "utf8").split("\n")) {
        if (!/\baction:\s/.test(line)) continue;
        for (const match of line.matchAll(/"([a-zA-Z]+(?:\.[a-zA-Z_]+)+)"/g)) if (match[1] !== undefined) written.add(match[1]);
      }
    }
    expect(written.size).toBeGreaterThan(40);
    expect([...written].filter((action) => !describedActions.includes(action))).toEqual([]);
  });

  it("every sentence renders in Swedish and English without ids, codes or braces, whatever the row holds", () => {
    expect(Object.keys(auditLogSv.auditLog.sentences).sort()).toEqual([...sentenceKeys].sort());
    expect(Object.keys(auditLogEn.auditLog.sentences).sort()).toEqual([...sentenceKeys].sort());
    for (const action of [...describedActions, "unknown.thing"]) {
      for (const locale of ["sv", "en"] as const) {
        for (const row of [{ action }, { action, before: item(), after: item({ title: "Annan", indicators: [] }), meta: { direction: "up", stableKey: itemKey } }]) {
          for (const sentence of render(row, locale)) {
            expect(sentence).toMatch(/^(Lena Bergqvist|Påminnelse|A reminder)/);
            expect(sentence).not.toMatch(/[{}]|[0-9a-f]{8}-[0-9a-f]{4}|[A-Z]{3,}_[A-Z]|\b[a-z]+\.[a-z]+[A-Z]/);
          }
        }
      }
    }
  });
});
