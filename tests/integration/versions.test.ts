// Version lifecycle driven by the coordinator alone: start a revision or an extension of the
// latest published version (a DRAFT copy with the same stable keys), withdraw a version that is not
// yet ratified; plus the diff and audit pages' loaders over the result.
import { describe, expect, test, vi } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import type { VersionStatus } from "@/lib/db/generated/client";
import { startExtensionAction, startRevisionAction, withdrawVersionAction } from "@/lib/programmes/actions";
import { loadProgrammeAudit, loadProgrammeOverview, loadVersionDiff, loadVersionPage } from "@/lib/programmes/loaders";
import {
  createNationalStrategy,
  createOrganisation,
  createProgrammeFixture,
  createProgrammeVersion,
  setVersionStatus,
} from "../factories/index.ts";
import { runAsOwner, testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { authoringDigest, createCast, expectRefusedForOutsiders, form, redirectOf, stateOf } from "./versions-support.ts";

/** A published version 1 with two focus areas, partners and two indicators per item. */
async function arrangePublished() {
  const county = await createProgrammeFixture(db, { focusAreas: [] }).then((f) => f.county);
  const lead = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY" });
  const other = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY" });
  const partner = await createOrganisation(db, { countyId: null, kind: "NATIONAL_AGENCY" });
  const fixture = await createProgrammeFixture(db, {
    countyId: county.id,
    status: "PUBLISHED",
    goalCount: 3,
    focusAreas: [
      { title: "Tillgång", items: [{ responsible: [lead.id, other.id], partners: [partner.id], indicators: 2 }, { responsible: [other.id] }] },
      { title: "Förutsättningar", goalIds: [], items: [{ responsible: [lead.id], indicators: 0 }] },
    ],
  });
  const cast = await createCast(county.id);
  signInAs(cast.coordinator);
  return { ...fixture, cast, organisations: { lead, other, partner } };
}

/** A version's content keyed by stable key, row ids left out: what a copy must reproduce. */
async function contentByKey(versionId: string) {
  const areas = await db.focusArea.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: { id: true, stableKey: true, position: true, title: true, description: true, goals: { select: { goalId: true } } },
  });
  const items = await db.actionItem.findMany({
    where: { versionId },
    orderBy: [{ number: "asc" }],
    select: {
      id: true,
      stableKey: true,
      number: true,
      position: true,
      title: true,
      description: true,
      timeframeKind: true,
      followUpText: true,
      focusArea: { select: { stableKey: true } },
      organisations: { orderBy: { organisationId: "asc" }, select: { organisationId: true, role: true, lead: true } },
      indicators: { orderBy: { position: "asc" }, select: { id: true, stableKey: true, name: true, unit: true, baseline: true, target: true, dataSource: true } },
    },
  });
  return { areas, items };
}

function withoutIds<T extends { areas: { id: string }[]; items: { id: string; indicators: { id: string }[] }[] }>(content: T) {
  return {
    areas: content.areas.map(({ id: _id, ...rest }) => rest),
    items: content.items.map(({ id: _id, indicators, ...rest }) => ({ ...rest, indicators: indicators.map(({ id: _i, ...r }) => r) })),
  };
}

