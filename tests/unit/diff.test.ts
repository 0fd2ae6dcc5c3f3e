import { describe, expect, it } from "vitest";
import { diffForOrganisation, diffVersions } from "@/lib/programmes/diff";
import type { ContentHashInput, ContentHashItem } from "@/lib/programmes/content-hash";

const NYKOPING = "org-nykoping";
const ESKILSTUNA = "org-eskilstuna";
const POLICE = "org-police";

function item(key: string, overrides: Partial<ContentHashItem> = {}): ContentHashItem {
  return {
    stableKey: key,
    number: key.toUpperCase(),
    position: 0,
    title: `Åtgärd ${key}`,
    description: "Beskrivning",
    timeframeKind: "ONGOING",
    startYear: null,
    endYear: null,
    startDate: null,
    endDate: null,
    followUpText: "",
    organisations: [{ organisationId: NYKOPING, role: "RESPONSIBLE", lead: true }],
    indicators: [],
    ...overrides,
  };
}

function version(areas: Record<string, ContentHashItem[]>, overrides: Partial<ContentHashInput> = {}): ContentHashInput {
  return {
    title: "Åtgärdsprogram",
    validFrom: new Date("2018-01-01"),
    validTo: new Date("2021-12-31"),
    substances: ["A", "N", "D", "T"],
    nationalStrategyId: "ns-2016",
    changeSummary: "",
    focusAreas: Object.entries(areas).map(([key, items], position) => ({
      stableKey: key,
      position,
      title: `Fokusområde ${key}`,
      description: "",
      goalNumbers: [1],
      items,
    })),
    ...overrides,
  };
}

describe("diffVersions", () => {
  it("reports nothing for identical versions", () => {
    const v = version({ fa1: [item("a"), item("b")] });
    const diff = diffVersions(v, structuredClone(v));
    expect(diff.isEmpty).toBe(true);
    expect(diff.items).toEqual([]);
    expect(diff.organisationsAffected).toEqual([]);
  });

  it("finds added and removed items by stable key, not by position or number", () => {
    const before = version({ fa1: [item("a"), item("b")] });
    const after = version({ fa1: [item("a"), item("c", { number: "B" })] });
    const diff = diffVersions(before, after);
    expect(diff.items.map((d) => [d.kind, d.item.stableKey])).toEqual([
      ["added", "c"],
      ["removed", "b"],
    ]);
  });

  it("lists changed fields of an item with old and new side by side", () => {
    const before = version({ fa1: [item("a")] });
    const after = version({
      fa1: [item("a", { title: "Ny titel", timeframeKind: "YEARS", startYear: 2023, endYear: 2025 })],
    });
    const [change] = diffVersions(before, after).items;
    expect(change?.kind).toBe("changed");
    if (change?.kind !== "changed") return;
    expect(change.fields).toEqual([
      { field: "title", before: "Åtgärd a", after: "Ny titel" },
      { field: "timeframe", before: "löpande", after: "2023–2025" },
    ]);
    expect(change.moved).toBeNull();
    expect(change.responsibility).toBeNull();
  });

  it("detects an item moved between focus areas", () => {
    const before = version({ fa1: [item("a"), item("b")], fa2: [] });
    const after = version({ fa1: [item("a")], fa2: [item("b")] });
    const [change] = diffVersions(before, after).items;
    expect(change).toMatchObject({ kind: "changed", moved: { fromFocusAreaKey: "fa1", toFocusAreaKey: "fa2" } });
  });

  it("reports responsibility changes: added, removed, role and lead", () => {
    const before = version({
      fa1: [
        item("a", {
          organisations: [
            { organisationId: NYKOPING, role: "RESPONSIBLE", lead: true },
            { organisationId: POLICE, role: "PARTNER", lead: null },
          ],
        }),
      ],
    });
    const after = version({
      fa1: [
        item("a", {
          organisations: [
            { organisationId: ESKILSTUNA, role: "RESPONSIBLE", lead: true },
            { organisationId: POLICE, role: "RESPONSIBLE", lead: null },
          ],
        }),
      ],
    });
    const diff = diffVersions(before, after);
    const [change] = diff.items;
    if (change?.kind !== "changed") throw new Error("expected a changed item");
    expect(change.responsibility).toEqual({
      added: [{ organisationId: ESKILSTUNA, role: "RESPONSIBLE" }],
      removed: [{ organisationId: NYKOPING, role: "RESPONSIBLE" }],
      roleChanged: [{ organisationId: POLICE, before: "PARTNER", after: "RESPONSIBLE" }],
      lead: { before: NYKOPING, after: ESKILSTUNA },
      replaced: [],
    });
    expect(diff.organisationsAffected).toEqual([ESKILSTUNA, NYKOPING, POLICE].sort());
  });

  it("reports indicator additions, removals and field changes", () => {
    const indicator = {
      stableKey: "i1",
      position: 0,
      name: "Andel elever som röker",
      unit: "%",
      baseline: "12",
      baselineYear: 2017,
      target: "8",
      targetYear: 2021,
      dataSource: "CAN",
    };
    const before = version({ fa1: [item("a", { indicators: [indicator] })] });
    const after = version({
      fa1: [item("a", { indicators: [{ ...indicator, target: "5" }, { ...indicator, stableKey: "i2", name: "Ny" }] })],
    });
    const [change] = diffVersions(before, after).items;
    if (change?.kind !== "changed") throw new Error("expected a changed item");
    expect(change.indicators.map((c) => [c.kind, c.stableKey, c.kind === "changed" ? c.fields : []])).toEqual([
      ["changed", "i1", ["target"]],
      ["added", "i2", []],
    ]);
  });

  it("reports version fields and focus area changes, including goal links", () => {
    const before = version({ fa1: [] });
    const after = version(
      { fa1: [], fa2: [] },
      { validTo: new Date("2023-12-31"), substances: ["A", "N", "D", "T", "S"], nationalStrategyId: "ns-2022" },
    );
    after.focusAreas = after.focusAreas.map((a) => (a.stableKey === "fa1" ? { ...a, goalNumbers: [2, 1] } : a));
    const diff = diffVersions(before, after);
    expect(diff.fields.map((f) => f.field)).toEqual(["validity", "substances", "nationalStrategy"]);
    expect(diff.focusAreas).toEqual([
      { kind: "changed", stableKey: "fa1", title: "Fokusområde fa1", fields: [{ field: "goals", before: "1", after: "1, 2" }] },
      { kind: "added", stableKey: "fa2", title: "Fokusområde fa2" },
    ]);
  });

  it("counts responsible organisations of changed items as affected, not the partners of a changed item", () => {
    const partner = { organisationId: POLICE, role: "PARTNER", lead: null };
    const before = version({ fa1: [item("a", { organisations: [{ organisationId: NYKOPING, role: "RESPONSIBLE", lead: true }, partner] }), item("b")] });
    const after = version({
      fa1: [item("a", { description: "ändrad", organisations: [{ organisationId: NYKOPING, role: "RESPONSIBLE", lead: true }, partner] })],
    });
    expect(diffVersions(before, after).organisationsAffected).toEqual([NYKOPING]);
  });
});

