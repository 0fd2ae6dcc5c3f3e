// Spreadsheet import (issue 13) against real Postgres: the export → import round trip changes
// nothing, an import with problems writes nothing until they are resolved, a stale preview gets
// CONFLICT, the wrong county / role / state is refused with 0 rows changed, and every bad file is
// refused with its own reason. The template is written here with exceljs from the version's data,
// following the layout of the project's export (notes: XLSX-TEMPLATE.md).
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { updateActionItem } from "@/lib/action-items/mutations";
import { updateActionItemSchema } from "@/lib/action-items/schema";
import { idleFormState } from "@/lib/actions/form-state";
import { findImportDraft, findVersionSnapshot, listImportOrganisations } from "@/lib/imports/data";
import { applyImportAction, resolveImportAction, uploadImportAction } from "@/lib/imports/actions";
import { applyImportDraft, createImportDraft, resolveImportDraft, type ImportActorScope } from "@/lib/imports/mutations";
import { planImport } from "@/lib/imports/plan";
import { formatTimeframe } from "@/lib/imports/timeframe";
import { isAppError } from "@/lib/errors/app-error";
import { loadWorkspaceActionsXlsx } from "@/lib/programmes/loaders";
import { setVersionStatus } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { createEditorWorld, itemFormValues, outsiders, tableDigests, toFormData, type EditorWorld } from "./editor-world.ts";
import { signInAs } from "./session.ts";

const now = () => new Date();

function scopeOf(world: EditorWorld, user = world.people.coordinator): ImportActorScope {
  return { userId: user.id, actorEmail: user.email, countyIds: [world.county.id] };
}

const templateHeader = [
  "Fokusområde",
  "Nr",
  "Åtgärd",
  "Beskrivning",
  "Ansvarig",
  "Samverkanspartner",
  "Tidsplan",
  "Uppföljning",
  "Indikator",
  "Enhet",
  "Utgångsläge år",
  "Utgångsläge",
  "Målvärde år",
  "Målvärde",
  "Datakälla",
  "Nyckel",
];