describe("starting a revision", () => {
  test("copies every focus area, goal link, item, organisation and indicator with the same stable keys and new ids", async () => {
    const { programme, version, cast } = await arrangePublished();
    const target = await redirectOf(startRevisionAction(idleFormState, form({ programmeId: programme.id })));
    expect(target).toBe(`/arbetsyta/program/${programme.id}/version/2`);

    const revision = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: programme.id, number: 2 } });
    expect(revision).toMatchObject({
      kind: "REVISION",
      status: "DRAFT",
      supersedesId: version.id,
      title: version.title,
      nationalStrategyId: version.nationalStrategyId,
      editRevision: 0,
    });
    const before = await contentByKey(version.id);
    const after = await contentByKey(revision.id);
    expect(withoutIds(after)).toEqual(withoutIds(before));
    expect(after.items).toHaveLength(3);
    expect(after.items.flatMap((i) => i.organisations)).toHaveLength(5);
    expect(after.items.flatMap((i) => i.indicators)).toHaveLength(3);
    expect(after.areas.flatMap((a) => a.goals)).toHaveLength(1);
    // New rows, not moved ones: the published version keeps its own.
    const beforeIds = new Set([...before.areas.map((a) => a.id), ...before.items.map((i) => i.id)]);
    expect([...after.areas, ...after.items].some((row) => beforeIds.has(row.id))).toBe(false);
    expect(await db.actionItem.count({ where: { versionId: version.id } })).toBe(3);

    const audit = await db.auditEvent.findMany({ where: { programmeId: programme.id } });
    expect(audit).toMatchObject([
      {
        action: "version.startRevision",
        actorId: cast.coordinator.id,
        entityId: revision.id,
        meta: { copied: { focusAreas: 2, goalLinks: 1, items: 3, organisationLinks: 5, indicators: 3 }, goalLinksDropped: 0 },
      },
    ]);
  });

  test("mapped to a newer national strategy, links to the old goals are dropped (never guessed) and the areas flagged", async () => {
    const { programme, version, focusAreas } = await arrangePublished();
    const newer = await createNationalStrategy(db, { goalCount: 7 });
    await redirectOf(startRevisionAction(idleFormState, form({ programmeId: programme.id, nationalStrategyId: newer.id })));
    const revision = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: programme.id, number: 2 } });
    expect(revision.nationalStrategyId).toBe(newer.id);
    expect(await db.focusAreaGoal.count({ where: { focusArea: { versionId: revision.id } } })).toBe(0);
    expect(await db.focusAreaGoal.count({ where: { focusArea: { versionId: version.id } } })).toBe(1);

    const page = await loadVersionPage(programme.id, 2);
    // Only the area that had a goal link; "Förutsättningar" never had one.
    expect(page?.focusAreasMissingGoal).toEqual([{ stableKey: focusAreas[0]?.stableKey, title: "Tillgång", itemCount: 2 }]);
    // Re-linking to a goal of the new strategy clears the flag.
    const area = await db.focusArea.findFirstOrThrow({ where: { versionId: revision.id, stableKey: focusAreas[0]?.stableKey } });
    await db.focusAreaGoal.create({ data: { focusAreaId: area.id, goalId: newer.goals[0]?.id ?? "" } });
    expect((await loadVersionPage(programme.id, 2))?.focusAreasMissingGoal).toEqual([]);
  });

  test.each<VersionStatus>(["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED"])(
    "is refused while the programme has a %s version open",
    async (status) => {
      const { programme } = await arrangePublished();
      await createProgrammeVersion(db, { programmeId: programme.id, kind: "REVISION", status });
      const before = await authoringDigest();
      const state = await stateOf(startRevisionAction(idleFormState, form({ programmeId: programme.id })));
      expect(state).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
      expect(await authoringDigest()).toEqual(before);
      expect(await loadProgrammeOverview(programme.id)).toMatchObject({
        canStartRevision: false,
        canStartExtension: false,
        openVersion: { number: 2, status },
      });
    },
  );

  test("is refused when nothing has been published yet", async () => {
    const fixture = await createProgrammeFixture(db, { status: "WITHDRAWN" });
    const cast = await createCast(fixture.county.id);
    signInAs(cast.coordinator);
    const state = await stateOf(startRevisionAction(idleFormState, form({ programmeId: fixture.programme.id })));
    expect(state).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
  });

  test("two revisions started at once give one draft; the other is refused", async () => {
    const { programme } = await arrangePublished();
    const results = await Promise.allSettled([
      startRevisionAction(idleFormState, form({ programmeId: programme.id })),
      startRevisionAction(idleFormState, form({ programmeId: programme.id })),
    ]);
    const redirected = results.filter((r) => r.status === "rejected");
    const refused = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(redirected).toHaveLength(1);
    expect(refused).toMatchObject([{ status: "error", code: "INVALID_TRANSITION" }]);
    expect(await db.programmeVersion.count({ where: { programmeId: programme.id } })).toBe(2);
  });

  test("an unknown national strategy is refused beside the field", async () => {
    const { programme } = await arrangePublished();
    const state = await stateOf(
      startRevisionAction(idleFormState, form({ programmeId: programme.id, nationalStrategyId: "00000000-0000-4000-8000-000000000000" })),
    );
    expect(state).toMatchObject({ code: "VALIDATION", fieldErrors: { nationalStrategyId: ["unknownNationalStrategy"] } });
  });

  test("nobody but the county's coordinator can start one", async () => {
    const { programme, cast } = await arrangePublished();
    await expectRefusedForOutsiders(cast, () => startRevisionAction(idleFormState, form({ programmeId: programme.id })));
  });
});

