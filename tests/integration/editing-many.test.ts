// Editing many actions on the content page (issue 13): "Lägg till åtgärd" inline, numbers that
// follow position after add, move and delete (unless automatic numbering is off), "Flytta till …"
// in one step with compare-and-set, and who may do it. Through the server actions as the browser
// calls them; only the session is mocked.
import { describe, expect, test } from "vitest";
import {
  deleteActionItemAction,
  moveActionItemAction,
  moveActionItemToAction,
  quickCreateActionItemAction,
  setAutoNumberingAction,
} from "@/lib/action-items/actions";
import { renumberVersionItems } from "@/lib/action-items/mutations";
import { moveTargetValue } from "@/lib/action-items/schema";
import { idleFormState } from "@/lib/actions/form-state";
import { moveFocusAreaAction } from "@/lib/focus-areas/actions";
import { testDb as db } from "./db.ts";
import { createEditorWorld, outsiders, tableDigests, toFormData, type EditorWorld } from "./editor-world.ts";
import { signInAs } from "./session.ts";
import { redirectOf } from "./versions-support.ts";

function outcome(state: { status: string; code?: string }): string {
  return state.status === "error" ? (state.code ?? "?") : state.status;
}

/** "number title" of every action of the version, in the page's order (focus area, then position). */
async function numbering(versionId: string): Promise<string[]> {
  const rows = await db.actionItem.findMany({
    where: { versionId },
    orderBy: [{ focusArea: { position: "asc" } }, { position: "asc" }],
    select: { number: true, title: true, position: true },
  });
  return rows.map((row) => `${row.number} ${row.title}`);
}

function quickForm(world: EditorWorld, focusAreaId: string, title: string, extra: Record<string, string> = {}) {
  return toFormData({
    focusAreaId,
    title,
    lead: world.organisations.board.id,
    timeframeKind: "YEARS",
    startYear: "2026",
    endYear: "2027",
    enhanced: "1",
    ...extra,
  });
}

function moveForm(item: { id: string; focusAreaId: string; position: number }, targetFocusAreaId: string, targetPosition: number) {
  return toFormData({
    itemId: item.id,
    fromFocusAreaId: item.focusAreaId,
    fromPosition: String(item.position),
    target: moveTargetValue(targetFocusAreaId, targetPosition),
  });
}

/** Every new action of this section with valid input, as the browser posts it. */
function validCalls(world: EditorWorld): [string, () => Promise<{ status: string; code?: string }>][] {
  return [
    ["add an action inline", () => quickCreateActionItemAction(idleFormState, quickForm(world, world.areas.first.id, "Ny"))],
    ["move an action to another place", () => moveActionItemToAction(idleFormState, moveForm(world.items.item, world.areas.second.id, 0))],
    ["turn automatic numbering off", () => setAutoNumberingAction(idleFormState, toFormData({ versionId: world.version.id, enhanced: "1" }))],
  ];
}

describe("who may add, move and renumber", () => {
  test("outsiders (another county's coordinator, a signatory, a member, a visitor) are refused and no row changes", async () => {
    const world = await createEditorWorld();
    const before = await tableDigests();
    const outcomes: string[] = [];
    for (const [who, user] of outsiders(world)) {
      signInAs(user);
      for (const [what, call] of validCalls(world)) outcomes.push(`${who} / ${what}: ${outcome(await call())}`);
    }
    expect(outcomes).toEqual(
      outsiders(world).flatMap(([who, user]) =>
        validCalls(world).map(([what]) => `${who} / ${what}: ${user === null ? "UNAUTHENTICATED" : "FORBIDDEN"}`),
      ),
    );
    expect(await tableDigests()).toEqual(before);
  });

  test.each(["CONSULTATION", "ENDORSEMENT", "PUBLISHED"] as const)(
    "in a %s version the coordinator is refused with INVALID_TRANSITION and no row changes",
    async (status) => {
      const world = await createEditorWorld({ status });
      signInAs(world.people.coordinator);
      const before = await tableDigests();
      const outcomes: string[] = [];
      for (const [what, call] of validCalls(world)) outcomes.push(`${what}: ${outcome(await call())}`);
      expect(outcomes).toEqual(validCalls(world).map(([what]) => `${what}: INVALID_TRANSITION`));
      expect(await tableDigests()).toEqual(before);
    },
  );

  test("the county's coordinator may do each of them", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    for (const [what, call] of validCalls(world)) expect(`${what}: ${outcome(await call())}`).toBe(`${what}: success`);
  });

  test("an inline action without a title or lead is refused beside its field and writes nothing", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const result = await quickCreateActionItemAction(
      idleFormState,
      quickForm(world, world.areas.first.id, "  ", { lead: "", startYear: "2027", endYear: "2026" }),
    );
    expect(result.status === "error" ? result.fieldErrors : {}).toMatchObject({
      title: ["required"],
      lead: ["leadRequired"],
      endYear: ["endBeforeStart"],
    });
    expect(result.status === "error" ? result.values["startYear"] : "").toBe("2027");
    expect(await tableDigests()).toEqual(before);
  });

  test("an inline action may not name another county's organisation as lead", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const result = await quickCreateActionItemAction(
      idleFormState,
      quickForm(world, world.areas.first.id, "Ny", { lead: world.organisations.foreignOrganisation.id }),
    );
    expect(outcome(result)).toBe("VALIDATION");
    expect(await tableDigests()).toEqual(before);
  });
});

