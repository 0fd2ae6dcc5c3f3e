// Programmes and the version fields: creating a programme (version 1, NEW, DRAFT), saving a DRAFT
// version's own fields with optimistic locking, and the refusals: other people, frozen versions,
// bad input posted directly.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import type { VersionStatus } from "@/lib/db/generated/client";
import { createProgrammeAction, saveVersionFieldsAction } from "@/lib/programmes/actions";
import { loadVersionPage } from "@/lib/programmes/loaders";
import type { VersionFieldsFormState } from "@/lib/programmes/types";
import { createNationalStrategy, createProgrammeFixture, createRegionalStrategy } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { authoringDigest, createCast, expectRefusedForOutsiders, form, stateOf } from "./versions-support.ts";

async function arrangeDraft(status: VersionStatus = "DRAFT") {
  const fixture = await createProgrammeFixture(db, { status, goalCount: 2 });
  const cast = await createCast(fixture.county.id);
  signInAs(cast.coordinator);
  return { ...fixture, cast };
}

function fieldsOf(input: { versionId: string; nationalStrategyId: string; editRevision?: number }) {
  return {
    versionId: input.versionId,
    editRevision: input.editRevision ?? 0,
    title: "Åtgärdsprogram 2026–2029",
    validFrom: "2026-01-01",
    validTo: "2029-12-31",
    substances: ["A", "N", "T"],
    nationalStrategyId: input.nationalStrategyId,
    changeSummary: "Nytt fokus på spel om pengar.",
  };
}

const initial: VersionFieldsFormState = idleFormState;

describe("creating a programme", () => {
  test("a coordinator creates a programme under their strategy: version 1, NEW, DRAFT, audited", async () => {
    const { county, nationalStrategy, cast } = await arrangeDraft();
    const strategy = await createRegionalStrategy(db, { countyId: county.id, nationalStrategyId: nationalStrategy.id });
    const state = await stateOf(
      createProgrammeAction(
        idleFormState,
        form({ strategyId: strategy.id, title: "Handlingsplan ANDTS", validFrom: "2026-01-01", validTo: "2028-12-31", substances: ["A", "S"] }),
      ),
    );
    const programme = await db.actionProgramme.findFirstOrThrow({ where: { regionalStrategyId: strategy.id }, include: { versions: true } });
    expect(state).toMatchObject({ status: "success", data: { programmeId: programme.id, versionNumber: 1 } });
    expect(programme).toMatchObject({ countyId: county.id, slug: "handlingsplan-andts", title: "Handlingsplan ANDTS" });
    expect(programme.versions).toMatchObject([
      { number: 1, kind: "NEW", status: "DRAFT", substances: ["A", "S"], nationalStrategyId: nationalStrategy.id, editRevision: 0 },
    ]);
    const audit = await db.auditEvent.findMany({ where: { programmeId: programme.id } });
    expect(audit).toMatchObject([{ action: "programme.create", actorId: cast.coordinator.id }]);
  });

  test("nobody but the county's coordinator can create one", async () => {
    const { county, nationalStrategy, cast } = await arrangeDraft();
    const strategy = await createRegionalStrategy(db, { countyId: county.id, nationalStrategyId: nationalStrategy.id });
    await expectRefusedForOutsiders(cast, () =>
      createProgrammeAction(
        idleFormState,
        form({ strategyId: strategy.id, title: "Handlingsplan", validFrom: "2026-01-01", validTo: "2028-12-31", substances: ["A"] }),
      ),
    );
  });

  test("no substance ticked is refused beside the checkboxes", async () => {
    const { county, nationalStrategy } = await arrangeDraft();
    const strategy = await createRegionalStrategy(db, { countyId: county.id, nationalStrategyId: nationalStrategy.id });
    const state = await stateOf(
      createProgrammeAction(idleFormState, form({ strategyId: strategy.id, title: "Plan", validFrom: "2026-01-01", validTo: "2028-12-31" })),
    );
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { substances: ["substancesRequired"] } });
  });
});

