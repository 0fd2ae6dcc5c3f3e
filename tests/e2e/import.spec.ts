import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, queryDatabase } from "./support";

// Spreadsheet import (issue 13) in the built app. Works ONLY on a programme of its own in
// Södermanland (created here with one focus area), so the other specs' drafts are untouched.

const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const SHOTS = process.env.IMPORT_SHOTS_DIR ?? "/tmp/lansplan-import-shots";

async function createDraftProgramme(): Promise<string> {
  const [strategy] = await queryDatabase<{ id: string; county_id: string; national_strategy_id: string }>(
    `select s.id, s.county_id, s.national_strategy_id from regional_strategy s join county c on c.id = s.county_id
      where c.code = '04' order by s.valid_from desc limit 1`,
  );
  if (!strategy) throw new Error("no Södermanland strategy");
  const programmeId = randomUUID();
  const versionId = randomUUID();
  await queryDatabase(
    `insert into action_programme (id, county_id, regional_strategy_id, slug, title) values ($1, $2, $3, $4, 'Åtgärdsprogram från Excel')`,
    [programmeId, strategy.county_id, strategy.id, `import-e2e-${programmeId.slice(0, 8)}`],
  );
  await queryDatabase(
    `insert into programme_version (id, programme_id, county_id, number, kind, status, title, valid_from, valid_to, substances, national_strategy_id, updated_at)
     values ($1, $2, $3, 1, 'NEW', 'DRAFT', 'Åtgärdsprogram från Excel 2026–2029', '2026-01-01', '2029-12-31', '{A,N,D,T,S}', $4, now())`,
    [versionId, programmeId, strategy.county_id, strategy.national_strategy_id],
  );
  await queryDatabase(`insert into focus_area (id, version_id, stable_key, position, title) values ($1, $2, $3, 0, 'Tillgången ska minska')`, [
    randomUUID(),
    versionId,
    randomUUID(),
  ]);
  return programmeId;
}

