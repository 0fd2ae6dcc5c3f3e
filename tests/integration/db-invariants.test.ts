// The invariants the database enforces whatever the application does (STYLE.md §9): frozen
// programme content (trigger, SQLSTATE LP001), insert-only audit rows (LP002), and the unique,
// check and foreign key constraints of the schema.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { VersionStatus } from "@/lib/db/generated/client";
import {
  createAuditEvent,
  createCounty,
  createEndorsement,
  createMunicipality,
  createOrganisation,
  createProgramme,
  createProgrammeFixture,
  createProgrammeVersion,
  setVersionStatus,
  type VersionFixture,
} from "../factories/index.ts";
import { refusalOf, testDb as db } from "./db.ts";

const FROZEN = "LP001";
const INSERT_ONLY = "LP002";
const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";
// ON DELETE RESTRICT (Prisma's default for required relations) reports restrict_violation.
const RESTRICT_VIOLATION = "23001";
const CHECK_VIOLATION = "23514";

const nonDraftStatuses: VersionStatus[] = [
  "CONSULTATION",
  "ENDORSEMENT",
  "RATIFIED",
  "PUBLISHED",
  "SUPERSEDED",
  "WITHDRAWN",
];

/** The single focus area and item a default fixture has, without non-null assertions. */
function firstContent(fixture: VersionFixture) {
  const area = fixture.focusAreas[0];
  const item = area?.items[0];
  const link = item?.organisations[0];
  const indicator = item?.indicators[0];
  if (!area || !item || !link || !indicator) throw new Error("fixture without content");
  return { area, item, link, indicator };
}

/** Row counts of every content table for one version. */
async function contentCounts(versionId: string) {
  return {
    focusAreas: await db.focusArea.count({ where: { versionId } }),
    goals: await db.focusAreaGoal.count({ where: { focusArea: { versionId } } }),
    items: await db.actionItem.count({ where: { versionId } }),
    organisations: await db.actionItemOrganisation.count({ where: { item: { versionId } } }),
    indicators: await db.indicator.count({ where: { item: { versionId } } }),
  };
}

/** Every row of a version and its content, to prove a refused change left nothing behind. */
async function versionSnapshot(versionId: string) {
  return {
    version: await db.programmeVersion.findUniqueOrThrow({ where: { id: versionId } }),
    focusAreas: await db.focusArea.findMany({ where: { versionId }, orderBy: { id: "asc" } }),
    goals: await db.focusAreaGoal.findMany({ where: { focusArea: { versionId } }, orderBy: { goalId: "asc" } }),
    items: await db.actionItem.findMany({ where: { versionId }, orderBy: { id: "asc" } }),
    organisations: await db.actionItemOrganisation.findMany({
      where: { item: { versionId } },
      orderBy: { organisationId: "asc" },
    }),
    indicators: await db.indicator.findMany({ where: { item: { versionId } }, orderBy: { id: "asc" } }),
  };
}

