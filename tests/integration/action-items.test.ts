// Action items of the content editor, through the server actions as the browser calls them (the
// session is the only thing mocked): authorization, frozen versions, compare-and-set under
// concurrency, validation, the audit row per change and moves between focus areas.
import { describe, expect, test } from "vitest";
import {
  createActionItemAction,
  deleteActionItemAction,
  moveActionItemAction,
  moveActionItemToFocusAreaAction,
  updateActionItemAction,
} from "@/lib/action-items/actions";
import { moveActionItemToFocusArea, updateActionItem } from "@/lib/action-items/mutations";
import { createFocusArea, deleteFocusArea } from "@/lib/focus-areas/mutations";
import { updateActionItemSchema } from "@/lib/action-items/schema";
import type { ItemFormState } from "@/lib/action-items/types";
import { idleFormState } from "@/lib/actions/form-state";
import { isAppError } from "@/lib/errors/app-error";
import { createProgrammeVersion } from "../factories/index.ts";
import { refusalOf, runAsOwner, testDb as db } from "./db.ts";
import {
  createEditorWorld,
  itemFormValues,
  newItemForm,
  outsiders,
  tableDigests,
  toFormData,
  type EditorWorld,
} from "./editor-world.ts";
import { signInAs } from "./session.ts";

function errorCode(state: { status: string; code?: string }): string {
  return state.status === "error" ? (state.code ?? "?") : state.status;
}

function fieldErrorsOf(state: ItemFormState): Partial<Record<string, string[]>> {
  return state.status === "error" ? state.fieldErrors : {};
}

/** Every action-item action with valid input for `world`, as the browser would post it. */
async function validCalls(world: EditorWorld): Promise<[string, () => Promise<{ status: string; code?: string }>][]> {
  const { item, secondItem } = world.items;
  const edited = toFormData(await itemFormValues(item.id, { title: "Ändrad rubrik" }));
  return [
    ["update an action", () => updateActionItemAction(idleFormState, edited)],
    ["add an action", () => createActionItemAction(idleFormState, toFormData(newItemForm(world, world.areas.first.id)))],
    ["delete an action", () => deleteActionItemAction(idleFormState, toFormData({ itemId: secondItem.id, revision: "0" }))],
    ["reorder an action", () => moveActionItemAction(idleFormState, toFormData({ itemId: item.id, direction: "down" }))],
    [
      "move an action to another focus area",
      () => moveActionItemToFocusAreaAction(idleFormState, toFormData({ itemId: item.id, targetFocusAreaId: world.areas.second.id })),
    ],
  ];
}

describe("who may edit action items", () => {
  test("every action-item action is refused for outsiders and changes no row", async () => {
    const world = await createEditorWorld();
    const calls = await validCalls(world);
    const before = await tableDigests();
    const outcomes: string[] = [];
    for (const [who, user] of outsiders(world)) {
      signInAs(user);
      for (const [what, call] of calls) outcomes.push(`${who} / ${what}: ${errorCode(await call())}`);
    }
    expect(outcomes).toEqual(
      outsiders(world).flatMap(([who, user]) =>
        calls.map(([what]) => `${who} / ${what}: ${user === null ? "UNAUTHENTICATED" : "FORBIDDEN"}`),
      ),
    );
    expect(await tableDigests()).toEqual(before);
  });

  test("the county's coordinator may do every one of them", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    for (const [what, call] of await validCalls(world)) {
      expect(`${what}: ${errorCode(await call())}`).toBe(`${what}: success`);
    }
  });
});

describe("frozen versions", () => {
  test.each(["ENDORSEMENT", "PUBLISHED", "WITHDRAWN", "CONSULTATION"] as const)(
    "editing the actions of a %s version is refused with INVALID_TRANSITION, even posted directly",
    async (status) => {
      const world = await createEditorWorld({ status });
      signInAs(world.people.coordinator);
      const before = await tableDigests();
      const outcomes = [];
      for (const [what, call] of await validCalls(world)) outcomes.push(`${what}: ${errorCode(await call())}`);
      expect(outcomes).toEqual((await validCalls(world)).map(([what]) => `${what}: INVALID_TRANSITION`));
      expect(await tableDigests()).toEqual(before);
    },
  );

  test("a version frozen after the form was opened refuses the save; the database trigger backs it up", async () => {
    const world = await createEditorWorld();
    const form = await itemFormValues(world.items.item.id, { title: "Skrivet medan versionen låstes" });
    await db.programmeVersion.update({ where: { id: world.version.id }, data: { status: "ENDORSEMENT" } });
    signInAs(world.people.coordinator);
    expect(errorCode(await updateActionItemAction(idleFormState, toFormData(form)))).toBe("INVALID_TRANSITION");
    // Straight to the database, the trigger refuses the same change (LP001).
    expect(await refusalOf(db.actionItem.update({ where: { id: world.items.item.id }, data: { title: "x" } }))).toBe("LP001");
  });
});

