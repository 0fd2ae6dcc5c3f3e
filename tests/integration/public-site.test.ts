// The public site's reads (lib/publications, lib/search): only PUBLISHED and SUPERSEDED versions,
// only decided endorsements, open data a reader can verify, a fixed number of queries.
import { revalidatePath } from "next/cache";
import { describe, expect, test, vi } from "vitest";
import type { VersionStatus } from "@/lib/db/generated/client";
import { computeContentHash } from "@/lib/programmes/content-hash";
import {
  invalidatePublishedProgramme,
  loadCurrentPublicVersion,
  loadHomeOverview,
  loadNationalRollup,
  loadPublicCounty,
  loadPublicOrganisation,
  loadPublicVersion,
  loadPublicVersionChanges,
  loadVersionExport,
  loadVersionList,
  parseVersionNumber,
} from "@/lib/publications/loaders";
import type { PdfLabels } from "@/lib/publications/pdf";
import { loadOrganisationDirectory } from "@/lib/organisations/loaders";
import { loadSearchResults, parseSearchParams } from "@/lib/search/loaders";
import sv from "@/messages/sv.json";
import { createCounty, createMember, createOrganisation, createProgrammeVersion, createUser } from "../factories/index.ts";
import { extractPdfMetadata, extractPdfText, flatten } from "../support/pdf-text.ts";
import { testDb as db } from "./db.ts";
import { addEndorsement, arrangePublishedProgramme, countQueries, createNextVersion, readContent } from "./public-support.ts";

const pdfLabels: PdfLabels = sv.openData.pdf;
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

describe("visibility", () => {
  const hidden: VersionStatus[] = ["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED", "WITHDRAWN"];

  test.each(hidden)("a programme whose only version is %s is not public anywhere", async (status) => {
    const { county, programme } = await arrangePublishedProgramme({ itemTitles: ["Hemligt utkastord", "Annan åtgärd", "Tredje"], status });

    expect(await loadPublicVersion(county.slug, programme.slug, 1)).toBeNull();
    expect(await loadCurrentPublicVersion(county.slug, programme.slug)).toBeNull();
    const countyPage = await loadPublicCounty(county.slug);
    expect(countyPage?.strategies.flatMap((s) => s.programmes)).toEqual([]);
    expect((await loadVersionList()).versions.map((v) => v.programme.slug)).not.toContain(programme.slug);
    const search = await loadSearchResults(parseSearchParams({ q: "utkastord" }));
    expect(search.hits).toEqual([]);
    for (const format of ["json", "csv", "pdf"] as const) {
      expect(await loadVersionExport(county.slug, programme.slug, 1, format, pdfLabels)).toBeNull();
    }
    const home = await loadHomeOverview();
    expect(home.counties.find((c) => c.slug === county.slug)?.programmes ?? []).toEqual([]);
  });

  test("the current version is the newest public one; a newer draft or endorsement round changes nothing", async () => {
    const { county, programme, v1 } = await arrangePublishedProgramme();
    const v2 = await createNextVersion(v1.version.id, "PUBLISHED", async ({ versionId }) => {
      await db.actionItem.updateMany({ where: { versionId, position: 0 }, data: { title: "Ändrad titel i version 2" } });
    });
    await createNextVersion(v2.id, "ENDORSEMENT", async ({ versionId }) => {
      await db.actionItem.updateMany({ where: { versionId }, data: { title: "Titel för ställningstagande" } });
    });

    const current = await loadCurrentPublicVersion(county.slug, programme.slug);
    expect(current?.number).toBe(2);
    expect(current?.status).toBe("PUBLISHED");
    expect(current?.history.map((h) => [h.number, h.status])).toEqual([
      [2, "PUBLISHED"],
      [1, "SUPERSEDED"],
    ]);
    expect(JSON.stringify(current)).not.toContain("Titel för ställningstagande");
    expect((await loadPublicVersion(county.slug, programme.slug, 1))?.status).toBe("SUPERSEDED");
    expect(await loadPublicVersion(county.slug, programme.slug, 3)).toBeNull();
  });

  test("only decided live endorsements are public, and a reservation only with ENDORSED_WITH_RESERVATION", async () => {
    const { county, programme } = await arrangePublishedProgramme({
      endorse: async ({ countyId, versionId }) => {
        const organisation = (name: string) => createOrganisation(db, { countyId, kind: "MUNICIPALITY", name });
        const decider = await createUser(db, { email: "beslutsfattare-hemlig@test.lansplan.se" });
        await addEndorsement(versionId, {
          organisationId: (await organisation("Alfa kommun")).id,
          status: "ENDORSED_WITH_RESERVATION",
          decisionBody: "Kommunstyrelsen",
          decisionDate: new Date("2024-02-01"),
          paragraph: "12",
          diarienummer: "KS 2024/1",
          reservation: "Reservation mot åtgärd 1.2",
          decidedById: decider.id,
        });
        await addEndorsement(versionId, { organisationId: (await organisation("Beta kommun")).id, status: "ENDORSED", reservation: "Kvarglömd text" });
        await addEndorsement(versionId, { organisationId: (await organisation("Gamma kommun")).id, status: "PENDING", reservation: "Väntande reservation" });
        const delta = await organisation("Delta kommun");
        await addEndorsement(versionId, { organisationId: delta.id, status: "DECLINED", round: 1, current: null, reservation: "Gammal omgång" });
        await addEndorsement(versionId, { organisationId: delta.id, status: "ENDORSED", round: 2 });
      },
    });

    const version = await loadPublicVersion(county.slug, programme.slug, 1);
    expect(version?.endorsements.map((e) => [e.organisation.name, e.status, e.reservation])).toEqual([
      ["Alfa kommun", "ENDORSED_WITH_RESERVATION", "Reservation mot åtgärd 1.2"],
      ["Beta kommun", "ENDORSED", null],
      ["Delta kommun", "ENDORSED", null],
    ]);
    const serialised = JSON.stringify(version);
    for (const secret of ["Väntande reservation", "Gammal omgång", "Kvarglömd text", "beslutsfattare-hemlig"]) expect(serialised).not.toContain(secret);
  });
});