describe("frozen content", () => {
  // One test per status, every content operation in it: each outcome is listed by name, so a
  // failure shows exactly which operation the database let through.
  test.each(nonDraftStatuses)("a %s version refuses every change to its content and stays as it was", async (status) => {
    const fixture = await createProgrammeFixture(db, { status, goalCount: 2 });
    const { area, item, link, indicator } = firstContent(fixture);
    const [firstGoal, secondGoal] = fixture.nationalStrategy.goals;
    if (!firstGoal || !secondGoal) throw new Error("fixture without goals");
    const draft = await createProgrammeVersion(db, { focusAreas: [] });
    const partner = await createOrganisation(db, { countyId: fixture.county.id });
    const versionId = fixture.version.id;
    const before = await versionSnapshot(versionId);

    const outcomes: Record<string, string> = {
      "insert focus_area": await refusalOf(
        db.focusArea.create({ data: { versionId, stableKey: randomUUID(), position: 9, title: "Nytt" } }),
      ),
      "update focus_area": await refusalOf(db.focusArea.update({ where: { id: area.id }, data: { title: "Ändrat" } })),
      "delete focus_area": await refusalOf(db.focusArea.delete({ where: { id: area.id } })),

      "insert focus_area_goal": await refusalOf(
        db.focusAreaGoal.create({ data: { focusAreaId: area.id, goalId: secondGoal.id } }),
      ),
      "update focus_area_goal": await refusalOf(
        db.focusAreaGoal.update({
          where: { focusAreaId_goalId: { focusAreaId: area.id, goalId: firstGoal.id } },
          data: { goalId: secondGoal.id },
        }),
      ),
      "delete focus_area_goal": await refusalOf(db.focusAreaGoal.deleteMany({ where: { focusAreaId: area.id } })),

      "insert action_item": await refusalOf(
        db.actionItem.create({
          data: { versionId, focusAreaId: area.id, stableKey: randomUUID(), number: "9.9", position: 9, title: "Ny" },
        }),
      ),
      "update action_item": await refusalOf(
        db.actionItem.update({ where: { id: item.id }, data: { description: "Ändrad" } }),
      ),
      "move action_item to a draft": await refusalOf(
        db.actionItem.update({ where: { id: item.id }, data: { versionId: draft.version.id } }),
      ),
      "delete action_item": await refusalOf(db.actionItem.delete({ where: { id: item.id } })),

      "insert action_item_organisation": await refusalOf(
        db.actionItemOrganisation.create({ data: { itemId: item.id, organisationId: partner.id, role: "PARTNER" } }),
      ),
      "update action_item_organisation": await refusalOf(
        db.actionItemOrganisation.update({
          where: { itemId_organisationId: { itemId: item.id, organisationId: link.organisationId } },
          data: { lead: null },
        }),
      ),
      "delete action_item_organisation": await refusalOf(
        db.actionItemOrganisation.deleteMany({ where: { itemId: item.id } }),
      ),

      "insert indicator": await refusalOf(
        db.indicator.create({ data: { itemId: item.id, stableKey: randomUUID(), position: 9, name: "Ny" } }),
      ),
      "update indicator": await refusalOf(db.indicator.update({ where: { id: indicator.id }, data: { target: "0" } })),
      "delete indicator": await refusalOf(db.indicator.delete({ where: { id: indicator.id } })),

      "delete programme_version": await refusalOf(db.programmeVersion.delete({ where: { id: versionId } })),
    };
    const versionChanges = {
      title: { title: "Ny titel" },
      valid_from: { validFrom: new Date("2030-01-01") },
      valid_to: { validTo: new Date("2031-12-31") },
      substances: { substances: ["A" as const] },
      change_summary: { changeSummary: "Ändrad" },
      kind: { kind: "REVISION" as const },
      number: { number: 99 },
      supersedes_id: { supersedesId: draft.version.id },
      programme_id: { programmeId: draft.version.programmeId },
      county_id: { countyId: draft.version.countyId },
      national_strategy_id: { nationalStrategyId: draft.version.nationalStrategyId },
    };
    for (const [column, data] of Object.entries(versionChanges)) {
      outcomes[`update programme_version.${column}`] = await refusalOf(
        db.programmeVersion.update({ where: { id: versionId }, data }),
      );
    }

    expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((operation) => [operation, FROZEN])));
    expect(await versionSnapshot(versionId)).toEqual(before);
  });
});

describe("lifecycle bookkeeping of a frozen version", () => {
  test("status and bookkeeping columns still change after the content froze", async () => {
    const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT" });

    const ratified = await db.programmeVersion.update({
      where: { id: version.id },
      data: {
        status: "RATIFIED",
        ratifiedAt: new Date("2026-02-01T09:00:00Z"),
        ratificationBody: "Länsstyrelsen i Testlän",
        ratificationDate: new Date("2026-02-01"),
        ratificationDnr: "Dnr 123-2026",
        endorsementRound: 2,
        editRevision: version.editRevision + 1,
        isExample: true,
      },
    });
    expect(ratified.status).toBe("RATIFIED");

    await db.programmeVersion.update({
      where: { id: version.id },
      data: { status: "PUBLISHED", publishedAt: new Date("2026-02-02T09:00:00Z") },
    });
    const superseded = await db.programmeVersion.update({
      where: { id: version.id },
      data: { status: "SUPERSEDED", supersededAt: new Date("2026-06-01T09:00:00Z") },
    });
    expect(superseded).toEqual(expect.objectContaining({ status: "SUPERSEDED", title: version.title }));
  });

  test("a version reopened from ENDORSEMENT to DRAFT is editable again", async () => {
    const fixture = await createProgrammeVersion(db, { status: "ENDORSEMENT" });
    const { area } = firstContent(fixture);

    await db.programmeVersion.update({ where: { id: fixture.version.id }, data: { status: "DRAFT" } });
    const renamed = await db.focusArea.update({ where: { id: area.id }, data: { title: "Omarbetat" } });

    expect(renamed.title).toBe("Omarbetat");
  });
});