describe("never lose an edit", () => {
  test("50 concurrent saves of one action from the same revision: exactly one wins, 49 get CONFLICT with the current text", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const base = await itemFormValues(world.items.item.id);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        updateActionItemAction(idleFormState, toFormData({ ...base, title: `Version nummer ${index}` })),
      ),
    );
    const winners = results.filter((result) => result.status === "success");
    const conflicts = results.flatMap((result) => (result.status === "conflict" ? [result] : []));
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const stored = await db.actionItem.findUniqueOrThrow({ where: { id: world.items.item.id } });
    expect(stored.revision).toBe(1);
    expect(conflicts.every((c) => c.conflict.revision === 1 && c.conflict.current["title"] === stored.title)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "actionItem.update", entityId: stored.id } })).toBe(1);
  });

  test("two coordinators saving different actions at the same time both succeed", async () => {
    const world = await createEditorWorld();
    const scope = (user: { id: string; email: string }) => ({ actorId: user.id, actorEmail: user.email, countyIds: [world.county.id] });
    const first = updateActionItemSchema.parse(await itemFormValues(world.items.item.id, { title: "Första samordnarens text" }));
    const second = updateActionItemSchema.parse(await itemFormValues(world.items.lonelyItem.id, { title: "Andra samordnarens text" }));
    await Promise.all([
      updateActionItem(scope(world.people.coordinator), first),
      updateActionItem(scope(world.people.secondCoordinator), second),
    ]);
    const saved = await db.actionItem.findMany({
      where: { id: { in: [world.items.item.id, world.items.lonelyItem.id] } },
      select: { title: true, revision: true },
      orderBy: { title: "asc" },
    });
    expect(saved).toEqual([
      { title: "Andra samordnarens text", revision: 1 },
      { title: "Första samordnarens text", revision: 1 },
    ]);
    const actors = await db.auditEvent.findMany({ where: { action: "actionItem.update" }, select: { actorId: true } });
    expect(actors.map((a) => a.actorId).sort()).toEqual([world.people.coordinator.id, world.people.secondCoordinator.id].sort());
  });

  test("a stale save is refused with the current values, and succeeds from the revision it reports", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const opened = await itemFormValues(world.items.item.id);
    expect((await updateActionItemAction(idleFormState, toFormData({ ...opened, title: "Kollegans rubrik" }))).status).toBe("success");
    const stale = await updateActionItemAction(idleFormState, toFormData({ ...opened, title: "Min rubrik", description: "Min text" }));
    if (stale.status !== "conflict") throw new Error(`expected a conflict, got ${stale.status}`);
    expect(stale.values["title"]).toBe("Min rubrik");
    expect(stale.conflict.current["title"]).toBe("Kollegans rubrik");
    const retried = await updateActionItemAction(
      idleFormState,
      toFormData({ ...stale.values, revision: String(stale.conflict.revision) }),
    );
    expect(retried.status).toBe("success");
    const stored = await db.actionItem.findUniqueOrThrow({ where: { id: world.items.item.id } });
    expect([stored.title, stored.description, stored.revision]).toEqual(["Min rubrik", "Min text", 2]);
  });

  test("a save replaces organisations and indicators, keeps the stable keys of kept indicators and audits before/after", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const { board, police, agency } = world.organisations;
    const original = await db.indicator.findFirstOrThrow({ where: { itemId: world.items.item.id } });
    const form = await itemFormValues(world.items.item.id);
    const leadBefore = form["lead"] ?? "";
    const changed = {
      ...Object.fromEntries(Object.entries(form).filter(([name]) => !name.startsWith("role."))),
      [`role.${board.id}`]: "RESPONSIBLE",
      [`role.${police.id}`]: "RESPONSIBLE",
      [`role.${agency.id}`]: "PARTNER",
      lead: police.id,
      indicatorRows: `${original.stableKey},ny-rad`,
      [`indicator.${original.stableKey}.target`]: "10",
      "indicator.ny-rad.name": "Ny indikator",
    };
    const result = await updateActionItemAction(idleFormState, toFormData(changed));
    expect(result.status).toBe("success");
    const links = await db.actionItemOrganisation.findMany({ where: { itemId: world.items.item.id }, orderBy: { role: "asc" } });
    expect(links.map((l) => [l.organisationId, l.role, l.lead]).sort()).toEqual(
      [
        [board.id, "RESPONSIBLE", null],
        [police.id, "RESPONSIBLE", true],
        [agency.id, "PARTNER", null],
      ].sort(),
    );
    const indicators = await db.indicator.findMany({ where: { itemId: world.items.item.id }, orderBy: { position: "asc" } });
    expect(indicators.map((i) => [i.stableKey === original.stableKey, i.name, i.target])).toEqual([
      [true, original.name, "10"],
      [false, "Ny indikator", ""],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "actionItem.update" } });
    expect(audit).toMatchObject({ actorId: world.people.coordinator.id, countyId: world.county.id, programmeId: world.programme.id });
    expect(JSON.stringify(audit.before)).toContain(leadBefore);
    expect(JSON.stringify(audit.after)).toContain(police.id);
  });

  test("a save that changes only text writes no organisation or indicator row", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    // xmin changes whenever a row is written (or deleted and inserted again).
    const rowVersions = () =>
      db.$queryRaw<{ xmin: string }[]>`
        SELECT xmin::text AS xmin FROM action_item_organisation WHERE item_id = ${world.items.item.id}::uuid
        UNION ALL SELECT xmin::text FROM indicator WHERE item_id = ${world.items.item.id}::uuid ORDER BY 1`;
    const before = await rowVersions();
    const result = await updateActionItemAction(idleFormState, toFormData(await itemFormValues(world.items.item.id, { title: "Bara texten" })));
    expect(result.status).toBe("success");
    expect(await rowVersions()).toEqual(before);
  });

  test("the mutation the benchmark calls reports CONFLICT with details when the revision is stale", async () => {
    const world = await createEditorWorld();
    const scope = { actorId: world.people.coordinator.id, actorEmail: null, countyIds: [world.county.id] };
    const input = updateActionItemSchema.parse(await itemFormValues(world.items.item.id, { title: "Första" }));
    await updateActionItem(scope, input);
    const refusal = await updateActionItem(scope, { ...input, title: "Andra" }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isAppError(refusal) ? [refusal.code, refusal.details?.["revision"]] : refusal).toEqual(["CONFLICT", 1]);
  });
});