describe("version pages", () => {
  test("a version carries its focus areas, goals, items, organisations and indicators in order", async () => {
    const { county, programme, organisations } = await arrangePublishedProgramme();
    const version = await loadPublicVersion(county.slug, programme.slug, 1);
    expect(version?.focusAreas.map((a) => [a.title, a.goals.map((g) => g.number)])).toEqual([
      ["Tillgång", [1]],
      ["Förutsättningar", [2]],
    ]);
    const [first] = version?.focusAreas[0]?.items ?? [];
    expect(first?.organisations.map((o) => [o.name, o.role, o.lead])).toEqual([
      [organisations.lead.name, "RESPONSIBLE", true],
      [organisations.partner.name, "PARTNER", false],
    ]);
    expect(first?.indicators.map((i) => i.name)).toEqual(["Indikator 1"]);
    expect(version?.itemCount).toBe(3);
  });

  test("the changes between two published versions come from the pure diff, by stable key", async () => {
    const { county, programme, v1 } = await arrangePublishedProgramme();
    await createNextVersion(v1.version.id, "PUBLISHED", async ({ versionId, areas }) => {
      await db.actionItem.updateMany({ where: { versionId, title: "Tillsyn av serveringsställen" }, data: { title: "Tillsyn av serveringsställen och e-handel" } });
      await db.actionItem.deleteMany({ where: { versionId, title: "Regional samordning" } });
      const area = areas[0];
      if (area === undefined) throw new Error("no focus area");
      await db.actionItem.create({
        data: { versionId, focusAreaId: area.id, stableKey: crypto.randomUUID(), number: "1.3", position: 5, title: "Ny åtgärd om spel" },
      });
    });
    const changes = await loadPublicVersionChanges(county.slug, programme.slug, 2);
    expect(changes?.before.number).toBe(1);
    expect(changes?.diff.items.map((d) => [d.kind, d.item.title])).toEqual([
      ["changed", "Tillsyn av serveringsställen och e-handel"],
      ["added", "Ny åtgärd om spel"],
      ["removed", "Regional samordning"],
    ]);
    expect(await loadPublicVersionChanges(county.slug, programme.slug, 1)).toBeNull();
  });

  test("version numbers in URLs are positive integers or nothing", () => {
    expect(parseVersionNumber("2")).toBe(2);
    for (const bad of ["0", "-1", "1.5", "01", "abc", "9999999", ""]) expect(parseVersionNumber(bad)).toBeNull();
  });

  test("rendering a version costs the same number of queries for 1 item and for 40", async () => {
    const small = await arrangePublishedProgramme({ focusAreas: [{ items: [{}] }] });
    const large = await arrangePublishedProgramme({
      focusAreas: Array.from({ length: 4 }, () => ({ items: Array.from({ length: 10 }, () => ({ indicators: 2 })) })),
    });
    const one = await countQueries(() => loadPublicVersion(small.county.slug, small.programme.slug, 1));
    const forty = await countQueries(() => loadPublicVersion(large.county.slug, large.programme.slug, 1));
    expect(one.result?.itemCount).toBe(1);
    expect(forty.result?.itemCount).toBe(40);
    expect(forty.queries).toBe(one.queries);
    // 25: the standings read the version's left-out organisations (endorsement_left_out) too.
    expect(one.queries).toBeLessThanOrEqual(25);
  });
});