describe("starting an extension", () => {
  test("copies the content unchanged; the only difference from the published version is the validity", async () => {
    const { programme, version } = await arrangePublished();
    await redirectOf(startExtensionAction(idleFormState, form({ programmeId: programme.id, validTo: "2027-12-31" })));
    const extension = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: programme.id, number: 2 } });
    expect(extension).toMatchObject({ kind: "EXTENSION", status: "DRAFT", supersedesId: version.id, validTo: new Date("2027-12-31") });
    expect(withoutIds(await contentByKey(extension.id))).toEqual(withoutIds(await contentByKey(version.id)));

    const page = await loadVersionDiff(programme.id, { fran: 1, till: 2, organisation: null });
    expect(page?.diff?.fields).toEqual([{ field: "validity", before: "2022-01-01–2025-12-31", after: "2022-01-01–2027-12-31" }]);
    expect(page?.diff?.focusAreas).toEqual([]);
    expect(page?.diff?.items).toEqual([]);
  });

  test("an end that is not after the published end is refused beside the field", async () => {
    const { programme } = await arrangePublished();
    const before = await authoringDigest();
    const state = await stateOf(startExtensionAction(idleFormState, form({ programmeId: programme.id, validTo: "2025-12-31" })));
    expect(state).toMatchObject({ code: "VALIDATION", fieldErrors: { validTo: ["extensionNotAfterEnd"] }, values: { validTo: "2025-12-31" } });
    expect(await authoringDigest()).toEqual(before);
  });

  test("nobody but the county's coordinator can start one", async () => {
    const { programme, cast } = await arrangePublished();
    await expectRefusedForOutsiders(cast, () => startExtensionAction(idleFormState, form({ programmeId: programme.id, validTo: "2027-12-31" })));
  });
});

describe("withdrawing a version", () => {
  test.each<VersionStatus>(["DRAFT", "CONSULTATION", "ENDORSEMENT"])("a %s version is withdrawn, with its audit row", async (status) => {
    const { programme, cast } = await arrangePublished();
    const { version } = await createProgrammeVersion(db, { programmeId: programme.id, kind: "REVISION", status });
    const target = await redirectOf(withdrawVersionAction(idleFormState, form({ versionId: version.id })));
    expect(target).toBe(`/arbetsyta/program/${programme.id}/version/2`);
    const withdrawn = await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findMany({ where: { entityId: version.id } })).toMatchObject([
      { action: "version.withdraw", actorId: cast.coordinator.id, before: { status }, after: { status: "WITHDRAWN" } },
    ]);
    // With the open version gone, a new revision may start.
    expect(await loadProgrammeOverview(programme.id)).toMatchObject({ canStartRevision: true, openVersion: null });
  });

  test.each<VersionStatus>(["RATIFIED", "PUBLISHED", "SUPERSEDED", "WITHDRAWN"])(
    "a %s version cannot be withdrawn, even when posted directly",
    async (status) => {
      const { programme } = await arrangePublished();
      const { version } = await createProgrammeVersion(db, { programmeId: programme.id, kind: "REVISION", status });
      const before = await authoringDigest();
      const state = await stateOf(withdrawVersionAction(idleFormState, form({ versionId: version.id })));
      expect(state).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
      expect(await authoringDigest()).toEqual(before);
    },
  );

  test("nobody but the county's coordinator can withdraw", async () => {
    const { programme, cast } = await arrangePublished();
    const { version } = await createProgrammeVersion(db, { programmeId: programme.id, kind: "REVISION" });
    await expectRefusedForOutsiders(cast, () => withdrawVersionAction(idleFormState, form({ versionId: version.id })));
  });

  test("the audit row is part of the change: when it cannot be written, the withdrawal is rolled back", async () => {
    const { programme } = await arrangePublished();
    const { version } = await createProgrammeVersion(db, { programmeId: programme.id, kind: "REVISION" });
    // A test-only trigger makes the audit insert fail for this one action.
    // As the owner: the app's role, which the action uses, may not create triggers.
    await runAsOwner(`
      CREATE FUNCTION test_refuse_withdraw_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'version.withdraw' THEN RAISE EXCEPTION 'audit refused by test'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_withdraw_audit BEFORE INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION test_refuse_withdraw_audit();`);
    // The action wrapper logs the unexpected error on the server; keep the test output quiet.
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const state = await stateOf(withdrawVersionAction(idleFormState, form({ versionId: version.id })));
      expect(state).toMatchObject({ status: "error", code: "UNEXPECTED" });
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
      await runAsOwner(`DROP TRIGGER test_refuse_withdraw_audit ON audit_event; DROP FUNCTION test_refuse_withdraw_audit();`);
    }
    expect((await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id } })).status).toBe("DRAFT");
  });
});