describe("organisations whose commitments changed", () => {
  const FLEN = "org-flen";
  const LANDSTINGET = "org-landstinget";
  const REGION = "org-region";
  const indicator = {
    stableKey: "i1",
    position: 0,
    name: "Andel elever som röker",
    unit: "%",
    baseline: "30 %",
    baselineYear: 2017,
    target: "30 %",
    targetYear: 2021,
    dataSource: "CAN",
  };

  it("a partner added to an action is affected, and the summary says it became a partner", () => {
    const before = version({ fa1: [item("a")] });
    const after = version({ fa1: [item("a", { organisations: [{ organisationId: NYKOPING, role: "RESPONSIBLE", lead: true }, { organisationId: FLEN, role: "PARTNER", lead: null }] })] });
    const diff = diffVersions(before, after);
    expect(diff.organisationsAffected).toEqual([FLEN]);
    expect(diff.organisationChanges).toEqual([{ organisationId: FLEN, parts: [{ kind: "becamePartner", items: ["A"] }] }]);
  });

  it("a new responsible organisation and a new lead are named with the action's number", () => {
    const before = version({ fa1: [item("a")] });
    const after = version({
      fa1: [item("a", { organisations: [{ organisationId: NYKOPING, role: "RESPONSIBLE", lead: null }, { organisationId: FLEN, role: "RESPONSIBLE", lead: true }] })],
    });
    const changes = diffVersions(before, after).organisationChanges;
    expect(changes).toEqual(
      [
        { organisationId: FLEN, parts: [{ kind: "becameResponsible", items: ["A"] }, { kind: "becameLead", items: ["A"] }] },
        { organisationId: NYKOPING, parts: [{ kind: "noLongerLead", items: ["A"] }] },
      ].sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
    );
  });

  it("an indicator's target moving from 30 % to 27 % affects the responsible organisation, with old and new value", () => {
    const before = version({ fa1: [item("a", { indicators: [indicator] })] });
    const after = version({ fa1: [item("a", { indicators: [{ ...indicator, target: "27 %" }] })] });
    expect(diffVersions(before, after).organisationChanges).toEqual([
      {
        organisationId: NYKOPING,
        parts: [{ kind: "indicatorValue", item: "A", indicator: indicator.name, value: "target", before: { value: "30 %", year: 2021 }, after: { value: "27 %", year: 2021 } }],
      },
    ]);
  });

  it("a changed baseline year counts, a renumbered or moved action does not", () => {
    const before = version({ fa1: [item("a", { indicators: [indicator] }), item("b")], fa2: [] });
    const after = version({ fa1: [item("a", { indicators: [{ ...indicator, baselineYear: 2021 }] })], fa2: [item("b", { number: "X" })] });
    const diff = diffVersions(before, after);
    expect(diff.organisationChanges).toEqual([
      {
        organisationId: NYKOPING,
        parts: [{ kind: "indicatorValue", item: "A", indicator: indicator.name, value: "baseline", before: { value: "30 %", year: 2017 }, after: { value: "30 %", year: 2021 } }],
      },
    ]);
  });

  it("field changes are grouped per field, partners of a changed action are not affected", () => {
    const partner = { organisationId: FLEN, role: "PARTNER", lead: null };
    const organisations = [{ organisationId: NYKOPING, role: "RESPONSIBLE", lead: true }, partner];
    const before = version({ fa1: [item("a", { organisations }), item("b", { organisations })] });
    const after = version({ fa1: [item("a", { organisations, title: "Ny" }), item("b", { organisations, title: "Ny", followUpText: "Ny uppföljning" })] });
    expect(diffVersions(before, after).organisationChanges).toEqual([
      {
        organisationId: NYKOPING,
        parts: [
          { kind: "fieldChanged", field: "title", items: ["A", "B"] },
          { kind: "fieldChanged", field: "followUpText", items: ["B"] },
        ],
      },
    ]);
  });

  it("a wound-up organisation replaced by its successor is shown as replaced, and only the successor is affected", () => {
    const before = version({
      fa1: [item("a", { organisations: [{ organisationId: LANDSTINGET, role: "RESPONSIBLE", lead: true }, { organisationId: NYKOPING, role: "RESPONSIBLE", lead: null }] })],
    });
    const after = version({
      fa1: [item("a", { organisations: [{ organisationId: REGION, role: "RESPONSIBLE", lead: true }, { organisationId: NYKOPING, role: "RESPONSIBLE", lead: null }] })],
    });
    const diff = diffVersions(before, after, { successorOf: new Map([[LANDSTINGET, REGION]]) });
    const [change] = diff.items;
    if (change?.kind !== "changed") throw new Error("expected a changed item");
    expect(change.responsibility).toEqual({ added: [], removed: [], roleChanged: [], lead: null, replaced: [{ before: LANDSTINGET, after: REGION, role: "RESPONSIBLE" }] });
    expect(diff.organisationChanges).toEqual([{ organisationId: REGION, parts: [{ kind: "succeeded", predecessorId: LANDSTINGET, items: ["A"] }] }]);
    expect(diff.organisationsAffected).not.toContain(LANDSTINGET);
  });

  it("a wound-up organisation responsible for a removed action is never affected", () => {
    const before = version({ fa1: [item("a", { organisations: [{ organisationId: LANDSTINGET, role: "RESPONSIBLE", lead: true }] })] });
    const after = version({ fa1: [] });
    expect(diffVersions(before, after, { successorOf: new Map([[LANDSTINGET, REGION]]) }).organisationsAffected).toEqual([]);
    expect(diffVersions(before, after).organisationsAffected).toEqual([LANDSTINGET]);
  });
});

describe("diffForOrganisation", () => {
  it("keeps only the changes that involve the organisation, before or after", () => {
    const before = version({
      fa1: [item("a"), item("b", { organisations: [{ organisationId: ESKILSTUNA, role: "RESPONSIBLE", lead: true }] })],
    });
    const after = version({
      fa1: [
        item("a", { title: "Ändrad" }),
        item("b", { title: "Ändrad", organisations: [{ organisationId: ESKILSTUNA, role: "RESPONSIBLE", lead: true }] }),
        item("c", { organisations: [{ organisationId: POLICE, role: "RESPONSIBLE", lead: true }, { organisationId: NYKOPING, role: "PARTNER", lead: null }] }),
      ],
    });
    const diff = diffVersions(before, after);
    expect(diffForOrganisation(diff, NYKOPING).map((d) => d.item.stableKey)).toEqual(["a", "c"]);
    expect(diffForOrganisation(diff, ESKILSTUNA).map((d) => d.item.stableKey)).toEqual(["b"]);
    expect(diffForOrganisation(diff, "someone-else")).toEqual([]);
  });
});