describe("national roll-up and organisations", () => {
  test("each long-term goal lists what each programme's newest public version does for it, in a fixed number of queries", async () => {
    const { county, programme, strategy, v1 } = await arrangePublishedProgramme();
    await createNextVersion(v1.version.id, "PUBLISHED", async ({ versionId }) => {
      await db.actionItem.updateMany({ where: { versionId, title: "Föräldrastöd i skolorna" }, data: { title: "Föräldrastöd i alla skolor" } });
    });
    const { result: rollup, queries } = await countQueries(() => loadNationalRollup(strategy.slug));
    expect(rollup?.programmeCount).toBe(1);
    const [goal1, goal2, goal3] = rollup?.goals ?? [];
    expect(goal1?.programmes.map((p) => [p.county.slug, p.programme.slug, p.versionNumber])).toEqual([[county.slug, programme.slug, 2]]);
    expect(goal1?.programmes[0]?.focusAreas[0]?.items.map((i) => i.title)).toEqual(["Tillsyn av serveringsställen", "Föräldrastöd i alla skolor"]);
    expect(goal1?.itemCount).toBe(2);
    expect(goal2?.itemCount).toBe(1);
    expect(goal3?.programmes).toEqual([]);

    await arrangePublishedProgramme();
    const again = await countQueries(() => loadNationalRollup(strategy.slug));
    expect(again.queries).toBe(queries);
  });

  test("an organisation page lists its actions in the newest public version and its decisions", async () => {
    const { programme, organisations } = await arrangePublishedProgramme({
      endorse: async ({ versionId, organisations: { lead } }) => {
        await addEndorsement(versionId, { organisationId: lead.id, status: "ENDORSED", decisionBody: "Kommunfullmäktige" });
      },
    });
    const draft = await createProgrammeVersion(db, { programmeId: programme.id, status: "DRAFT", focusAreas: [{ items: [{ title: "Utkast för leadkommun", responsible: [organisations.lead.id] }] }] });
    expect(draft.version.number).toBe(2);

    const page = await loadPublicOrganisation(organisations.lead.slug);
    expect(page?.programmes.map((p) => [p.programme.slug, p.versionNumber])).toEqual([[programme.slug, 1]]);
    expect(page?.programmes[0]?.actions.map((a) => [a.title, a.lead])).toEqual([
      ["Tillsyn av serveringsställen", true],
      ["Föräldrastöd i skolorna", true],
    ]);
    expect(page?.endorsements.map((e) => [e.status, e.decisionBody])).toEqual([["ENDORSED", "Kommunfullmäktige"]]);
    expect(await loadPublicOrganisation("finns-inte")).toBeNull();
  });
});

describe("the organisation directory", () => {
  test("lists every active organisation A–Ö under its county, national ones apart, without inactive ones or the administrators' own", async () => {
    const county = await createCounty(db);
    for (const name of ["Örebro kommun", "Ale kommun", "Åre kommun", "Älvdalens kommun", "Borås kommun"]) {
      await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", name });
    }
    await createOrganisation(db, { countyId: county.id, kind: "REGION", name: "Landstinget Gammalt", active: false });
    const national = await createOrganisation(db, { countyId: null, kind: "NATIONAL_AGENCY", name: "Testverket" });
    const admins = await createOrganisation(db, { countyId: null, kind: "OTHER", name: "Systemförvaltningen" });
    await createMember(db, { role: "ADMIN", organisationId: admins.id });

    const directory = await loadOrganisationDirectory();
    const group = directory.counties.find((c) => c.slug === county.slug);
    expect(group?.organisations.map((o) => o.name)).toEqual(["Ale kommun", "Borås kommun", "Åre kommun", "Älvdalens kommun", "Örebro kommun"]);
    expect(directory.national.map((o) => o.slug)).toContain(national.slug);
    expect(directory.national.map((o) => o.slug)).not.toContain(admins.slug);
  });
});