describe("a DRAFT version", () => {
  test("its content can be added, changed and removed", async () => {
    const fixture = await createProgrammeFixture(db, { goalCount: 2 });
    const { area, item, link, indicator } = firstContent(fixture);
    const versionId = fixture.version.id;
    const [, secondGoal] = fixture.nationalStrategy.goals;
    if (!secondGoal) throw new Error("fixture without a second goal");
    const partner = await createOrganisation(db, { countyId: fixture.county.id });

    const newArea = await db.focusArea.create({
      data: { versionId, stableKey: randomUUID(), position: 1, title: "Nytt fokusområde" },
    });
    await db.focusArea.update({ where: { id: area.id }, data: { title: "Ändrat" } });
    await db.focusAreaGoal.create({ data: { focusAreaId: area.id, goalId: secondGoal.id } });
    await db.actionItem.update({ where: { id: item.id }, data: { focusAreaId: newArea.id, description: "Flyttad" } });
    await db.actionItemOrganisation.create({ data: { itemId: item.id, organisationId: partner.id, role: "PARTNER" } });
    await db.actionItemOrganisation.update({
      where: { itemId_organisationId: { itemId: item.id, organisationId: link.organisationId } },
      data: { lead: null },
    });
    await db.indicator.update({ where: { id: indicator.id }, data: { target: "20" } });
    await db.indicator.delete({ where: { id: indicator.id } });
    await db.focusArea.delete({ where: { id: area.id } });
    await db.programmeVersion.update({
      where: { id: versionId },
      data: { title: "Ny titel", validTo: new Date("2026-12-31"), substances: ["A", "T"], editRevision: 1 },
    });

    expect(await contentCounts(versionId)).toEqual({
      focusAreas: 1,
      goals: 0,
      items: 1,
      organisations: 2,
      indicators: 0,
    });
  });

  test("it can be deleted together with all its content", async () => {
    const fixture = await createProgrammeVersion(db, {
      focusAreas: [{ items: [{ indicators: 2 }, {}] }, { items: [{}] }],
    });
    const versionId = fixture.version.id;
    expect(await contentCounts(versionId)).toEqual({
      focusAreas: 2,
      goals: 2,
      items: 3,
      organisations: 3,
      indicators: 4,
    });

    await db.programmeVersion.delete({ where: { id: versionId } });

    expect(await db.programmeVersion.count({ where: { id: versionId } })).toBe(0);
    expect(await contentCounts(versionId)).toEqual({
      focusAreas: 0,
      goals: 0,
      items: 0,
      organisations: 0,
      indicators: 0,
    });
  });

  test("content cannot be moved out of or into a frozen version", async () => {
    const draft = await createProgrammeVersion(db);
    const frozen = await createProgrammeVersion(db, { status: "PUBLISHED" });
    const draftContent = firstContent(draft);
    const frozenContent = firstContent(frozen);

    expect(
      await refusalOf(
        db.actionItem.update({
          where: { id: draftContent.item.id },
          data: { versionId: frozen.version.id, focusAreaId: frozenContent.area.id },
        }),
      ),
    ).toBe(FROZEN);
    expect(
      await refusalOf(
        db.indicator.update({ where: { id: frozenContent.indicator.id }, data: { itemId: draftContent.item.id } }),
      ),
    ).toBe(FROZEN);
  });
});

