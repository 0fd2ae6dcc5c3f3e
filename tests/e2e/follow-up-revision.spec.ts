// One period per programme and year, in the browser. A Norrbotten programme (a county no other spec
// uses) is followed up for 2024 on version 1 when its revision, version 2, is published through the
// coordinator's publish button. Afterwards the signatory is asked for 2024 once, on the version in
// force, and for 2026 once when the coordinator opens it; 2025 was never opened, and the public
// follow-up page says so instead of jumping from 2024 to 2026 without a word. Axe (and the
// no-sideways-scroll check) on every page visited, at 1280 px and, for the signatory, at 390 px.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { computeContentHash } from "../../lib/programmes/content-hash.ts";
import { createProgrammeVersion, setVersionStatus } from "../factories/index.ts";
import { createOrganisation, createUser, goalIds, openDatabase, readContent } from "./public-fixtures";
import { expectAccessible, queryDatabase } from "./support";

type Arranged = { programmeId: string; programmeTitle: string; publicPath: string; coordinator: string; signatory: string; oldPeriodId: string };

/** Version 1 published with 2024 open, version 2 (a revision keeping the actions' stable keys) ratified. */
async function arrange(): Promise<Arranged> {
  const db = openDatabase();
  try {
    const suffix = randomUUID().slice(0, 8);
    const county = await db.county.findUniqueOrThrow({ where: { code: "25" } });
    const board = await db.organisation.findUniqueOrThrow({ where: { slug: `lansstyrelsen-${county.slug}` } });
    const municipality = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", name: `Uppföljningskommun ${suffix}`, slug: `uppfoljningskommun-${suffix}` });
    const coordinator = `samordnare-${suffix}@norrbotten.example`;
    const signatory = `signatar-${suffix}@norrbotten.example`;
    await createUser(db, { email: coordinator, name: `Samordnare ${suffix}`, isDemo: true, memberships: [{ organisationId: board.id, role: "COORDINATOR" }] });
    await createUser(db, { email: signatory, name: `Signatär ${suffix}`, isDemo: true, memberships: [{ organisationId: municipality.id, role: "SIGNATORY" }] });
    const strategy = await db.nationalStrategy.findUniqueOrThrow({ where: { slug: "andts-2022-2025" } });
    const regional = await db.regionalStrategy.create({
      data: { countyId: county.id, slug: `strategi-${suffix}`, title: `Regional ANDTS-strategi ${suffix}`, validFrom: new Date("2024-01-01"), validTo: new Date("2030-12-31"), nationalStrategyId: strategy.id },
    });
    const programmeTitle = `Uppföljningsprogram ${suffix}`;
    const programme = await db.actionProgramme.create({ data: { countyId: county.id, regionalStrategyId: regional.id, slug: `uppfoljningsprogram-${suffix}`, title: programmeTitle } });
    const goals = await goalIds(db);
    const content = (revised: boolean) => [
      {
        title: "Tillgång",
        goalIds: [goals.get(1) ?? ""],
        items: [
          { title: revised ? "Tillsyn av serveringsställen och e-handel" : "Tillsyn av serveringsställen", responsible: [municipality.id], indicators: 0 },
          { title: "Kontrollköp av tobak", responsible: [municipality.id], indicators: 0 },
        ],
      },
    ];
    const validity = { validFrom: new Date("2024-01-01"), validTo: new Date("2030-12-31") };
    const v1 = await createProgrammeVersion(db, { programmeId: programme.id, title: `${programmeTitle}, version 1`, ...validity, focusAreas: content(false) });
    await setVersionStatus(db, v1.version.id, "PUBLISHED", { contentHash: computeContentHash(await readContent(db, v1.version.id)) });
    const v2 = await createProgrammeVersion(db, {
      programmeId: programme.id,
      kind: "REVISION",
      supersedesId: v1.version.id,
      title: `${programmeTitle}, version 2`,
      changeSummary: "Tillsynen omfattar även e-handel.",
      ...validity,
      focusAreas: content(true),
    });
    // A revision keeps its actions' stable keys, so that their follow-up history survives it.
    const oldItems = v1.focusAreas.flatMap((area) => area.items);
    const newItems = v2.focusAreas.flatMap((area) => area.items);
    for (const [index, item] of newItems.entries()) {
      const key = oldItems[index]?.stableKey;
      if (key !== undefined) await db.actionItem.update({ where: { id: item.id }, data: { stableKey: key } });
    }
    await setVersionStatus(db, v2.version.id, "RATIFIED", { contentHash: computeContentHash(await readContent(db, v2.version.id)) });
    const period = await db.reportingPeriod.create({ data: { versionId: v1.version.id, year: 2024, status: "OPEN", opensAt: new Date("2025-01-10"), closesAt: new Date("2027-03-31") } });
    return { programmeId: programme.id, programmeTitle, publicPath: `/lan/${county.slug}/${programme.slug}/uppfoljning`, coordinator, signatory, oldPeriodId: period.id };
  } finally {
    await db.$disconnect();
  }
}

async function signedIn(browser: Browser, email: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto("/logga-in");
  await page.getByTestId(`demo-sign-in-${email}`).click();
  await expect(page).toHaveURL(/\/arbetsyta/);
  return page;
}