describe("one audit row per change, in the same transaction", () => {
  test("each action-item change writes exactly one audit row", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const counts: string[] = [];
    for (const [what, call] of await validCalls(world)) {
      const before = await db.auditEvent.count();
      expect((await call()).status).toBe("success");
      counts.push(`${what}: ${(await db.auditEvent.count()) - before}`);
    }
    expect(counts).toEqual((await validCalls(world)).map(([what]) => `${what}: 1`));
    expect((await db.auditEvent.findMany({ select: { action: true }, orderBy: { id: "asc" } })).map((e) => e.action)).toEqual([
      "actionItem.update",
      "actionItem.create",
      "actionItem.delete",
      "actionItem.reorder",
      "actionItem.move",
    ]);
  });

  test("when the audit row cannot be written, the change is not written either", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const calls = await validCalls(world);
    const before = await tableDigests();
    // Induced failure: the audit insert, the last statement of every change, is refused.
    // As the owner: the app's role, which the actions use, may not create triggers.
    await runAsOwner(`
      CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'induced audit failure'; END; $$;
      CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION test_refuse_audit();`);
    const quiet = console.error;
    console.error = () => undefined;
    try {
      for (const [what, call] of calls) expect(`${what}: ${errorCode(await call())}`).toBe(`${what}: UNEXPECTED`);
    } finally {
      console.error = quiet;
      await runAsOwner("DROP TRIGGER test_refuse_audit ON audit_event; DROP FUNCTION test_refuse_audit();");
    }
    expect(await tableDigests()).toEqual(before);
  });
});

