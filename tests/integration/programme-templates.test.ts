// A new programme that starts from a copy of a published version (issue 13): the county's own or
// another county's. The copy gets new stable keys (no shared follow-up history), keeps national
// organisations, leaves other counties' organisations out and lists them, and is renumbered.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { createOrganisation, createProgrammeFixture, createRegionalStrategy } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { authoringDigest, createCast, form, outsiders, stateOf } from "./versions-support.ts";

/** The county's coordinator with a strategy to create under, and a published version of another county to copy. */
async function arrange() {
  const own = await createProgrammeFixture(db, { status: "PUBLISHED", focusAreas: [{ title: "Tillgång", items: [{ title: "Egen tillsyn" }] }] });
  const cast = await createCast(own.county.id);
  const strategy = await createRegionalStrategy(db, { countyId: own.county.id, nationalStrategyId: own.nationalStrategy.id });
  const national = await createOrganisation(db, { countyId: null, kind: "NATIONAL_AGENCY", name: "Folkhälsomyndigheten (test)" });
  const foreign = await createProgrammeFixture(db, { status: "DRAFT", focusAreas: [] });
  const foreignMunicipality = await createOrganisation(db, { countyId: foreign.county.id, kind: "MUNICIPALITY", name: "Annanstads kommun" });
  const foreignRegion = await createOrganisation(db, { countyId: foreign.county.id, kind: "REGION", name: "Region Annat" });
  const other = await createProgrammeFixture(db, {
    countyId: foreign.county.id,
    status: "PUBLISHED",
    focusAreas: [
      { title: "Barn och unga", items: [{ title: "Föräldrastöd", responsible: [foreignMunicipality.id, national.id], partners: [foreignRegion.id] }] },
      { title: "Spel om pengar", items: [{ title: "Spelkampanj", responsible: [national.id] }, { title: "Lokal tillsyn", responsible: [foreignRegion.id] }] },
    ],
  });
  signInAs(cast.coordinator);
  const create = (templateVersionId: string, title = "Nytt program från förlaga") =>
    stateOf(
      createProgrammeAction(
        idleFormState,
        form({ strategyId: strategy.id, title, validFrom: "2026-01-01", validTo: "2029-12-31", substances: ["A", "N"], templateVersionId }),
      ),
    );
  return { own, cast, strategy, national, foreign, other, create };
}

async function contentOf(programmeId: string) {
  const version = await db.programmeVersion.findFirstOrThrow({ where: { programmeId, number: 1 }, select: { id: true, status: true, autoNumbering: true } });
  const items = await db.actionItem.findMany({
    where: { versionId: version.id },
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      stableKey: true,
      focusArea: { select: { title: true, stableKey: true } },
      organisations: { orderBy: { role: "asc" }, select: { role: true, lead: true, organisation: { select: { name: true } } } },
      indicators: { select: { stableKey: true, name: true } },
    },
  });
  return { version, items };
}

describe("starting a programme from a published version", () => {
  test("from another county's version: national organisations kept, the county's others left out and listed, new keys", async () => {
    const { other, national, create } = await arrange();
    const state = await create(other.version.id);
    if (state.status !== "success") throw new Error(JSON.stringify(state));
    expect(state.data.template).toEqual({ droppedOrganisations: ["Annanstads kommun", "Region Annat"], itemsWithoutLead: ["1.1", "2.2"] });

    const { version, items } = await contentOf(state.data.programmeId);
    expect(version).toMatchObject({ status: "DRAFT", autoNumbering: true });
    expect(items.map((item) => `${item.number} ${item.focusArea.title}: ${item.title}`)).toEqual([
      "1.1 Barn och unga: Föräldrastöd",
      "2.1 Spel om pengar: Spelkampanj",
      "2.2 Spel om pengar: Lokal tillsyn",
    ]);
    expect(items.map((item) => item.organisations.map((o) => `${o.role}${o.lead ? " (lead)" : ""} ${o.organisation.name}`))).toEqual([
      [`RESPONSIBLE ${national.name}`],
      [`RESPONSIBLE (lead) ${national.name}`],
      [],
    ]);
    // New stable keys everywhere: nothing shared with the template's follow-up history.
    const templateKeys = new Set(
      (await db.actionItem.findMany({ where: { versionId: other.version.id }, select: { stableKey: true, indicators: { select: { stableKey: true } } } })).flatMap(
        (item) => [item.stableKey, ...item.indicators.map((i) => i.stableKey)],
      ),
    );
    const copiedKeys = items.flatMap((item) => [item.stableKey, ...item.indicators.map((i) => i.stableKey)]);
    expect(copiedKeys).toHaveLength(6);
    expect(copiedKeys.filter((key) => templateKeys.has(key))).toEqual([]);
    const templateAreaKeys = new Set(other.focusAreas.map((area) => area.stableKey));
    expect(items.filter((item) => templateAreaKeys.has(item.focusArea.stableKey))).toEqual([]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { programmeId: state.data.programmeId, action: "programme.create" } });
    expect(audit.after).toMatchObject({ templateVersionId: other.version.id });
  });

  test("from the county's own version: everything copied, nothing left out, the template unchanged", async () => {
    const { own, create } = await arrange();
    const before = await db.actionItem.findMany({ where: { versionId: own.version.id }, orderBy: { id: "asc" } });
    const state = await create(own.version.id, "Egen förlaga");
    if (state.status !== "success") throw new Error(JSON.stringify(state));
    expect(state.data.template).toEqual({ droppedOrganisations: [], itemsWithoutLead: [] });
    const { items } = await contentOf(state.data.programmeId);
    expect(items).toMatchObject([{ number: "1.1", title: "Egen tillsyn", focusArea: { title: "Tillgång" }, organisations: [{ role: "RESPONSIBLE", lead: true }] }]);
    expect(items[0]?.stableKey).not.toBe(own.focusAreas[0]?.items[0]?.stableKey);
    expect(await db.actionItem.findMany({ where: { versionId: own.version.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  test("another county's draft is not a template: refused beside the field and no row is written", async () => {
    const { foreign, create } = await arrange();
    const before = await authoringDigest();
    const state = await create(foreign.version.id);
    expect(state.status === "error" ? [state.code, state.fieldErrors["templateVersionId"]] : state.status).toEqual(["VALIDATION", ["unknownTemplate"]]);
    expect(await authoringDigest()).toEqual(before);
  });

  test("nobody but the county's coordinator may create from a template, and a refusal writes no row", async () => {
    const { cast, other, create } = await arrange();
    const before = await authoringDigest();
    for (const { who, user, code } of outsiders(cast)) {
      signInAs(user);
      const state = await create(other.version.id);
      expect(`${who}: ${state.status === "error" ? state.code : state.status}`).toBe(`${who}: ${code}`);
    }
    expect(await authoringDigest()).toEqual(before);
  });
});