describe("the diff and audit pages", () => {
  test("the diff names what a revision changed, and the organisation filter keeps what involves that organisation", async () => {
    const { programme, organisations, version } = await arrangePublished();
    await redirectOf(startRevisionAction(idleFormState, form({ programmeId: programme.id })));
    const revision = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: programme.id, number: 2 } });
    // Change one item's title and drop the partner; remove the last item.
    const [first, , last] = await db.actionItem.findMany({ where: { versionId: revision.id }, orderBy: { number: "asc" } });
    await db.actionItem.update({ where: { id: first?.id ?? "" }, data: { title: "Ny titel" } });
    await db.actionItemOrganisation.delete({
      where: { itemId_organisationId: { itemId: first?.id ?? "", organisationId: organisations.partner.id } },
    });
    await db.actionItem.delete({ where: { id: last?.id ?? "" } });

    const page = await loadVersionDiff(programme.id, { fran: null, till: null, organisation: organisations.partner.id });
    expect(page).toMatchObject({ from: { number: 1, id: version.id }, to: { number: 2 } });
    expect(page?.diff?.items.map((d) => d.kind).sort()).toEqual(["changed", "removed"]);
    const changed = page?.diff?.items.find((d) => d.kind === "changed");
    expect(changed).toMatchObject({
      fields: [{ field: "title", after: "Ny titel" }],
      responsibility: { removed: [{ organisationId: organisations.partner.id, role: "PARTNER" }] },
    });
    expect(page?.organisationFilter).toMatchObject({ id: organisations.partner.id, name: organisations.partner.name });
    expect(page?.organisationFilter?.items).toHaveLength(1);
    expect(page?.names.organisations[organisations.lead.id]).toBe(organisations.lead.name);
    expect(page?.organisations.map((o) => o.id).sort()).toEqual(
      [organisations.lead.id, organisations.other.id, organisations.partner.id].sort(),
    );
  });

  test("a coordinator of another county sees neither the diff nor the audit trail", async () => {
    const { programme, cast } = await arrangePublished();
    signInAs(cast.foreignCoordinator);
    expect(await loadVersionDiff(programme.id, { fran: 1, till: 1, organisation: null })).toBeNull();
    expect(await loadProgrammeAudit(programme.id, { sida: 1, atgard: null, person: null })).toBeNull();
    expect(await loadProgrammeOverview(programme.id)).toBeNull();
  });

  test("the audit trail lists who did what, newest first, with before and after", async () => {
    const { programme, cast } = await arrangePublished();
    await redirectOf(startRevisionAction(idleFormState, form({ programmeId: programme.id })));
    const revision = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: programme.id, number: 2 } });
    await redirectOf(withdrawVersionAction(idleFormState, form({ versionId: revision.id })));
    const page = await loadProgrammeAudit(programme.id, { sida: 1, atgard: null, person: null });
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(page?.entries).toMatchObject([
      { action: "version.withdraw", actorName: cast.coordinator.name, actorEmail: cast.coordinator.email, versionNumber: 2, before: { status: "DRAFT" } },
      { action: "version.startRevision", versionNumber: 2 },
    ]);
  });

  test("a superseded version stays readable in the history", async () => {
    const { programme, version } = await arrangePublished();
    await setVersionStatus(db, version.id, "SUPERSEDED");
    expect(await loadVersionPage(programme.id, 1)).toMatchObject({ lockReason: "FROZEN", version: { status: "SUPERSEDED" } });
  });
});
