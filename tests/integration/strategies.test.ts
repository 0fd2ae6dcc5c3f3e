// Regional strategies: a coordinator creates and edits their own county's strategies (optimistic
// locking on revision) and records extension decisions; nobody else can, and a refusal changes nothing.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { createStrategyAction, recordStrategyExtensionAction, updateStrategyAction } from "@/lib/strategies/actions";
import { createCounty, createNationalStrategy, createRegionalStrategy } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { authoringDigest, createCast, expectRefusedForOutsiders, form, stateOf } from "./versions-support.ts";

async function arrange() {
  const county = await createCounty(db);
  const cast = await createCast(county.id);
  const national = await createNationalStrategy(db);
  const strategy = await createRegionalStrategy(db, { countyId: county.id, nationalStrategyId: national.id });
  signInAs(cast.coordinator);
  return { county, cast, national, strategy };
}

const validFields = (nationalStrategyId: string) => ({
  title: "Regional ANDTS-strategi 2026–2029",
  validFrom: "2026-01-01",
  validTo: "2029-12-31",
  nationalStrategyId,
  overarchingText: "Strategin omsätter den nationella strategin i länet.",
});

describe("creating a strategy", () => {
  test("a coordinator creates a strategy in their county, with an audit row in the same change", async () => {
    const { county, national, cast } = await arrange();
    const state = await stateOf(createStrategyAction(idleFormState, form({ countyId: county.id, ...validFields(national.id) })));
    const created = await db.regionalStrategy.findFirstOrThrow({ where: { countyId: county.id, title: validFields("").title } });
    expect(state).toMatchObject({ status: "success", data: { strategyId: created.id, revision: 0 } });
    expect(created).toMatchObject({ slug: "regional-andts-strategi-2026-2029", revision: 0, nationalStrategyId: national.id });
    const audit = await db.auditEvent.findMany({ where: { entityId: created.id } });
    expect(audit).toMatchObject([{ action: "strategy.create", actorId: cast.coordinator.id, countyId: county.id }]);
  });

  test("a second strategy with the same title gets its own slug", async () => {
    const { county, national } = await arrange();
    for (let i = 0; i < 2; i++) {
      await stateOf(createStrategyAction(idleFormState, form({ countyId: county.id, ...validFields(national.id) })));
    }
    const slugs = (await db.regionalStrategy.findMany({ where: { countyId: county.id, title: validFields("").title } })).map((s) => s.slug);
    expect(slugs.sort()).toEqual(["regional-andts-strategi-2026-2029", "regional-andts-strategi-2026-2029-2"]);
  });

  test("nobody but the county's coordinator can create a strategy there", async () => {
    const { county, national, cast } = await arrange();
    await expectRefusedForOutsiders(cast, () =>
      createStrategyAction(idleFormState, form({ countyId: county.id, ...validFields(national.id) })),
    );
  });

  test("bad input is refused field by field and the typed values come back", async () => {
    const { county, national } = await arrange();
    const before = await authoringDigest();
    const state = await stateOf(
      createStrategyAction(
        idleFormState,
        form({ countyId: county.id, ...validFields(national.id), title: "   ", validFrom: "2026-01-01", validTo: "2025-12-31" }),
      ),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: { title: ["required"], validTo: ["endBeforeStart"] },
      values: { validTo: "2025-12-31" },
    });
    const long = await stateOf(
      createStrategyAction(idleFormState, form({ countyId: county.id, ...validFields(national.id), title: "x".repeat(100_000) })),
    );
    expect(long).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { title: ["titleTooLong"] } });
    const badDate = await stateOf(
      createStrategyAction(idleFormState, form({ countyId: county.id, ...validFields(national.id), validFrom: "2026-02-30" })),
    );
    expect(badDate).toMatchObject({ fieldErrors: { validFrom: ["invalidDate"] } });
    expect(await authoringDigest()).toEqual(before);
  });

  test("an unknown national strategy is a field error from the mutation, not a crash", async () => {
    const { county } = await arrange();
    const before = await authoringDigest();
    const state = await stateOf(
      createStrategyAction(idleFormState, form({ countyId: county.id, ...validFields("00000000-0000-4000-8000-000000000000") })),
    );
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { nationalStrategyId: ["unknownNationalStrategy"] } });
    expect(await authoringDigest()).toEqual(before);
  });
});

