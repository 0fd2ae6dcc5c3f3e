// Focus areas of the content editor, through the server actions (only the session is mocked), and
// the editor page's read: a fixed number of queries whatever the number of actions.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { PrismaClient } from "@/lib/db/generated/client";
import { isAppError } from "@/lib/errors/app-error";
import { createFocusAreaAction, deleteFocusAreaAction, moveFocusAreaAction, updateFocusAreaAction } from "@/lib/focus-areas/actions";
import { findVersionContentForEditor } from "@/lib/focus-areas/data";
import { inTransaction } from "@/lib/focus-areas/mutations";
import type { FocusAreaFormState } from "@/lib/focus-areas/types";
import { createNationalStrategy } from "../factories/index.ts";
import { testDatabaseUrl, testDb as db } from "./db.ts";
import { createEditorWorld, outsiders, tableDigests, toFormData, type EditorWorld } from "./editor-world.ts";
import { signInAs } from "./session.ts";

function outcome(state: FocusAreaFormState): string {
  return state.status === "error" ? state.code : state.status;
}

function validCalls(world: EditorWorld): [string, () => Promise<FocusAreaFormState>][] {
  const [goal] = world.nationalStrategy.goals;
  return [
    ["add a focus area", () => createFocusAreaAction(idleFormState, toFormData({ versionId: world.version.id, title: "Nytt fokusområde" }))],
    [
      "change a focus area",
      () =>
        updateFocusAreaAction(
          idleFormState,
          toFormData({ focusAreaId: world.areas.first.id, revision: "0", title: "Nytt namn", goalIds: goal ? [goal.id] : [] }),
        ),
    ],
    ["reorder a focus area", () => moveFocusAreaAction(idleFormState, toFormData({ focusAreaId: world.areas.first.id, direction: "down" }))],
    ["delete an empty focus area", () => deleteFocusAreaAction(idleFormState, toFormData({ focusAreaId: world.areas.empty.id, revision: "0" }))],
  ];
}

describe("who may edit focus areas", () => {
  test("every focus-area action is refused for outsiders and changes no row", async () => {
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

  test("the county's coordinator may do every one of them, each with exactly one audit row", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    for (const [what, call] of validCalls(world)) {
      const audits = await db.auditEvent.count();
      expect(`${what}: ${outcome(await call())}`).toBe(`${what}: success`);
      expect(`${what}: ${(await db.auditEvent.count()) - audits}`).toBe(`${what}: 1`);
    }
    expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action)).toEqual([
      "focusArea.create",
      "focusArea.update",
      "focusArea.reorder",
      "focusArea.delete",
    ]);
  });

  test.each(["ENDORSEMENT", "RATIFIED", "SUPERSEDED", "CONSULTATION"] as const)(
    "the focus areas of a %s version are refused with INVALID_TRANSITION and left as they are",
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

  test("the database trigger's refusal reaches the caller as INVALID_TRANSITION", async () => {
    const world = await createEditorWorld({ status: "PUBLISHED" });
    const refusal = await inTransaction(db, (tx) =>
      tx.focusArea.create({ data: { versionId: world.version.id, stableKey: randomUUID(), position: 9, title: "Smög in" } }),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isAppError(refusal) ? refusal.code : refusal).toBe("INVALID_TRANSITION");
  });
});