describe("saving the version fields", () => {
  test("a save from the current revision is stored, bumps the revision and audits only what changed", async () => {
    const { version, nationalStrategy, cast } = await arrangeDraft();
    const state = await stateOf(saveVersionFieldsAction(initial, form(fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id }))));
    expect(state).toMatchObject({ status: "success", data: { versionId: version.id, editRevision: 1 } });
    const saved = await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(saved).toMatchObject({
      title: "Åtgärdsprogram 2026–2029",
      substances: ["A", "N", "T"],
      changeSummary: "Nytt fokus på spel om pengar.",
      validTo: new Date("2029-12-31"),
      editRevision: 1,
    });
    const audit = await db.auditEvent.findMany({ where: { entityId: version.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "version.updateFields", actorId: cast.coordinator.id, programmeId: version.programmeId });
    expect(audit[0]?.before).toMatchObject({ title: version.title, substances: "A, N, D, T, S" });
    expect(audit[0]?.after).toMatchObject({ title: "Åtgärdsprogram 2026–2029", substances: "A, N, T" });
    expect(audit[0]?.after).not.toHaveProperty("nationalStrategyId");
  });

  test("50 concurrent saves from the same base revision: exactly one is stored, 49 get CONFLICT", async () => {
    const { version, nationalStrategy } = await arrangeDraft();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        saveVersionFieldsAction(
          initial,
          form({ ...fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id }), title: `Spara ${i}` }),
        ),
      ),
    );
    const ok = results.filter((r) => r.status === "success");
    const conflicts = results.filter((r) => r.status === "conflict");
    expect({ ok: ok.length, conflicts: conflicts.length }).toEqual({ ok: 1, conflicts: 49 });
    const saved = await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(saved.editRevision).toBe(1);
    expect(ok[0]?.values["title"]).toBe(saved.title);
    expect(await db.auditEvent.count({ where: { entityId: version.id, action: "version.updateFields" } })).toBe(1);
  });

  test("a stale save comes back with the user's text and the text saved now, and changes nothing", async () => {
    const { version, nationalStrategy } = await arrangeDraft();
    await stateOf(saveVersionFieldsAction(initial, form({ ...fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id }), title: "Deras titel" })));
    const before = await authoringDigest();
    const state = await stateOf(
      saveVersionFieldsAction(initial, form({ ...fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id }), title: "Min titel" })),
    );
    expect(state).toMatchObject({
      status: "conflict",
      values: { title: "Min titel" },
      current: { editRevision: 1, values: { title: "Deras titel", substances: "A,N,T" } },
    });
    expect(await authoringDigest()).toEqual(before);
    // "Keep mine": the same text against the new revision is stored.
    const kept = await stateOf(
      saveVersionFieldsAction(
        initial,
        form({ ...fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id, editRevision: 1 }), title: "Min titel" }),
      ),
    );
    expect(kept).toMatchObject({ status: "success", data: { editRevision: 2 } });
  });

  test.each<VersionStatus>(["CONSULTATION", "ENDORSEMENT", "RATIFIED", "PUBLISHED", "SUPERSEDED", "WITHDRAWN"])(
    "the fields of a %s version cannot be changed, even when posted directly",
    async (status) => {
      const { version, nationalStrategy } = await arrangeDraft(status);
      const before = await authoringDigest();
      const state = await stateOf(saveVersionFieldsAction(initial, form(fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id }))));
      expect(state).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
      expect(await authoringDigest()).toEqual(before);
    },
  );

  test("bad input is refused beside each field, as the form would, and nothing is stored", async () => {
    const { version, nationalStrategy } = await arrangeDraft();
    const base = fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id });
    const before = await authoringDigest();
    const cases: [Record<string, string | number | readonly string[]>, Record<string, string[]>][] = [
      [{ ...base, title: "" }, { title: ["required"] }],
      [{ ...base, title: "å".repeat(100_000) }, { title: ["titleTooLong"] }],
      [{ ...base, validFrom: "2030-01-01", validTo: "2029-12-31" }, { validTo: ["endBeforeStart"] }],
      [{ ...base, validFrom: "1-1-2026" }, { validFrom: ["invalidDate"] }],
      [{ ...base, substances: ["A", "X"] }, { substances: ["invalidSubstance"] }],
      [{ ...base, changeSummary: "x".repeat(20_001) }, { changeSummary: ["textTooLong"] }],
      [{ ...base, nationalStrategyId: "00000000-0000-4000-8000-000000000000" }, { nationalStrategyId: ["unknownNationalStrategy"] }],
      [{ ...base, versionId: "not-an-id" }, { versionId: ["invalidReference"] }],
    ];
    for (const [fields, fieldErrors] of cases) {
      const state = await stateOf(saveVersionFieldsAction(initial, form(fields)));
      expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors });
    }
    expect(await authoringDigest()).toEqual(before);
  });

  test("a new national strategy drops the goal links to the old one and the version page flags those areas", async () => {
    const { version, nationalStrategy, programme } = await arrangeDraft();
    const newer = await createNationalStrategy(db, { goalCount: 4 });
    expect(await db.focusAreaGoal.count({ where: { focusArea: { versionId: version.id } } })).toBe(1);
    const state = await stateOf(saveVersionFieldsAction(initial, form(fieldsOf({ versionId: version.id, nationalStrategyId: newer.id }))));
    expect(state).toMatchObject({ status: "success", data: { goalLinksRemoved: 1 } });
    expect(await db.focusAreaGoal.count({ where: { focusArea: { versionId: version.id } } })).toBe(0);
    expect(nationalStrategy.id).not.toBe(newer.id);
    // Version 1 has no predecessor to compare with: nothing to flag on a NEW version.
    const page = await loadVersionPage(programme.id, 1);
    expect(page?.focusAreasMissingGoal).toEqual([]);
  });

  test("nobody but the county's coordinator can save the fields", async () => {
    const { version, nationalStrategy, cast } = await arrangeDraft();
    await expectRefusedForOutsiders(cast, async () => {
      const state = await saveVersionFieldsAction(initial, form(fieldsOf({ versionId: version.id, nationalStrategyId: nationalStrategy.id })));
      if (state.status !== "error") return { status: state.status };
      return { status: state.status, code: state.code };
    });
  });
});

describe("reading a version", () => {
  test("a coordinator of another county gets nothing (a 404), not a refusal that reveals the record", async () => {
    const { programme, cast } = await arrangeDraft();
    signInAs(cast.foreignCoordinator);
    expect(await loadVersionPage(programme.id, 1)).toBeNull();
    signInAs(cast.coordinator);
    expect(await loadVersionPage(programme.id, 1)).toMatchObject({ canEdit: true, lockReason: null, canWithdraw: true });
  });

  test("a frozen version is read-only with its reason", async () => {
    const { programme } = await arrangeDraft("PUBLISHED");
    expect(await loadVersionPage(programme.id, 1)).toMatchObject({ canEdit: false, lockReason: "FROZEN", canWithdraw: false });
  });
});