/** A county's own layout: two title rows, merged heading rows for focus areas, its own header words. */
async function countyWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Handlingsplan");
  sheet.addRow(["Handlingsplan ANDTS 2026–2029"]);
  sheet.addRow(["Länsstyrelsen i Södermanlands län"]);
  sheet.addRow([]);
  sheet.addRow(["Nr", "Aktivitet", "Huvudansvarig", "Samverkanspartners", "Tidsram", "Indikator", "Basvärde", "Mål"]);
  sheet.addRow(["1. Tillgången ska minska"]);
  sheet.mergeCells("A5:H5");
  sheet.addRow(["1.1", "Tillsyn av serveringsställen", "Nyköping", "Polisen, Regionen", "2026–2029", "Antal tillsynsbesök", 40, 80]);
  sheet.addRow(["", "", "", "", "", "Andel godkända", "61,9", "75"]);
  sheet.addRow(["1.2", "Kontrollköp av tobak", "Studieförbund", "Länsstyrelsen", "2026, 2028", "", "", ""]);
  sheet.addRow([]);
  sheet.addRow(["2. Skydd för barn och unga"]);
  sheet.mergeCells("A10:H10");
  sheet.addRow(["", "Föräldrastöd i alla kommuner", "Region Sörmland", "Nyköpings kommun\nEskilstuna", "löpande", "", "", ""]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function signIn(page: Page): Promise<void> {
  await page.goto("/logga-in");
  await page.getByRole("listitem").filter({ hasText: COORDINATOR }).getByRole("button", { name: /^Logga in som/ }).click();
  await expect(page).toHaveURL(/\/arbetsyta/);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // No sideways scrolling at either width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a coordinator imports a spreadsheet in the county's own layout, resolves two problems and applies it", async ({ page }) => {
  test.slow();
  const programmeId = await createDraftProgramme();
  await signIn(page);
  await page.goto(`/arbetsyta/program/${programmeId}/version/1/innehall`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Importera åtgärder" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera åtgärder" })).toBeVisible();
  await expectAccessible(page);

  // A file that is no spreadsheet is refused beside the field, and nothing is stored.
  await page.getByLabel("Fil (.xlsx eller .csv)").setInputFiles({ name: "anteckningar.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n") });
  await page.getByRole("button", { name: "Läs in och förhandsgranska" }).click();
  await expect(page.getByText("Filen är inget kalkylark. Välj en .xlsx-fil eller en CSV-fil.").first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "upload");

  await page.getByLabel("Fil (.xlsx eller .csv)").setInputFiles({ name: "handlingsplan.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await countyWorkbook() });
  await page.getByRole("button", { name: "Läs in och förhandsgranska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Förhandsgranska importen" })).toBeVisible();
  await expect(page.getByText("Skapas: 3 · Uppdateras: 0 · Oförändrade: 0 · Hoppas över: 0")).toBeVisible();
  await expect(page.getByText("Nya fokusområden skapas: Skydd för barn och unga.")).toBeVisible();
  await expect(page.getByText("2 problem behöver lösas", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "preview");

  // Nothing is written before the preview is applied.
  const countItems = async () =>
    Number((await queryDatabase<{ n: string }>(`select count(*) as n from action_item ai join programme_version pv on pv.id = ai.version_id where pv.programme_id = $1`, [programmeId]))[0]?.n);
  expect(await countItems()).toBe(0);

  await page.getByLabel("Rad 8, Huvudansvarig: ”Studieförbund” finns inte bland länets organisationer – välj en organisation eller hoppa över raden").selectOption({ label: "Eskilstuna kommun" });
  await page.getByLabel("Rad 8, Tidsram: ”2026, 2028” kan betyda flera tidsplaner – välj en eller hoppa över raden").selectOption({ label: "2026–2028" });
  await page.getByRole("button", { name: "Spara valen" }).click();
  await expect(page.getByText("Valen är sparade. Förhandsgranskningen visar dem nu.")).toBeVisible();
  await expect(page.getByText("Inga olösta problem. Granska tabellen och genomför importen.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Genomför importen" }).click();
  await expect(page.getByText("Importen är genomförd: 3 skapade, 0 uppdaterade, 0 oförändrade, 0 överhoppade.")).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "done");

  const items = await queryDatabase<{ number: string; title: string; area: string; timeframe_kind: string; start_year: number | null; end_year: number | null; lead: string; orgs: string; indicators: string }>(
    `select ai.number, ai.title, fa.title as area, ai.timeframe_kind, ai.start_year, ai.end_year,
            (select o.name from action_item_organisation aio join organisation o on o.id = aio.organisation_id where aio.item_id = ai.id and aio.lead) as lead,
            (select string_agg(o.name || ':' || aio.role, ', ' order by aio.role, o.name) from action_item_organisation aio join organisation o on o.id = aio.organisation_id where aio.item_id = ai.id) as orgs,
            (select coalesce(string_agg(i.name || '=' || i.baseline || '→' || i.target, '; ' order by i.position), '') from indicator i where i.item_id = ai.id) as indicators
       from action_item ai join focus_area fa on fa.id = ai.focus_area_id join programme_version pv on pv.id = ai.version_id
      where pv.programme_id = $1 order by fa.position, ai.position`,
    [programmeId],
  );
  expect(items.map((item) => [item.number, item.title, item.area, item.timeframe_kind, item.start_year, item.end_year, item.lead])).toEqual([
    ["1.1", "Tillsyn av serveringsställen", "Tillgången ska minska", "YEARS", 2026, 2029, "Nyköpings kommun"],
    ["1.2", "Kontrollköp av tobak", "Tillgången ska minska", "YEARS", 2026, 2028, "Eskilstuna kommun"],
    ["2.1", "Föräldrastöd i alla kommuner", "Skydd för barn och unga", "ONGOING", null, null, "Region Sörmland"],
  ]);
  expect(items[0]?.orgs).toMatch(/Nyköpings kommun:RESPONSIBLE/);
  expect(items[0]?.orgs).toMatch(/Region Sörmland:PARTNER/);
  expect(items[0]?.orgs).toMatch(/Polis.*:PARTNER/);
  expect(items[0]?.indicators).toBe("Antal tillsynsbesök=40→80; Andel godkända=61,9→75");
  expect(items[2]?.orgs).toBe("Region Sörmland:RESPONSIBLE, Eskilstuna kommun:PARTNER, Nyköpings kommun:PARTNER");
  const audit = await queryDatabase<{ action: string; n: string }>(
    `select action, count(*) as n from audit_event where programme_id = $1 group by action order by action`,
    [programmeId],
  );
  expect(audit.map((row) => `${row.action}:${row.n}`)).toEqual(["actionItem.create:3", "focusArea.create:1"]);

  // The content page shows the imported actions.
  await page.getByRole("link", { name: "Tillbaka till innehållet" }).click();
  await expect(page.getByRole("link", { name: "Kontrollköp av tobak", exact: true })).toBeVisible();
  await expectAccessible(page);
});