describe("numbers follow position", () => {
  test("three actions added one after the other are numbered 1.3, 1.4, 1.5 with the lead and timeframe given", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const numbers: string[] = [];
    for (const title of ["Första", "Andra", "Tredje"]) {
      const result = await quickCreateActionItemAction(idleFormState, quickForm(world, world.areas.first.id, title, { next: "1" }));
      if (result.status !== "success") throw new Error(JSON.stringify(result));
      numbers.push(`${result.data.values["number"]} ${result.data.title}`);
    }
    expect(numbers).toEqual(["1.3 Första", "1.4 Andra", "1.5 Tredje"]);
    const added = await db.actionItem.findFirstOrThrow({
      where: { versionId: world.version.id, title: "Andra" },
      include: { organisations: true },
    });
    expect(added).toMatchObject({ timeframeKind: "YEARS", startYear: 2026, endYear: 2027, description: "", position: 3 });
    expect(added.organisations).toEqual([expect.objectContaining({ organisationId: world.organisations.board.id, role: "RESPONSIBLE", lead: true })]);
    expect(await db.auditEvent.count({ where: { action: "actionItem.create", programmeId: world.programme.id } })).toBe(3);
  });

  test("moving an action to another focus area in one step renumbers both areas and reports both numbers", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const result = await moveActionItemToAction(idleFormState, moveForm(world.items.item, world.areas.second.id, 0));
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    expect(result.data).toMatchObject({ fromNumber: "1.1", number: "2.1", place: 1, stableKey: world.items.item.stableKey });
    expect(await numbering(world.version.id)).toEqual(["1.1 Åtgärd 1.2", "2.1 Åtgärd 1.1", "2.2 Åtgärd 2.1"]);
    const moved = await db.actionItem.findUniqueOrThrow({ where: { id: world.items.item.id } });
    expect(moved).toMatchObject({ stableKey: world.items.item.stableKey, revision: world.items.item.revision });
  });

  test("moving an action to a later place in its own focus area", async () => {
    const world = await createEditorWorld({ focusAreas: [{ items: [{}, {}, {}, {}] }, { items: [{}] }, { items: [] }] });
    signInAs(world.people.coordinator);
    const result = await moveActionItemToAction(idleFormState, moveForm(world.items.item, world.areas.first.id, 2));
    expect(result.status === "success" ? result.data : null).toMatchObject({ fromNumber: "1.1", number: "1.3" });
    expect(await numbering(world.version.id)).toEqual(["1.1 Åtgärd 1.2", "1.2 Åtgärd 1.3", "1.3 Åtgärd 1.1", "1.4 Åtgärd 1.4", "2.1 Åtgärd 2.1"]);
  });

  test("deleting and moving one step renumber too, and so does moving a focus area", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    expect(outcome(await deleteActionItemAction(idleFormState, toFormData({ itemId: world.items.item.id, revision: "0" })))).toBe("success");
    expect(await numbering(world.version.id)).toEqual(["1.1 Åtgärd 1.2", "2.1 Åtgärd 2.1"]);
    await quickCreateActionItemAction(idleFormState, quickForm(world, world.areas.first.id, "Ny"));
    expect(outcome(await moveActionItemAction(idleFormState, toFormData({ itemId: world.items.secondItem.id, direction: "down" })))).toBe("success");
    expect(await numbering(world.version.id)).toEqual(["1.1 Ny", "1.2 Åtgärd 1.2", "2.1 Åtgärd 2.1"]);
    expect(outcome(await moveFocusAreaAction(idleFormState, toFormData({ focusAreaId: world.areas.second.id, direction: "up" })))).toBe("success");
    const rows = await db.actionItem.findMany({ where: { versionId: world.version.id }, orderBy: { number: "asc" }, select: { number: true, title: true } });
    expect(rows.map((row) => `${row.number} ${row.title}`)).toEqual(["1.1 Åtgärd 2.1", "2.1 Ny", "2.2 Åtgärd 1.2"]);
  });

  test("with automatic numbering off numbers stay as written; turning it on renumbers at once", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    await db.actionItem.update({ where: { id: world.items.item.id }, data: { number: "A" } });
    expect(outcome(await setAutoNumberingAction(idleFormState, toFormData({ versionId: world.version.id, enhanced: "1" })))).toBe("success");
    expect(await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } })).toMatchObject({ autoNumbering: false });

    const added = await quickCreateActionItemAction(idleFormState, quickForm(world, world.areas.second.id, "Ny"));
    expect(added.status === "success" ? added.data.values["number"] : "").toBe("2.2");
    await moveActionItemToAction(idleFormState, moveForm(world.items.item, world.areas.second.id, 0));
    expect(await numbering(world.version.id)).toEqual(["1.2 Åtgärd 1.2", "A Åtgärd 1.1", "2.1 Åtgärd 2.1", "2.2 Ny"]);

    const on = await setAutoNumberingAction(idleFormState, toFormData({ versionId: world.version.id, autoNumbering: "on", enhanced: "1" }));
    expect(on.status === "success" ? on.data.renumbered : -1).toBe(4);
    expect(await numbering(world.version.id)).toEqual(["1.1 Åtgärd 1.2", "2.1 Åtgärd 1.1", "2.2 Åtgärd 2.1", "2.3 Ny"]);
    expect(await db.auditEvent.count({ where: { action: "version.setAutoNumbering", entityId: world.version.id } })).toBe(2);
  });

  test("renumbering leaves a version that is no longer a draft alone", async () => {
    const world = await createEditorWorld({ status: "PUBLISHED" });
    await db.$transaction(async (tx) => {
      expect(await renumberVersionItems(tx, world.version.id)).toBe(0);
    });
  });
});