/** The version as the export writes it (one row per action, further indicators on rows of their own). */
async function templateXlsx(versionId: string): Promise<Uint8Array> {
  const areas = await db.focusArea.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    include: {
      items: {
        orderBy: { position: "asc" },
        include: { organisations: { include: { organisation: true }, orderBy: [{ lead: "asc" }] }, indicators: { orderBy: { position: "asc" } } },
      },
    },
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Åtgärder");
  sheet.addRow(templateHeader);
  areas.forEach((area, areaIndex) => {
    for (const item of area.items) {
      const responsible = item.organisations.filter((o) => o.role === "RESPONSIBLE").sort((a, b) => Number(b.lead === true) - Number(a.lead === true));
      const partners = item.organisations.filter((o) => o.role === "PARTNER");
      const timeframe = formatTimeframe({
        timeframeKind: item.timeframeKind,
        startYear: item.startYear,
        endYear: item.endYear,
        startDate: item.startDate?.toISOString().slice(0, 10) ?? null,
        endDate: item.endDate?.toISOString().slice(0, 10) ?? null,
      });
      const indicatorCells = (index: number) => {
        const indicator = item.indicators[index];
        if (indicator === undefined) return ["", "", null, "", null, "", ""];
        const numeric = (text: string) => (/^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : text);
        return [indicator.name, indicator.unit, indicator.baselineYear, numeric(indicator.baseline), indicator.targetYear, numeric(indicator.target), indicator.dataSource];
      };
      sheet.addRow([
        `${areaIndex + 1}. ${area.title}`,
        item.number,
        item.title,
        item.description,
        responsible.map((o) => o.organisation.name).join("; "),
        partners.map((o) => o.organisation.name).join("; "),
        timeframe,
        item.followUpText,
        ...indicatorCells(0),
        item.stableKey,
      ]);
      for (let index = 1; index < item.indicators.length; index++) {
        sheet.addRow(["", item.number, "", "", "", "", "", "", ...indicatorCells(index), item.stableKey]);
      }
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function csvBytes(text: string): Promise<Uint8Array> {
  return new TextEncoder().encode(text);
}

async function planOf(world: EditorWorld, draftId: string) {
  const draft = await findImportDraft(scopeOf(world), { draftId }, now());
  if (draft === null) throw new Error("no draft");
  const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
  const snapshot = await findVersionSnapshot(version);
  return { draft, plan: planImport({ parsed: draft.parsed, snapshot, organisations: await listImportOrganisations(world.county.id), resolutions: draft.resolutions }) };
}

async function codeOf(operation: Promise<unknown>): Promise<string> {
  try {
    await operation;
    return "resolved";
  } catch (error) {
    return isAppError(error) ? error.code : String(error);
  }
}

describe("the round trip", () => {
  test("export → import unchanged → 0 changes, matched by key", async () => {
    const world = await createEditorWorld({ focusAreas: [{ items: [{ indicators: 2 }, { indicators: 0 }] }, { items: [{}] }, { items: [], goalIds: [] }] });
    // Richer content than the factory writes: years, dates, text with line breaks, a decimal
    // baseline stored with a point, a partner and a second responsible organisation.
    const { item, secondItem } = world.items;
    await db.actionItem.update({ where: { id: item.id }, data: { description: "Rad ett\nRad två", timeframeKind: "YEARS", startYear: 2026, endYear: 2029, followUpText: "Årligen" } });
    await db.actionItem.update({ where: { id: secondItem.id }, data: { timeframeKind: "DATES", startDate: new Date("2026-01-01"), endDate: new Date("2026-06-30") } });
    await db.indicator.updateMany({ where: { itemId: item.id, position: 0 }, data: { baseline: "61.9", baselineYear: 2023, targetYear: 2029 } });
    await db.actionItemOrganisation.createMany({
      data: [
        { itemId: item.id, organisationId: world.organisations.municipality.id, role: "RESPONSIBLE", lead: null },
        { itemId: item.id, organisationId: world.organisations.agency.id, role: "PARTNER", lead: null },
      ],
    });
    const uploaded = await createImportDraft(scopeOf(world), { versionId: world.version.id, filename: "export.xlsx", bytes: await templateXlsx(world.version.id) }, now());
    const { draft, plan } = await planOf(world, uploaded.draftId);
    expect(plan.rows.map((row) => [row.outcome, row.match?.by])).toEqual([
      ["unchanged", "key"],
      ["unchanged", "key"],
      ["unchanged", "key"],
    ]);
    expect(plan.unresolved).toBe(0);
    const before = await tableDigests();
    const outcome = await applyImportDraft(scopeOf(world), { draftId: draft.id, revision: draft.revision, stamp: plan.stamp }, now());
    expect(outcome).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 0, focusAreasCreated: 0 });
    expect(await tableDigests()).toEqual(before);
  });

  test("an edited export updates, creates and moves in one transaction with one audit row per action", async () => {
    const world = await createEditorWorld();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await templateXlsx(world.version.id)).buffer);
    const sheet = workbook.getWorksheet("Åtgärder");
    if (sheet === undefined) throw new Error("no sheet");
    sheet.getCell("C2").value = "Ändrad i Excel";
    sheet.getCell("P2").value = null; // matched by Nr instead
    sheet.addRow(["3. Nytt område", "", "Helt ny åtgärd", "", "Testby kommun; Polisområde Testlän", "Testmyndigheten", "2026–2027"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const auditBefore = await db.auditEvent.count();
    const uploaded = await createImportDraft(scopeOf(world), { versionId: world.version.id, filename: "ändrad.xlsx", bytes }, now());
    const { draft, plan } = await planOf(world, uploaded.draftId);
    expect(plan.newFocusAreas).toEqual(["Nytt område"]);
    const outcome = await applyImportDraft(scopeOf(world), { draftId: draft.id, revision: draft.revision, stamp: plan.stamp }, now());
    expect(outcome).toMatchObject({ created: 1, updated: 1, unchanged: 2, focusAreasCreated: 1 });
    const item = await db.actionItem.findUniqueOrThrow({ where: { id: world.items.item.id } });
    expect([item.title, item.revision]).toEqual(["Ändrad i Excel", world.items.item.revision + 1]);
    const created = await db.actionItem.findFirstOrThrow({
      where: { versionId: world.version.id, title: "Helt ny åtgärd" },
      include: { organisations: { include: { organisation: true } }, focusArea: true },
    });
    expect(created).toMatchObject({ number: "4.1", timeframeKind: "YEARS", startYear: 2026, endYear: 2027 });
    expect(created.focusArea.title).toBe("Nytt område");
    expect(created.organisations.map((o) => [o.organisation.name, o.role, o.lead]).sort()).toEqual([
      ["Polisområde Testlän", "RESPONSIBLE", null],
      ["Testby kommun", "RESPONSIBLE", true],
      ["Testmyndigheten", "PARTNER", null],
    ]);
    const audit = await db.auditEvent.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "asc" }, skip: auditBefore });
    expect(audit.map((event) => event.action).sort()).toEqual(["actionItem.create", "actionItem.update", "focusArea.create"]);
  });
});

