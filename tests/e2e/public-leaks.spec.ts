import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { extractPdfText } from "../support/pdf-text";
import { arrangeProgramme, createOrganisation, createUser, goalIds, openDatabase, previewModeId, type ArrangedProgramme } from "./public-fixtures";

/*
 * Never leaks: unique markers are planted where the public must never look (a DRAFT version, an
 * ENDORSEMENT version, a RATIFIED one not yet published, a pending endorsement's reservation, a
 * user's e-mail address, a consultation comment), then every public page, download, search and
 * open-data URL is requested anonymously, as HTML and as an RSC payload (`RSC: 1`); every cached
 * page is first rendered anew (x-prerender-revalidate) so it is rendered with the markers in the
 * database. No body may contain a marker. A public control string must be found, so the check
 * is known to read what it claims to read (including the text of the PDFs).
 */

const run = randomUUID().slice(0, 8);
const marker = {
  draft: `LECKAUTKAST${run}`,
  endorsement: `LECKASTALLNING${run}`,
  ratified: `LECKAFASTSTALLD${run}`,
  pending: `LECKAVANTANDE${run}`,
  email: `leckaepost${run}@hemlig.example`,
  comment: `LECKAREMISS${run}`,
};
const publicControl = `PUBLIKKONTROLL${run}`;
/**
 * Searchable words planted next to the markers: the searches ask for these, never for a marker,
 * because the search page repeats the query ("Inga träffar för …").
 */
const bait = `lockord${run}`;

let published: ArrangedProgramme;
let endorsementRound: ArrangedProgramme;
let ratified: ArrangedProgramme;
let pendingOrganisationSlug = "";

test.beforeAll(async () => {
  const db = openDatabase();
  try {
    const goals = await goalIds(db);
    const content = (text: string) => (_n: number, organisations: { lead: string; partner: string }) => [
      {
        title: `Fokusområde ${bait} ${text}`,
        goalIds: [goals.get(2) ?? ""],
        items: [{ title: `Åtgärd ${bait} ${text}`, responsible: [organisations.lead], partners: [organisations.partner], indicators: 1 }],
      },
    ];
    const county = await db.county.findUniqueOrThrow({ where: { code: "23" } });
    const person = await createUser(db, { email: marker.email, name: "Hemlig Person" });
    const signatory = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", name: `Väntekommun ${run}` });
    pendingOrganisationSlug = signatory.slug;
    await db.membership.create({ data: { userId: person.id, organisationId: signatory.id, role: "SIGNATORY" } });
    // Version 1 public (with the control string), version 2 a draft with the marker. Version 1
    // was ratified with one organisation still pending and the lead's decision recorded.
    published = await arrangeProgramme(db, {
      countyCode: "23",
      title: `Åtgärdsprogram i Jämtland ${run}`,
      statuses: ["PUBLISHED", "DRAFT"],
      focusAreas: (n, organisations) => content(n === 1 ? publicControl : marker.draft)(n, organisations),
      endorse: async (version, organisations) => {
        await db.endorsement.create({ data: { versionId: version.id, organisationId: signatory.id, round: 1, status: "PENDING", reservation: marker.pending, decisionBody: marker.pending } });
        await db.endorsement.create({
          data: { versionId: version.id, organisationId: organisations.lead, round: 1, status: "ENDORSED", decisionBody: "Kommunstyrelsen", decidedById: person.id, decidedAt: new Date() },
        });
      },
    });
    const [v1, v2] = published.versions;
    if (v1 === undefined || v2 === undefined) throw new Error("versions not arranged");
    await db.programmeVersion.update({ where: { id: v2.id }, data: { title: `Utkast ${bait} ${marker.draft}`, changeSummary: `${bait} ${marker.draft}` } });
    await db.indicator.updateMany({ where: { item: { versionId: v2.id } }, data: { name: marker.draft, dataSource: marker.draft } });

    endorsementRound = await arrangeProgramme(db, { countyCode: "23", title: `Program ${marker.endorsement}`, statuses: ["ENDORSEMENT"], focusAreas: content(marker.endorsement) });
    ratified = await arrangeProgramme(db, { countyCode: "23", title: `Program ${marker.ratified}`, statuses: ["RATIFIED"], focusAreas: content(marker.ratified) });

    // A decision on the version out for endorsement.
    const roundVersion = endorsementRound.versions[0];
    if (roundVersion === undefined) throw new Error("no endorsement version");
    await db.endorsement.create({ data: { versionId: roundVersion.id, organisationId: signatory.id, round: 1, status: "ENDORSED_WITH_RESERVATION", reservation: marker.endorsement } });
    // A submitted consultation response on the published version: only counts are public.
    const round = await db.consultationRound.create({ data: { versionId: v1.id, number: 1, deadline: new Date("2024-03-01"), message: marker.comment } });
    const invitation = await db.consultationInvitation.create({ data: { roundId: round.id, organisationId: signatory.id } });
    await db.consultationResponse.create({
      data: { invitationId: invitation.id, status: "SUBMITTED", generalText: marker.comment, comments: { create: [{ text: marker.comment }] } },
    });
    await db.auditEvent.create({ data: { action: "test.leak", entityType: "test", entityId: run, actorEmail: marker.email, after: { note: marker.draft } } });
  } finally {
    await db.$disconnect();
  }
});

function expectNoMarker(body: string, url: string) {
  for (const [name, value] of Object.entries(marker)) {
    expect(body.includes(value), `${name} marker in ${url}`).toBe(false);
  }
}