describe("search", () => {
  test("Swedish full-text search finds inflected forms, filters and never reaches a draft", async () => {
    const a = await arrangePublishedProgramme({ itemTitles: ["Tillsyn av serveringsställen", "Föräldrastöd i skolorna", "Regional samordning"] });
    const b = await arrangePublishedProgramme({ itemTitles: ["Tobaksfri skola", "Kontrollköp av folköl", "Spel om pengar"] });
    await createNextVersion(b.v1.version.id, "DRAFT", async ({ versionId }) => {
      await db.actionItem.updateMany({ where: { versionId }, data: { description: "skolor i utkastet" } });
    });

    const all = await loadSearchResults(parseSearchParams({ q: "skolorna" }));
    expect(all.hits.map((h) => [h.programme.slug, h.title, h.versionNumber]).sort()).toEqual(
      [
        [a.programme.slug, "Föräldrastöd i skolorna", 1],
        [b.programme.slug, "Tobaksfri skola", 1],
      ].sort(),
    );
    expect(all.hits.every((h) => h.snippet.includes("⟦"))).toBe(true);

    const inCounty = await loadSearchResults(parseSearchParams({ q: "skolorna", lan: b.county.slug }));
    expect(inCounty.hits.map((h) => h.title)).toEqual(["Tobaksfri skola"]);

    const byOrganisation = await loadSearchResults(parseSearchParams({ q: "skola", organisation: a.organisations.lead.slug }));
    expect(byOrganisation.hits.map((h) => h.title)).toEqual(["Föräldrastöd i skolorna"]);

    const byGoal = await loadSearchResults(parseSearchParams({ q: "samordning", mal: `${a.strategy.slug}:2` }));
    expect(byGoal.hits.map((h) => h.kind)).toEqual(["item"]);
    expect((await loadSearchResults(parseSearchParams({ q: "samordning", mal: `${a.strategy.slug}:1` }))).hits).toEqual([]);

    expect((await loadSearchResults(parseSearchParams({ q: "skolorna", giltighet: "IN_FORCE" }))).hits).toHaveLength(2);
    expect((await loadSearchResults(parseSearchParams({ q: "skolorna", giltighet: "EXPIRED" }))).hits).toEqual([]);
  });

  test("an organisation's name, inflected, finds the actions it is responsible for or partners in", async () => {
    const a = await arrangePublishedProgramme({ itemTitles: ["Tillsyn av serveringsställen", "Föräldrastöd", "Regional samordning"] });
    await db.organisation.update({ where: { id: a.organisations.lead.id }, data: { name: "Nyköpings kommun" } });
    // A draft with the same organisations is never searched.
    await createNextVersion(a.v1.version.id, "DRAFT");

    const hits = await loadSearchResults(parseSearchParams({ q: "Nyköping" }));
    // The lead organisation is responsible for the first two actions; the partner-only third is not found.
    expect(hits.hits.map((h) => [h.kind, h.title, h.versionNumber])).toEqual([
      ["item", "Tillsyn av serveringsställen", 1],
      ["item", "Föräldrastöd", 1],
    ]);
    expect(hits.total).toBe(2);
    expect(hits.hits[0]?.snippet).toContain("⟦Nyköpings⟧");
    expect((await loadSearchResults(parseSearchParams({ q: "Nyköpings" }))).total).toBe(2);
  });

  test("a filter without a search word lists every matching action, and no match is a count of zero", async () => {
    const a = await arrangePublishedProgramme();
    await arrangePublishedProgramme();
    const byOrganisation = await loadSearchResults(parseSearchParams({ organisation: a.organisations.partner.slug }));
    expect(byOrganisation.hits.map((h) => h.title)).toEqual(["Tillsyn av serveringsställen", "Regional samordning"]);
    expect(byOrganisation.total).toBe(2);
    const byCounty = await loadSearchResults(parseSearchParams({ lan: a.county.slug }));
    expect(byCounty.total).toBe(3);
    expect(byCounty.hits.every((h) => h.kind === "item" && h.county.slug === a.county.slug)).toBe(true);
    const none = await loadSearchResults(parseSearchParams({ q: "xyzzyord" }));
    expect(none).toEqual({ hits: [], truncated: false, total: 0 });
    expect(await loadSearchResults(parseSearchParams({}))).toEqual({ hits: [], truncated: false, total: 0 });
  });

  test("malformed filters are ignored rather than refused", () => {
    const params = parseSearchParams({ q: ["  skola  ", "x"], lan: "../../etc", mal: "nope", giltighet: "SOMETIMES", versioner: "ALL" });
    expect(params).toEqual({ q: "skola", lan: null, organisation: null, mal: null, giltighet: "ALL", versioner: "ALL" });
  });
});