describe("moving and ordering actions", () => {
  test("moving an action to another focus area keeps its stable key and revision and puts it last there", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const { item } = world.items;
    const result = await moveActionItemToFocusAreaAction(
      idleFormState,
      toFormData({ itemId: item.id, targetFocusAreaId: world.areas.second.id }),
    );
    expect(result.status).toBe("success");
    const moved = await db.actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect([moved.stableKey, moved.focusAreaId, moved.revision]).toEqual([item.stableKey, world.areas.second.id, 0]);
    const order = await db.actionItem.findMany({ where: { focusAreaId: world.areas.second.id }, orderBy: { position: "asc" } });
    expect(order.map((i) => i.id)).toEqual([world.items.lonelyItem.id, item.id]);
  });

  test("an action cannot be moved into a focus area of another version", async () => {
    const world = await createEditorWorld();
    const other = await createProgrammeVersion(db, { programmeId: world.programme.id });
    const foreignArea = other.focusAreas[0];
    if (!foreignArea) throw new Error("no focus area");
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const result = await moveActionItemToFocusAreaAction(
      idleFormState,
      toFormData({ itemId: world.items.item.id, targetFocusAreaId: foreignArea.id }),
    );
    expect(errorCode(result)).toBe("VALIDATION");
    expect(await tableDigests()).toEqual(before);
  });

  test("moving an action down and up again restores the order", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const order = async () =>
      (await db.actionItem.findMany({ where: { focusAreaId: world.areas.first.id }, orderBy: { position: "asc" } })).map((i) => i.id);
    const initial = await order();
    await moveActionItemAction(idleFormState, toFormData({ itemId: world.items.item.id, direction: "down" }));
    expect(await order()).toEqual([...initial].reverse());
    // Already last: nothing to do, nothing audited.
    const audits = await db.auditEvent.count();
    expect((await moveActionItemAction(idleFormState, toFormData({ itemId: world.items.item.id, direction: "down" }))).status).toBe("success");
    expect(await db.auditEvent.count()).toBe(audits);
    await moveActionItemAction(idleFormState, toFormData({ itemId: world.items.item.id, direction: "up" }));
    expect(await order()).toEqual(initial);
  });
});

describe("transactions and races", () => {
  test("given a transaction, a save runs inside it and rolls back with it", async () => {
    const world = await createEditorWorld();
    const scope = { actorId: world.people.coordinator.id, actorEmail: null, countyIds: [world.county.id] };
    const input = updateActionItemSchema.parse(await itemFormValues(world.items.item.id, { title: "Inom anroparens transaktion" }));
    const before = await tableDigests();
    const rolledBack = await db
      .$transaction(async (tx) => {
        const saved = await updateActionItem(scope, input, tx);
        expect(saved.revision).toBe(1);
        expect((await tx.actionItem.findUniqueOrThrow({ where: { id: world.items.item.id } })).title).toBe("Inom anroparens transaktion");
        throw new Error("the caller changes its mind");
      })
      .then(
        () => "committed",
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    expect(rolledBack).toBe("the caller changes its mind");
    expect(await tableDigests()).toEqual(before);
  });

  test("deleting an empty focus area while an action moves into it never deletes the action", async () => {
    const world = await createEditorWorld();
    const scope = { actorId: world.people.coordinator.id, actorEmail: null, countyIds: [world.county.id] };
    const { item } = world.items;
    const outcomes = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const area = await createFocusArea(scope, { versionId: world.version.id, title: `Tomt ${round}`, description: "", goalIds: [] });
      const [deleted, moved] = await Promise.allSettled([
        deleteFocusArea(scope, { focusAreaId: area.focusAreaId, revision: 0 }),
        moveActionItemToFocusArea(scope, { itemId: item.id, targetFocusAreaId: area.focusAreaId }),
      ]);
      const stored = await db.actionItem.findUnique({ where: { id: item.id } });
      const areaExists = (await db.focusArea.count({ where: { id: area.focusAreaId } })) === 1;
      expect(stored).not.toBeNull();
      // Either the move won (the area stays, holding the action) or the delete won (the action never arrived).
      if (moved.status === "fulfilled" && stored?.focusAreaId === area.focusAreaId) {
        expect([deleted.status, areaExists]).toEqual(["rejected", true]);
        outcomes.add("moved");
        await moveActionItemToFocusArea(scope, { itemId: item.id, targetFocusAreaId: world.areas.first.id });
      } else {
        expect([deleted.status, areaExists, stored?.focusAreaId]).toEqual(["fulfilled", false, world.areas.first.id]);
        outcomes.add("deleted");
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });
});

describe("validation: the server refuses what the form refuses, beside the same field", () => {
  async function refusal(world: EditorWorld, changes: Record<string, string | readonly string[]>, drop: readonly string[] = []) {
    const form: Record<string, string | readonly string[]> = { ...(await itemFormValues(world.items.item.id)), ...changes };
    for (const name of drop) delete form[name];
    const before = await tableDigests();
    const result = await updateActionItemAction(idleFormState, toFormData(form));
    expect(await tableDigests()).toEqual(before);
    return { code: errorCode(result), fieldErrors: fieldErrorsOf(result) };
  }

  test.each([
    ["an empty title", { title: "   " }, "title", "required"],
    ["a title of 501 characters", { title: "x".repeat(501) }, "title", "tooLong"],
    ["a title of 100 kB", { title: "å".repeat(100_000) }, "title", "tooLong"],
    ["an end year before the start year", { timeframeKind: "YEARS", startYear: "2025", endYear: "2023" }, "endYear", "endBeforeStart"],
    ["a start year that is no year", { timeframeKind: "YEARS", startYear: "20x5", endYear: "2026" }, "startYear", "invalidYear"],
    ["an end date before the start date", { timeframeKind: "DATES", startDate: "2024-06-30", endDate: "2024-01-01" }, "endDate", "endBeforeStart"],
    ["a date that does not exist", { timeframeKind: "DATES", startDate: "2024-02-30", endDate: "2024-03-01" }, "startDate", "invalidDate"],
    ["an indicator without a name", { indicatorRows: "ny", "indicator.ny.name": "" }, "indicator.ny.name", "required"],
  ] as const)("%s", async (_what, changes, field, code) => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const { code: resultCode, fieldErrors } = await refusal(world, changes);
    expect(resultCode).toBe("VALIDATION");
    expect(fieldErrors[field]).toContain(code);
  });

  test("no lead, two leads, a lead that is not responsible", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const { board, municipality } = world.organisations;
    const noLead = await refusal(world, {}, ["lead"]);
    expect(noLead.fieldErrors["lead"]).toEqual(["leadRequired"]);
    const twoLeads = await refusal(world, {
      [`role.${board.id}`]: "RESPONSIBLE",
      [`role.${municipality.id}`]: "RESPONSIBLE",
      lead: [board.id, municipality.id],
    });
    expect(twoLeads.fieldErrors["lead"]).toEqual(["leadMultiple"]);
    const partnerLead = await refusal(world, { [`role.${municipality.id}`]: "PARTNER", lead: municipality.id });
    expect(partnerLead.fieldErrors["lead"]).toEqual(["leadNotResponsible"]);
  });

  test("the same organisation both responsible and partner", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const { municipality } = world.organisations;
    const both = await refusal(world, { [`role.${municipality.id}`]: ["RESPONSIBLE", "PARTNER"] });
    expect(both.fieldErrors[`role.${municipality.id}`]).toEqual(["bothRoles"]);
  });

  test("a responsible organisation that does not exist, is inactive or belongs to another county (checked in the mutation)", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const { inactive, foreignOrganisation } = world.organisations;
    const missing = "00000000-0000-4000-8000-000000000000";
    const form = await itemFormValues(world.items.item.id);
    const lead = form["lead"] ?? "";
    for (const [organisationId, code] of [
      [missing, "unknownOrganisation"],
      [inactive.id, "inactiveOrganisation"],
      [foreignOrganisation.id, "unknownOrganisation"],
    ] as const) {
      const result = await refusal(world, { [`role.${organisationId}`]: "RESPONSIBLE", lead });
      expect(result.code).toBe("VALIDATION");
      expect(result.fieldErrors[`role.${organisationId}`]).toEqual([code]);
      expect(result.fieldErrors["organisations"]).toEqual([code]);
    }
  });

  test("a new action gets the same refusals", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const result = await createActionItemAction(
      idleFormState,
      toFormData(newItemForm(world, world.areas.first.id, { title: "", endYear: "2020" })),
    );
    expect(fieldErrorsOf(result)).toMatchObject({ title: ["required"], endYear: ["endBeforeStart"] });
    expect(await tableDigests()).toEqual(before);
  });
});