describe("editing focus areas", () => {
  test("a rename from a stale revision is refused with CONFLICT and the current values", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const area = world.areas.first;
    expect(outcome(await updateFocusAreaAction(idleFormState, toFormData({ focusAreaId: area.id, revision: "0", title: "Kollegans namn" })))).toBe("success");
    const before = await tableDigests();
    const stale = await updateFocusAreaAction(idleFormState, toFormData({ focusAreaId: area.id, revision: "0", title: "Mitt namn" }));
    if (stale.status !== "conflict") throw new Error(`expected a conflict, got ${stale.status}`);
    expect(stale.conflict).toEqual({ revision: 1, current: { title: "Kollegans namn", description: "", goalIds: "" } });
    expect(stale.values["title"]).toBe("Mitt namn");
    expect(await tableDigests()).toEqual(before);
  });

  test("goal links are replaced by the checked goals, and none is allowed", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const [, second, third] = world.nationalStrategy.goals;
    if (!second || !third) throw new Error("goals");
    const area = world.areas.first;
    await updateFocusAreaAction(idleFormState, toFormData({ focusAreaId: area.id, revision: "0", title: "A", goalIds: [second.id, third.id] }));
    const links = async () => (await db.focusAreaGoal.findMany({ where: { focusAreaId: area.id } })).map((l) => l.goalId).sort();
    expect(await links()).toEqual([second.id, third.id].sort());
    await updateFocusAreaAction(idleFormState, toFormData({ focusAreaId: area.id, revision: "1", title: "A" }));
    expect(await links()).toEqual([]);
  });

  test("a goal of another national strategy than the version's is refused beside the goals", async () => {
    const world = await createEditorWorld();
    const otherStrategy = await createNationalStrategy(db);
    const [foreignGoal] = otherStrategy.goals;
    if (!foreignGoal) throw new Error("goal");
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const updated = await updateFocusAreaAction(
      idleFormState,
      toFormData({ focusAreaId: world.areas.first.id, revision: "0", title: "A", goalIds: [foreignGoal.id] }),
    );
    const created = await createFocusAreaAction(idleFormState, toFormData({ versionId: world.version.id, title: "B", goalIds: foreignGoal.id }));
    for (const result of [updated, created]) {
      expect(result.status === "error" ? [result.code, result.fieldErrors["goalIds"]] : result.status).toEqual(["VALIDATION", ["otherStrategyGoal"]]);
    }
    expect(await tableDigests()).toEqual(before);
  });

  test.each([
    ["an empty name", { title: " " }, "required"],
    ["a name of 100 kB", { title: "x".repeat(100_000) }, "tooLong"],
  ])("%s is refused beside the name", async (_what, changes, code) => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const result = await updateFocusAreaAction(idleFormState, toFormData({ focusAreaId: world.areas.first.id, revision: "0", ...changes }));
    expect(result.status === "error" ? [result.code, result.fieldErrors["title"]] : result.status).toEqual(["VALIDATION", [code]]);
    expect(await tableDigests()).toEqual(before);
  });

  test("a focus area with actions cannot be deleted", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await tableDigests();
    const result = await deleteFocusAreaAction(idleFormState, toFormData({ focusAreaId: world.areas.second.id, revision: "0" }));
    expect(result.status === "error" ? [result.code, result.fieldErrors["focusArea"]] : result.status).toEqual(["VALIDATION", ["notEmpty"]]);
    expect(await tableDigests()).toEqual(before);
  });

  test("moving focus areas up and down reorders them, renumbering positions without gaps", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const order = async () => (await db.focusArea.findMany({ where: { versionId: world.version.id }, orderBy: { position: "asc" } })).map((a) => [a.id, a.position]);
    const { first, second, empty } = world.areas;
    await moveFocusAreaAction(idleFormState, toFormData({ focusAreaId: empty.id, direction: "up" }));
    expect(await order()).toEqual([
      [first.id, 0],
      [empty.id, 1],
      [second.id, 2],
    ]);
    await moveFocusAreaAction(idleFormState, toFormData({ focusAreaId: first.id, direction: "up" }));
    expect((await order()).map(([id]) => id)).toEqual([first.id, empty.id, second.id]);
  });

  test("a new focus area goes last, with its goals", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const [goal] = world.nationalStrategy.goals;
    if (!goal) throw new Error("goal");
    const result = await createFocusAreaAction(idleFormState, toFormData({ versionId: world.version.id, title: "Spel om pengar", goalIds: goal.id }));
    if (result.status !== "success") throw new Error(outcome(result));
    const created = await db.focusArea.findUniqueOrThrow({ where: { id: result.data.focusAreaId }, include: { goals: true } });
    expect([created.title, created.position, created.goals.map((g) => g.goalId)]).toEqual(["Spel om pengar", 3, [goal.id]]);
  });
});

describe("the content editor's read", () => {
  test("it flags focus areas without goal links and links to goals of another strategy", async () => {
    const world = await createEditorWorld();
    const otherStrategy = await createNationalStrategy(db);
    const [foreignGoal] = otherStrategy.goals;
    if (!foreignGoal) throw new Error("goal");
    // As after a revision that changed the national strategy: the old link is still there.
    await db.focusAreaGoal.create({ data: { focusAreaId: world.areas.second.id, goalId: foreignGoal.id } });
    const content = await findVersionContentForEditor({ countyIds: [world.county.id] }, { programmeId: world.programme.id, versionNumber: 1 });
    expect(content?.focusAreas.map((a) => [a.lacksGoalLink, a.hasOtherStrategyGoal])).toEqual([
      [false, false],
      [false, true],
      [true, false],
    ]);
    expect(content?.strategyGoals).toHaveLength(3);
    expect(content?.focusAreas[0]?.items.map((i) => i.leadOrganisationName)).toHaveLength(2);
  });

  test("another county's coordinator gets nothing", async () => {
    const world = await createEditorWorld();
    const content = await findVersionContentForEditor({ countyIds: [randomUUID()] }, { programmeId: world.programme.id, versionNumber: 1 });
    expect(content).toBeNull();
  });

  test("it takes the same number of queries for 3 actions and for 500, and no more than 6", async () => {
    const world = await createEditorWorld();
    const queries: string[] = [];
    const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl }), log: [{ emit: "event", level: "query" }] });
    counted.$on("query", (event) => queries.push(event.query));
    const read = async () => {
      queries.length = 0;
      const content = await findVersionContentForEditor(
        { countyIds: [world.county.id] },
        { programmeId: world.programme.id, versionNumber: 1 },
        counted,
      );
      return { items: content?.focusAreas.reduce((sum, area) => sum + area.items.length, 0), queries: queries.length };
    };
    try {
      const small = await read();
      const lead = await db.actionItemOrganisation.findFirstOrThrow({ where: { lead: true } });
      await db.actionItem.createMany({
        data: Array.from({ length: 497 }, (_, index) => ({
          versionId: world.version.id,
          focusAreaId: [world.areas.first.id, world.areas.second.id, world.areas.empty.id][index % 3] ?? world.areas.first.id,
          stableKey: randomUUID(),
          number: `x.${index}`,
          position: 10 + index,
          title: `Åtgärd ${index}`,
        })),
      });
      const added = await db.actionItem.findMany({ where: { versionId: world.version.id, number: { startsWith: "x." } }, select: { id: true } });
      await db.actionItemOrganisation.createMany({
        data: added.map((item) => ({ itemId: item.id, organisationId: lead.organisationId, role: "RESPONSIBLE" as const, lead: true })),
      });
      const large = await read();
      expect(small.items).toBe(3);
      expect(large.items).toBe(500);
      expect(large.queries).toBe(small.queries);
      expect(large.queries).toBeLessThanOrEqual(6);
    } finally {
      await counted.$disconnect();
    }
  });
});