const pageUrls = () => {
  const programme = (p: ArrangedProgramme) => `/lan/${p.countySlug}/${p.programmeSlug}`;
  const jamtland = `/lan/${published.countySlug}`;
  const pages = [
    "/",
    jamtland,
    programme(published),
    `${programme(published)}/version/1`,
    `${programme(published)}/version/2`,
    `${programme(published)}/version/2/andringar`,
    programme(endorsementRound),
    `${programme(endorsementRound)}/version/1`,
    programme(ratified),
    `${programme(ratified)}/version/1`,
    "/lan/sodermanland",
    "/lan/sodermanland/atgardsprogram-andt",
    "/lan/sodermanland/atgardsprogram-andt/version/1",
    "/lan/sodermanland/atgardsprogram-andt/version/2",
    "/nationell-strategi",
    `/nationell-strategi/${published.nationalStrategySlug}`,
    ...published.organisationSlugs.map((slug) => `/organisation/${slug}`),
    ...endorsementRound.organisationSlugs.map((slug) => `/organisation/${slug}`),
    `/organisation/${pendingOrganisationSlug}`,
    "/oppna-data",
    "/tillganglighet",
  ];
  return [...pages, ...pages.map((url) => (url === "/" ? "/en" : `/en${url}`))];
};

const searchUrls = () => [
  `/sok?q=${bait}`,
  `/sok?q=${bait}&versioner=ALL`,
  `/sok?q=${bait}&versioner=ALL&lan=${published.countySlug}&giltighet=IN_FORCE`,
  `/sok?q=${bait}&organisation=${pendingOrganisationSlug}&versioner=ALL`,
  `/sok?q=${encodeURIComponent("Åtgärd")}&versioner=ALL&giltighet=ALL`,
  `/sok?q=Fokusområde&lan=${published.countySlug}&versioner=ALL`,
  `/sok?q=${publicControl}&organisation=${published.organisationSlugs[0] ?? ""}`,
  `/en/sok?q=${bait}&versioner=ALL`,
];

const openDataUrls = () => {
  const files = ["program.json", "atgarder.csv"];
  const versions = (p: ArrangedProgramme, numbers: number[]) =>
    numbers.flatMap((n) => files.map((file) => `/api/open-data/lan/${p.countySlug}/${p.programmeSlug}/version/${n}/${file}`));
  return [
    "/api/open-data/versions.json",
    "/api/open-data/schema/v1.json",
    ...versions(published, [1, 2]),
    ...versions(endorsementRound, [1]),
    ...versions(ratified, [1]),
    "/api/open-data/lan/sodermanland/atgardsprogram-andt/version/2/program.json",
  ];
};

const pdfUrls = () => [
  `/api/open-data/lan/${published.countySlug}/${published.programmeSlug}/version/1/program.pdf`,
  `/api/open-data/lan/${published.countySlug}/${published.programmeSlug}/version/2/program.pdf`,
  `/api/open-data/lan/${endorsementRound.countySlug}/${endorsementRound.programmeSlug}/version/1/program.pdf`,
  `/api/open-data/lan/${ratified.countySlug}/${ratified.programmeSlug}/version/1/program.pdf`,
];

async function fetchBodies(request: APIRequestContext, url: string): Promise<string[]> {
  const html = await request.get(url);
  const rsc = await request.get(url, { headers: { RSC: "1" } });
  return [await html.text(), await rsc.text()];
}

test("no public page, RSC payload, search, download or open-data file reveals anything unpublished or personal", async ({ request }) => {
  test.setTimeout(180_000);
  const revalidate = { "x-prerender-revalidate": previewModeId() };
  let controlSeen = 0;

  for (const url of pageUrls()) {
    // Render anew, now that the markers are in the database (the page may be cached from before).
    const fresh = await request.get(url, { headers: revalidate });
    expectNoMarker(await fresh.text(), url);
    for (const body of await fetchBodies(request, url)) {
      expectNoMarker(body, url);
      if (body.includes(publicControl)) controlSeen += 1;
    }
  }
  for (const url of [...searchUrls(), ...openDataUrls()]) {
    for (const body of await fetchBodies(request, url)) {
      expectNoMarker(body, url);
      if (body.includes(publicControl)) controlSeen += 1;
    }
  }
  let pdfControlSeen = false;
  for (const url of pdfUrls()) {
    const response = await request.get(url);
    const body = await response.body();
    const text = response.status() === 200 ? extractPdfText(body) : body.toString("utf8");
    expectNoMarker(text, url);
    expectNoMarker(body.toString("latin1"), url);
    if (text.includes(publicControl)) pdfControlSeen = true;
  }

  // The check reads what it claims to read: the public version's own text is found.
  expect(controlSeen).toBeGreaterThan(10);
  expect(pdfControlSeen).toBe(true);
});

test("the unpublished versions are 404 everywhere, exactly like versions that do not exist", async ({ request }) => {
  const unpublished = [
    `/lan/${published.countySlug}/${published.programmeSlug}/version/2`,
    `/lan/${endorsementRound.countySlug}/${endorsementRound.programmeSlug}`,
    `/lan/${ratified.countySlug}/${ratified.programmeSlug}/version/1`,
    `/api/open-data/lan/${ratified.countySlug}/${ratified.programmeSlug}/version/1/program.pdf`,
  ];
  for (const url of unpublished) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(response.headers()["cache-control"], url).toMatch(/no-store/);
  }
});