describe("uniqueness", () => {
  test("an organisation has one current endorsement per version, and any number of history rows", async () => {
    const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT" });
    const first = await createEndorsement(db, { versionId: version.id, round: 1 });
    const organisationId = first.organisationId;

    expect(await refusalOf(createEndorsement(db, { versionId: version.id, organisationId, round: 2 }))).toBe(
      UNIQUE_VIOLATION,
    );

    // A new round: the earlier row becomes history (current NULL), the new one is current.
    await db.endorsement.update({ where: { id: first.id }, data: { current: null } });
    await createEndorsement(db, { versionId: version.id, organisationId, round: 2 });
    await db.endorsement.updateMany({ where: { versionId: version.id, round: 2 }, data: { current: null } });
    await createEndorsement(db, { versionId: version.id, organisationId, round: 3 });

    expect(
      await db.endorsement.findMany({
        where: { versionId: version.id, organisationId },
        select: { round: true, current: true },
        orderBy: { round: "asc" },
      }),
    ).toEqual([
      { round: 1, current: null },
      { round: 2, current: null },
      { round: 3, current: true },
    ]);
  });

  test("an endorsement round is recorded once per organisation, and current is TRUE or NULL", async () => {
    const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT" });
    const first = await createEndorsement(db, { versionId: version.id, round: 1, current: null });

    expect(
      await refusalOf(
        createEndorsement(db, { versionId: version.id, organisationId: first.organisationId, round: 1, current: null }),
      ),
    ).toBe(UNIQUE_VIOLATION);
    expect(await refusalOf(createEndorsement(db, { versionId: version.id, round: 1, current: false }))).toBe(
      CHECK_VIOLATION,
    );
  });

  test("a programme has each version number once", async () => {
    const programme = await createProgramme(db);
    const otherProgramme = await createProgramme(db);
    const { version } = await createProgrammeVersion(db, { programmeId: programme.id, focusAreas: [] });

    expect(
      await refusalOf(
        createProgrammeVersion(db, { programmeId: programme.id, number: version.number, focusAreas: [] }),
      ),
    ).toBe(UNIQUE_VIOLATION);
    const elsewhere = await createProgrammeVersion(db, {
      programmeId: otherProgramme.id,
      number: version.number,
      focusAreas: [],
    });
    expect(elsewhere.version.number).toBe(version.number);
  });

  test("an action item has one lead, and only a responsible organisation can lead", async () => {
    const fixture = await createProgrammeVersion(db);
    const { item } = firstContent(fixture);
    const [second, third] = [
      await createOrganisation(db, { countyId: fixture.version.countyId }),
      await createOrganisation(db, { countyId: fixture.version.countyId }),
    ];

    expect(
      await refusalOf(
        db.actionItemOrganisation.create({
          data: { itemId: item.id, organisationId: second.id, role: "RESPONSIBLE", lead: true },
        }),
      ),
    ).toBe(UNIQUE_VIOLATION);
    expect(
      await refusalOf(
        db.actionItemOrganisation.create({
          data: { itemId: item.id, organisationId: second.id, role: "PARTNER", lead: true },
        }),
      ),
    ).toBe(CHECK_VIOLATION);
    expect(
      await refusalOf(
        db.actionItemOrganisation.create({
          data: { itemId: item.id, organisationId: second.id, role: "RESPONSIBLE", lead: false },
        }),
      ),
    ).toBe(CHECK_VIOLATION);

    await db.actionItemOrganisation.createMany({
      data: [
        { itemId: item.id, organisationId: second.id, role: "RESPONSIBLE", lead: null },
        { itemId: item.id, organisationId: third.id, role: "PARTNER", lead: null },
      ],
    });
    expect(await db.actionItemOrganisation.count({ where: { itemId: item.id } })).toBe(3);
  });
});

describe("the audit trail", () => {
  test("audit events can be added but never changed or deleted", async () => {
    const event = await createAuditEvent(db, { action: "version.publish", after: { status: "PUBLISHED" } });

    expect(await refusalOf(db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } }))).toBe(
      INSERT_ONLY,
    );
    expect(await refusalOf(db.auditEvent.updateMany({ data: { actorEmail: "x@example.se" } }))).toBe(INSERT_ONLY);
    expect(await refusalOf(db.auditEvent.delete({ where: { id: event.id } }))).toBe(INSERT_ONLY);
    expect(await refusalOf(db.$executeRaw`DELETE FROM audit_event`)).toBe(INSERT_ONLY);

    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});

describe("foreign keys", () => {
  test("content cannot point at a version that does not exist", async () => {
    expect(
      await refusalOf(
        db.focusArea.create({
          data: { versionId: randomUUID(), stableKey: randomUUID(), position: 0, title: "Föräldralös" },
        }),
      ),
    ).toBe(FOREIGN_KEY_VIOLATION);
  });

  test("a county that has municipalities cannot be deleted", async () => {
    const municipality = await createMunicipality(db);

    expect(await refusalOf(db.county.delete({ where: { id: municipality.countyId } }))).toBe(RESTRICT_VIOLATION);
    expect(await db.county.count({ where: { id: municipality.countyId } })).toBe(1);
  });

  test("a version with endorsements cannot be deleted, even as a draft", async () => {
    const { version } = await createProgrammeVersion(db);
    await createEndorsement(db, { versionId: version.id });

    expect(await refusalOf(db.programmeVersion.delete({ where: { id: version.id } }))).toBe(RESTRICT_VIOLATION);
    expect(await contentCounts(version.id)).toEqual({ focusAreas: 1, goals: 1, items: 1, organisations: 1, indicators: 1 });
  });
});

test("factories give every row unique values", async () => {
  const [a, b] = [await createProgrammeFixture(db), await createProgrammeFixture(db)];
  expect(a.county.code).not.toBe(b.county.code);
  expect(a.programme.slug).not.toBe(b.programme.slug);
  expect(a.nationalStrategy.slug).not.toBe(b.nationalStrategy.slug);
  await setVersionStatus(db, a.version.id, "PUBLISHED");
  expect((await db.programmeVersion.findUniqueOrThrow({ where: { id: a.version.id } })).status).toBe("PUBLISHED");
});

test("lib's own client (server-only, DATABASE_URL) sees the same test database", async () => {
  const { getDb } = await import("@/lib/db/client");
  const county = await createCounty(db);

  expect(await getDb().county.findUnique({ where: { id: county.id }, select: { slug: true } })).toEqual({
    slug: county.slug,
  });
});