describe("adding and deleting", () => {
  test("a new action goes last in its focus area with a new stable key, its organisations and indicators", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const result = await createActionItemAction(idleFormState, toFormData(newItemForm(world, world.areas.first.id)));
    if (result.status !== "success") throw new Error(`expected success, got ${JSON.stringify(result)}`);
    const created = await db.actionItem.findUniqueOrThrow({
      where: { id: result.data.itemId },
      include: { organisations: true, indicators: true },
    });
    // Automatic numbering (the default) numbers it by its place; the form's "9.1" is not kept.
    expect(created).toMatchObject({ title: "Ny åtgärd om tillsyn", number: "1.3", position: 2, startYear: 2024, endYear: 2025 });
    expect(created.stableKey).not.toBe(world.items.item.stableKey);
    expect(created.organisations).toHaveLength(2);
    expect(created.indicators.map((i) => i.name)).toEqual(["Andel kommuner"]);
  });

  test("a stale delete is refused with CONFLICT and deletes nothing", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    await updateActionItemAction(idleFormState, toFormData(await itemFormValues(world.items.item.id, { title: "Ändrad" })));
    const before = await tableDigests();
    const result = await deleteActionItemAction(idleFormState, toFormData({ itemId: world.items.item.id, revision: "0" }));
    expect(errorCode(result)).toBe("CONFLICT");
    expect(await tableDigests()).toEqual(before);
  });
});