describe("numbers after an import", () => {
  test.each([
    [true, "1.3"],
    [false, "9.9"],
  ])("with automatic numbering %s a new action numbered 9.9 in the first focus area becomes %s", async (autoNumbering, expected) => {
    const world = await createEditorWorld();
    await db.programmeVersion.update({ where: { id: world.version.id }, data: { autoNumbering } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await templateXlsx(world.version.id)).buffer);
    const sheet = workbook.getWorksheet("Åtgärder");
    if (sheet === undefined) throw new Error("no sheet");
    const firstArea = sheet.getCell("A2").text;
    sheet.addRow([firstArea, "9.9", "Numreras av läget", "", "Testby kommun", "", "2026"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const uploaded = await createImportDraft(scopeOf(world), { versionId: world.version.id, filename: "ny.xlsx", bytes }, now());
    const { draft, plan } = await planOf(world, uploaded.draftId);
    await applyImportDraft(scopeOf(world), { draftId: draft.id, revision: draft.revision, stamp: plan.stamp }, now());
    const created = await db.actionItem.findFirstOrThrow({ where: { versionId: world.version.id, title: "Numreras av läget" } });
    expect(created.number).toBe(expected);
  });
});

describe("the workspace's own Excel export", () => {
  test("a draft exported with 'Exportera som Excel' imports back unchanged: 0 changes", async () => {
    const world = await createEditorWorld({ focusAreas: [{ items: [{ indicators: 2 }, { indicators: 0 }] }, { items: [{}] }, { items: [], goalIds: [] }] });
    await db.actionItem.update({ where: { id: world.items.item.id }, data: { description: "Rad ett\nRad två", timeframeKind: "YEARS", startYear: 2026, endYear: 2029 } });
    await db.actionItemOrganisation.create({ data: { itemId: world.items.item.id, organisationId: world.organisations.agency.id, role: "PARTNER", lead: null } });
    const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
    signInAs(world.people.coordinator);
    const file = await loadWorkspaceActionsXlsx(version.programmeId, version.number);
    if (file === null) throw new Error("the coordinator got no export");
    expect(file.filename).toMatch(new RegExp(`-version-${version.number}-atgarder\\.xlsx$`));
    const uploaded = await createImportDraft(scopeOf(world), { versionId: world.version.id, filename: file.filename, bytes: file.body }, now());
    const { draft, plan } = await planOf(world, uploaded.draftId);
    expect(plan.rows.map((row) => row.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    const before = await tableDigests();
    const outcome = await applyImportDraft(scopeOf(world), { draftId: draft.id, revision: draft.revision, stamp: plan.stamp }, now());
    expect(outcome).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await tableDigests()).toEqual(before);
  });

  test("only the county's coordinators may download a draft's export", async () => {
    const world = await createEditorWorld();
    const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
    for (const [, user] of outsiders(world)) {
      signInAs(user);
      expect(await loadWorkspaceActionsXlsx(version.programmeId, version.number)).toBeNull();
    }
  });
});

describe("problems", () => {
  test("an import with problems writes nothing until they are resolved", async () => {
    const world = await createEditorWorld();
    const csv = "Åtgärdsprogram\n\nNr;Åtgärd;Ansvarig;Tidsplan\n1. Fokusområde 1\n;Ny åtgärd;Studieförbund;2026, 2028\n";
    const uploaded = await createImportDraft(scopeOf(world), { versionId: world.version.id, filename: "län.csv", bytes: await csvBytes(csv) }, now());
    let { draft, plan } = await planOf(world, uploaded.draftId);
    expect(plan.rows[0]?.problems.map((p) => [p.rowNumber, p.column, p.kind, p.value])).toEqual([
      [5, "Ansvarig", "unknownOrganisation", "Studieförbund"],
      [5, "Tidsplan", "ambiguousTimeframe", "2026, 2028"],
    ]);
    const before = await tableDigests();
    expect(await codeOf(applyImportDraft(scopeOf(world), { draftId: draft.id, revision: draft.revision, stamp: plan.stamp }, now()))).toBe("VALIDATION");
    expect(await tableDigests()).toEqual(before);

    signInAs(world.people.coordinator);
    const resolved = await resolveImportAction(
      idleFormState,
      toFormData({ draftId: draft.id, revision: String(draft.revision), "choice:r5:responsible:0": world.organisations.municipality.id, "choice:r5:timeframe": "YEARS:2026:2028" }),
    );
    expect(resolved.status).toBe("success");
    ({ draft, plan } = await planOf(world, uploaded.draftId));
    expect(plan.unresolved).toBe(0);
    expect(await tableDigests()).toEqual(before);
    const applied = await applyImportAction(idleFormState, toFormData({ draftId: draft.id, revision: String(draft.revision), stamp: plan.stamp }));
    expect(applied).toMatchObject({ status: "success", data: { created: 1, skipped: 0 } });
    const created = await db.actionItem.findFirstOrThrow({ where: { versionId: world.version.id, title: "Ny åtgärd" } });
    expect([created.focusAreaId, created.number, created.startYear, created.endYear]).toEqual([world.areas.first.id, "1.3", 2026, 2028]);
  });

  test("a stale preview gets CONFLICT and writes nothing", async () => {
    const world = await createEditorWorld();
    const uploaded = await createImportDraft(scopeOf(world), { versionId: world.version.id, filename: "export.xlsx", bytes: await templateXlsx(world.version.id) }, now());
    const { draft, plan } = await planOf(world, uploaded.draftId);
    // Someone saves an action after the preview was rendered.
    await updateActionItem({ actorId: world.people.secondCoordinator.id, actorEmail: null, countyIds: [world.county.id] }, updateActionItemSchema.parse(await itemFormValues(world.items.lonelyItem.id, { title: "Ändrad under tiden" })));
    const before = await tableDigests();
    signInAs(world.people.coordinator);
    const stale = await applyImportAction(idleFormState, toFormData({ draftId: draft.id, revision: String(draft.revision), stamp: plan.stamp }));
    expect(stale.status).toBe("conflict");
    expect(await tableDigests()).toEqual(before);
    // Choices changed in another window since the form was rendered: CONFLICT too.
    await resolveImportDraft(scopeOf(world), { draftId: draft.id, revision: draft.revision, resolutions: { choices: {}, skipped: [2] } }, now());
    const fresh = await planOf(world, uploaded.draftId);
    expect(await codeOf(applyImportDraft(scopeOf(world), { draftId: draft.id, revision: draft.revision, stamp: fresh.plan.stamp }, now()))).toBe("CONFLICT");
    // The fresh preview applies: the edited action is now "update" back to the file's title.
    const outcome = await applyImportDraft(scopeOf(world), { draftId: draft.id, revision: fresh.draft.revision, stamp: fresh.plan.stamp }, now());
    expect(outcome).toMatchObject({ skipped: 1 });
  });
});

describe("who may import, and when", () => {
  async function arrange() {
    const world = await createEditorWorld();
    const uploaded = await createImportDraft(scopeOf(world), { versionId: world.version.id, filename: "export.xlsx", bytes: await templateXlsx(world.version.id) }, now());
    const { draft, plan } = await planOf(world, uploaded.draftId);
    const file = new File([Buffer.from(await templateXlsx(world.version.id))], "export.xlsx");
    return { world, draft, plan, file };
  }

  const importRows = () => db.importDraft.count();

  test("outsiders are refused every import action and no row changes", async () => {
    const { world, draft, plan, file } = await arrange();
    const before = { digests: await tableDigests(), drafts: await importRows() };
    const outcomes: string[] = [];
    for (const [who, user] of outsiders(world)) {
      signInAs(user);
      const upload = await uploadImportAction(idleFormState, toFormDataWithFile({ versionId: world.version.id }, file));
      const resolve = await resolveImportAction(idleFormState, toFormData({ draftId: draft.id, revision: "0", skip: "2" }));
      const apply = await applyImportAction(idleFormState, toFormData({ draftId: draft.id, revision: "0", stamp: plan.stamp }));
      outcomes.push(`${who}: ${[upload, resolve, apply].map((s) => (s.status === "error" ? s.code : s.status)).join(",")}`);
    }
    expect(outcomes).toEqual(outsiders(world).map(([who, user]) => `${who}: ${user === null ? "UNAUTHENTICATED,UNAUTHENTICATED,UNAUTHENTICATED" : "FORBIDDEN,FORBIDDEN,FORBIDDEN"}`));
    expect({ digests: await tableDigests(), drafts: await importRows() }).toEqual(before);
  });

  test("another coordinator of the county cannot use someone else's draft", async () => {
    const { world, draft, plan } = await arrange();
    const before = await tableDigests();
    signInAs(world.people.secondCoordinator);
    const apply = await applyImportAction(idleFormState, toFormData({ draftId: draft.id, revision: "0", stamp: plan.stamp }));
    expect(apply).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await tableDigests()).toEqual(before);
  });

  test("a version that left DRAFT is refused: no upload, no apply, 0 rows", async () => {
    const { world, draft, plan, file } = await arrange();
    await setVersionStatus(db, world.version.id, "ENDORSEMENT");
    const before = { digests: await tableDigests(), drafts: await importRows() };
    signInAs(world.people.coordinator);
    const upload = await uploadImportAction(idleFormState, toFormDataWithFile({ versionId: world.version.id }, file));
    const apply = await applyImportAction(idleFormState, toFormData({ draftId: draft.id, revision: "0", stamp: plan.stamp }));
    expect([upload, apply].map((s) => (s.status === "error" ? s.code : s.status))).toEqual(["INVALID_TRANSITION", "INVALID_TRANSITION"]);
    expect({ digests: await tableDigests(), drafts: await importRows() }).toEqual(before);
  });
});

function toFormDataWithFile(values: Record<string, string>, file: File): FormData {
  const formData = toFormData(values);
  formData.append("file", file);
  return formData;
}

describe("bad files", () => {
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const manyRows = `Nr;Åtgärd;Ansvarig\n${Array.from({ length: 1001 }, (_, i) => `1.${i + 1};Åtgärd ${i + 1};Testby kommun`).join("\n")}\n`;
  const cases: [string, Uint8Array, string][] = [
    ["an empty file", new Uint8Array(), "empty"],
    ["a file of blank lines", new TextEncoder().encode("\n;;\n\n"), "empty"],
    ["a PDF", new TextEncoder().encode("%PDF-1.7\n1 0 obj\n"), "notSpreadsheet"],
    ["a zip that is no workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]), "notSpreadsheet"],
    ["an encrypted workbook", Uint8Array.from([...cfb, ...Buffer.from("EncryptionInfo", "utf16le")]), "encrypted"],
    ["a file over 5 MB", new Uint8Array(5 * 1024 * 1024 + 10).fill(0x41), "tooLarge"],
    ["over 1,000 rows", new TextEncoder().encode(manyRows), "tooManyRows"],
    ["no recognisable header", new TextEncoder().encode("Namn;Adress\nAnna;Storgatan 1\n"), "noHeader"],
  ];

  test("a form without a file is refused with 'choose a file'", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const state = await uploadImportAction(idleFormState, toFormDataWithFile({ versionId: world.version.id }, new File([], "")));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { file: ["noFile"] } });
    expect(await db.importDraft.count()).toBe(0);
  });

  test.each(cases)("%s is refused with its reason and nothing is written", async (_what, bytes, code) => {
    const world = await createEditorWorld();
    const before = { digests: await tableDigests(), drafts: await db.importDraft.count() };
    signInAs(world.people.coordinator);
    const state = await uploadImportAction(idleFormState, toFormDataWithFile({ versionId: world.version.id }, new File([Buffer.from(bytes)], "fil.xlsx")));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { file: [code] } });
    expect({ digests: await tableDigests(), drafts: await db.importDraft.count() }).toEqual(before);
  });
});