describe("editing a strategy", () => {
  test("a save carries the revision it started from and bumps it, with before/after in the audit row", async () => {
    const { strategy, national } = await arrange();
    const state = await stateOf(
      updateStrategyAction(idleFormState, form({ strategyId: strategy.id, revision: 0, ...validFields(national.id), title: "Ny titel" })),
    );
    expect(state).toMatchObject({ status: "success", data: { strategyId: strategy.id, revision: 1 } });
    const saved = await db.regionalStrategy.findUniqueOrThrow({ where: { id: strategy.id } });
    expect(saved).toMatchObject({ title: "Ny titel", revision: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: strategy.id, action: "strategy.update" } });
    expect(audit.before).toMatchObject({ title: strategy.title });
    expect(audit.after).toMatchObject({ title: "Ny titel" });
  });

  test("a stale save is refused with CONFLICT and overwrites nothing", async () => {
    const { strategy, national } = await arrange();
    await stateOf(updateStrategyAction(idleFormState, form({ strategyId: strategy.id, revision: 0, ...validFields(national.id), title: "Först" })));
    const before = await authoringDigest();
    const stale = await stateOf(
      updateStrategyAction(idleFormState, form({ strategyId: strategy.id, revision: 0, ...validFields(national.id), title: "Sen" })),
    );
    // The current revision comes back, so "keep mine" can save the same text against it.
    expect(stale).toMatchObject({ status: "error", code: "CONFLICT", values: { title: "Sen" }, details: { revision: 1 } });
    expect(await authoringDigest()).toEqual(before);
  });

  test("nobody but the county's coordinator can edit it", async () => {
    const { strategy, national, cast } = await arrange();
    await expectRefusedForOutsiders(cast, () =>
      updateStrategyAction(idleFormState, form({ strategyId: strategy.id, revision: 0, ...validFields(national.id) })),
    );
  });
});

describe("recording an extension decision", () => {
  const decision = { decisionBody: "Länsstyrelsen", decisionDate: "2025-11-20", diarienummer: "705-1-2025" };

  test("a later end is recorded with the decision and audited", async () => {
    const { strategy } = await arrange();
    const state = await stateOf(
      recordStrategyExtensionAction(idleFormState, form({ strategyId: strategy.id, newValidTo: "2027-12-31", ...decision })),
    );
    expect(state).toMatchObject({ status: "success" });
    const extensions = await db.strategyExtension.findMany({ where: { regionalStrategyId: strategy.id } });
    expect(extensions).toMatchObject([{ decisionBody: "Länsstyrelsen", diarienummer: "705-1-2025", newValidTo: new Date("2027-12-31") }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: strategy.id, action: "strategy.extend" } });
    expect(audit.before).toEqual({ validTo: "2025-12-31" });
  });

  test("an end that is not after the current end (decided or extended) is refused beside the field", async () => {
    const { strategy } = await arrange();
    const notLater = await stateOf(
      recordStrategyExtensionAction(idleFormState, form({ strategyId: strategy.id, newValidTo: "2025-12-31", ...decision })),
    );
    expect(notLater).toMatchObject({ code: "VALIDATION", fieldErrors: { newValidTo: ["extensionNotAfterEnd"] } });
    await stateOf(recordStrategyExtensionAction(idleFormState, form({ strategyId: strategy.id, newValidTo: "2027-12-31", ...decision })));
    const beforeLatest = await stateOf(
      recordStrategyExtensionAction(idleFormState, form({ strategyId: strategy.id, newValidTo: "2026-12-31", ...decision })),
    );
    expect(beforeLatest).toMatchObject({ code: "VALIDATION", fieldErrors: { newValidTo: ["extensionNotAfterEnd"] } });
    expect(await db.strategyExtension.count({ where: { regionalStrategyId: strategy.id } })).toBe(1);
  });

  test("nobody but the county's coordinator can record one", async () => {
    const { strategy, cast } = await arrange();
    await expectRefusedForOutsiders(cast, () =>
      recordStrategyExtensionAction(idleFormState, form({ strategyId: strategy.id, newValidTo: "2027-12-31", ...decision })),
    );
  });
});