describe("moving with a stale page", () => {
  test("a move from where the action no longer is gets CONFLICT and changes nothing", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const stale = moveForm(world.items.secondItem, world.areas.second.id, 0);
    // Someone else moves the first action down: the second one is now at position 0.
    await moveActionItemAction(idleFormState, toFormData({ itemId: world.items.item.id, direction: "down" }));
    const before = await tableDigests();
    expect(outcome(await moveActionItemToAction(idleFormState, stale))).toBe("CONFLICT");
    expect(await tableDigests()).toEqual(before);
  });

  test("a move to a focus area of another version is refused beside the menu and changes nothing", async () => {
    const world = await createEditorWorld();
    const other = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const result = await moveActionItemToAction(idleFormState, moveForm(world.items.item, other.areas.first.id, 0));
    expect(result.status === "error" ? [result.code, result.fieldErrors["target"]] : result.status).toEqual(["VALIDATION", ["unknownFocusArea"]]);
    expect(await tableDigests()).toEqual(before);
  });
});

describe("without JavaScript the coordinator lands where they were", () => {
  test("'Spara' goes to the new action's row, 'Spara och lägg till nästa' back to the same form", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const page = `/arbetsyta/program/${world.programme.id}/version/1/innehall`;
    const saved = await redirectOf(quickCreateActionItemAction(idleFormState, quickForm(world, world.areas.first.id, "Utan skript", { enhanced: "" })));
    const first = await db.actionItem.findFirstOrThrow({ where: { title: "Utan skript" } });
    expect(saved).toBe(`${page}?tillagd=${first.stableKey}#atgard-${first.stableKey}`);
    const next = await redirectOf(
      quickCreateActionItemAction(idleFormState, quickForm(world, world.areas.first.id, "Nästa utan skript", { enhanced: "", next: "1" })),
    );
    const second = await db.actionItem.findFirstOrThrow({ where: { title: "Nästa utan skript" } });
    expect(next).toBe(`${page}?tillagd=${second.stableKey}&ny=${world.areas.first.id}#ny-atgard-${world.areas.first.id}`);
    expect(await redirectOf(setAutoNumberingAction(idleFormState, toFormData({ versionId: world.version.id })))).toBe(`${page}#numrering`);
  });
});