/** The signatory's "Mina åtgärder att rapportera", reached from the workspace home. */
async function myPeriods(page: Page): Promise<void> {
  await page.goto("/arbetsyta");
  await page.getByRole("link", { name: "Mina åtgärder att rapportera (uppföljning)" }).click();
  await expect(page.getByRole("heading", { name: "Mina åtgärder att rapportera", level: 1 })).toBeVisible();
  await expectAccessible(page);
}

test("after a revision is published the signatory is asked once per year, and the public page names the year without a period", async ({ browser }) => {
  test.setTimeout(240_000);
  const world = await arrange();
  const signatory = await signedIn(browser, world.signatory, 390);
  const reportLinks = signatory.getByRole("link", { name: /^Rapportera \d{4}: / });

  // Before: 2024 is open on version 1.
  await myPeriods(signatory);
  await expect(reportLinks).toHaveText([`Rapportera 2024: ${world.programmeTitle}`]);

  // The coordinator publishes the revision with the button and its confirmation.
  const coordinator = await signedIn(browser, world.coordinator, 1280);
  await coordinator.goto(`/arbetsyta/program/${world.programmeId}/version/2/stallningstagande`);
  await expectAccessible(coordinator);
  await coordinator.getByRole("button", { name: "Publicera", exact: true }).click();
  const dialog = coordinator.getByRole("dialog", { name: "Publicera versionen?" });
  await expect(dialog).toContainText("En publicering går inte att ångra");
  await dialog.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(coordinator.getByTestId("done-notice")).toHaveText(/Versionen är publicerad/);
  await expectAccessible(coordinator);
  const periods = () =>
    queryDatabase<{ number: number; year: number; status: string }>(
      "select v.number, p.year, p.status::text as status from reporting_period p join programme_version v on v.id = p.version_id where v.programme_id = $1 order by v.number, p.year",
      [world.programmeId],
    );
  expect(await periods()).toEqual([
    { number: 1, year: 2024, status: "CLOSED" },
    { number: 2, year: 2024, status: "OPEN" },
  ]);

  // The coordinator's follow-up page: 2024 continues on version 2, version 1's 2024 is closed for good;
  // 2026 is opened, 2025 is not.
  await coordinator.goto(`/arbetsyta/program/${world.programmeId}/uppfoljning`);
  await expect(coordinator.getByTestId("period-1-2024")).toContainText("2024: Stängd");
  await expect(coordinator.getByTestId("period-1-2024").getByRole("button")).toHaveCount(0);
  await expect(coordinator.getByTestId("period-2-2024")).toContainText("2024: Öppen");
  await expectAccessible(coordinator);
  const open2026 = coordinator.getByTestId("period-2-2026");
  await open2026.getByLabel(/2026/).fill("2027-03-31");
  await open2026.getByRole("button", { name: "Öppna 2026" }).click();
  await expect(open2026).toContainText("2026: Öppen");
  await expect(open2026.getByRole("button", { name: "Stäng 2026" })).toBeVisible();
  await expectAccessible(coordinator);
  expect((await periods()).filter((p) => p.status === "OPEN")).toEqual([
    { number: 2, year: 2024, status: "OPEN" },
    { number: 2, year: 2026, status: "OPEN" },
  ]);

  // The signatory: each year once, on the version in force, never 2024 twice.
  await myPeriods(signatory);
  // Newest year first, as the page lists them.
  await expect(reportLinks).toHaveText([`Rapportera 2026: ${world.programmeTitle}`, `Rapportera 2024: ${world.programmeTitle}`]);
  await expect(signatory.getByRole("link", { name: /^Rapportera 2024: / })).toHaveCount(1);
  await signatory.getByRole("link", { name: `Rapportera 2024: ${world.programmeTitle}` }).click();
  await expect(signatory.getByRole("heading", { level: 1 })).toContainText("Uppföljning 2024");
  // The form lists version 2's actions (the revised title), not version 1's.
  await expect(signatory.getByText("Tillsyn av serveringsställen och e-handel")).toBeVisible();
  await expectAccessible(signatory);
  // The superseded version's period takes no reports: its old address offers no form.
  await signatory.goto(`/arbetsyta/uppfoljning/${world.oldPeriodId}`);
  await expect(signatory.getByText("Perioden är inte öppen. Rapporterna kan inte ändras.")).toBeVisible();
  await expect(signatory.getByRole("button", { name: "Spara och skicka in" })).toHaveCount(0);
  await expectAccessible(signatory);
  await signatory.context().close();
  await coordinator.context().close();

  // The public follow-up page: 2024 and 2026 in the table, and a sentence for 2025.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(world.publicPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(`Uppföljning: ${world.programmeTitle}`);
  await expect(visitor.getByTestId("years-without-period")).toHaveText("Ingen uppföljningsperiod för 2025: de åren följdes inte upp, därför saknas de i tabellen.");
  const yearColumns = visitor.getByTestId("follow-up-actions").getByRole("columnheader", { name: /^\d{4}$/ });
  await expect(yearColumns).toHaveText(["2024", "2026"]);
  await expectAccessible(visitor);
  await visitor.context().close();
});