describe("open data", () => {
  test("the JSON of a version lets anyone recompute its content hash", async () => {
    const { county, programme, v1 } = await arrangePublishedProgramme();
    const stored = (await db.programmeVersion.findUniqueOrThrow({ where: { id: v1.version.id } })).contentHash;
    const download = await loadVersionExport(county.slug, programme.slug, 1, "json", pdfLabels);
    expect(download?.contentHash).toBe(stored);
    const document = JSON.parse(decoder.decode(download?.body));
    expect(document.contentHash).toBe(stored);
    expect(document.schema).toBe("/api/open-data/schema/v1.json");
    expect("status" in document.version).toBe(false);

    // Recompute from the document alone, following contentHashAlgorithm.
    const recomputed = computeContentHash({
      title: document.version.title,
      validFrom: new Date(document.version.validFrom),
      validTo: new Date(document.version.validTo),
      substances: document.version.substances,
      nationalStrategyId: document.nationalStrategy.id,
      changeSummary: document.version.changeSummary,
      focusAreas: document.focusAreas.map((area: { items: { timeframe: Record<string, unknown>; organisations: { id: string; role: string; lead: boolean }[] }[] } & Record<string, unknown>) => ({
        ...area,
        items: area.items.map((item) => ({
          ...item,
          timeframeKind: item.timeframe["kind"],
          startYear: item.timeframe["startYear"],
          endYear: item.timeframe["endYear"],
          startDate: item.timeframe["startDate"] === null ? null : new Date(String(item.timeframe["startDate"])),
          endDate: item.timeframe["endDate"] === null ? null : new Date(String(item.timeframe["endDate"])),
          organisations: item.organisations.map((o) => ({ organisationId: o.id, role: o.role, lead: o.lead })),
        })),
      })),
    });
    expect(recomputed).toBe(computeContentHash(await readContent(v1.version.id)));
    expect(recomputed).toBe(stored);
  });

  test("the CSV has one row per action with the content hash, quoted and without formulas", async () => {
    const { county, programme, v1 } = await arrangePublishedProgramme({ itemTitles: ["=HYPERLINK(\"x\")", "Med, komma och \"citat\"", "Vanlig"] });
    const download = await loadVersionExport(county.slug, programme.slug, 1, "csv", pdfLabels);
    const text = decoder.decode(download?.body);
    expect(text.startsWith("\uFEFFcounty_slug,programme_slug,version_number,version_content_hash")).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(text).toContain(`'=HYPERLINK(""x"")`);
    expect(text).toContain(`"Med, komma och ""citat"""`);
    const stored = (await db.programmeVersion.findUniqueOrThrow({ where: { id: v1.version.id } })).contentHash ?? "";
    expect(lines.slice(1).every((line) => line.includes(stored))).toBe(true);
  });

  test("the PDF has real text, the title, the language, the endorsements and the content hash", async () => {
    const { county, programme, v1 } = await arrangePublishedProgramme({
      endorse: async ({ countyId, versionId }) => {
        const org = await createOrganisation(db, { countyId, kind: "MUNICIPALITY", name: "Reservationskommun" });
        await addEndorsement(versionId, { organisationId: org.id, status: "ENDORSED_WITH_RESERVATION", reservation: "Vi reserverar oss mot 1.1", decisionBody: "KS" });
      },
    });
    const download = await loadVersionExport(county.slug, programme.slug, 1, "pdf", pdfLabels);
    if (download === null) throw new Error("no pdf");
    expect(download.contentType).toBe("application/pdf");
    // Words wrap inside table cells: compare with white space made single spaces.
    const text = flatten(extractPdfText(download.body));
    for (const expected of ["Tillsyn av serveringsställen", "Reservationskommun", "Vi reserverar oss mot 1.1", download.contentHash ?? "x"]) {
      expect(text).toContain(expected);
    }
    expect(extractPdfMetadata(download.body)).toEqual({ title: v1.version.title, lang: "sv-SE" });
  });

  test("the list of published versions carries status, hash and download links", async () => {
    const { county, programme, v1 } = await arrangePublishedProgramme();
    await createNextVersion(v1.version.id, "PUBLISHED");
    const list = await loadVersionList();
    const mine = list.versions.filter((v) => v.programme.slug === programme.slug);
    expect(mine.map((v) => [v.number, v.status])).toEqual([
      [1, "SUPERSEDED"],
      [2, "PUBLISHED"],
    ]);
    expect(mine[1]?.downloads.csv).toBe(`/api/open-data/lan/${county.slug}/${programme.slug}/version/2/atgarder.csv`);
    expect(mine.every((v) => /^[0-9a-f]{64}$/.test(v.contentHash ?? ""))).toBe(true);
  });
});

describe("cache", () => {
  test("publishing revalidates every public page", async () => {
    vi.mocked(revalidatePath).mockClear();
    await invalidatePublishedProgramme("00000000-0000-0000-0000-000000000000");
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });
});
