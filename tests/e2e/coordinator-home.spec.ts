import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { queryDatabase, tabTo } from "./support";

// The coordinator's way through (issue 12): the workspace home shows each programme's versions
// with an accessible step indicator, what they wait on and the next step; a signatory keeps their
// own to-do list; the Länsstyrelse has a demo signatory; a workspace 404 says so in its title.

const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const NYKOPING = "signatar@nykoping.example";
const BOARD_SIGNATORY = "signatar@lansstyrelsen-sodermanland.example";
const SHOTS = process.env.E2E_SCREENSHOT_DIR;
const steps: Record<string, string> = { DRAFT: "Utkast", CONSULTATION: "Remiss", ENDORSEMENT: "Ställningstagande", RATIFIED: "Fastställd", PUBLISHED: "Publicerad" };

/** axe with every WCAG level the project answers for, 2.2 AA included. */
async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), `axe on ${page.url()}`).toEqual([]);
}

async function signIn(page: Page, email: string) {
  await page.goto("/logga-in");
  await page.getByTestId(`demo-sign-in-${email}`).click();
  await expect(page).toHaveURL(/\/arbetsyta/);
}

/** No sideways scrolling at the current width, and a screenshot when a directory is given. */
async function lookAt(page: Page, name: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  if (SHOTS !== undefined) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }
}

async function sodermanlandVersions(): Promise<{ programmeId: string; versions: { number: number; status: string }[] }> {
  const rows = await queryDatabase<{ programme_id: string; number: number; status: string }>(
    `select v.programme_id, v.number, v.status::text from programme_version v join action_programme p on p.id = v.programme_id join county c on c.id = p.county_id
     where c.code = '04' and v.status in ('DRAFT', 'CONSULTATION', 'ENDORSEMENT', 'RATIFIED', 'PUBLISHED') order by p.created_at, v.number desc`,
  );
  const programmeId = rows[0]?.programme_id;
  if (programmeId === undefined) throw new Error("no Södermanland programme in the seed");
  return { programmeId, versions: rows.filter((r) => r.programme_id === programmeId).map((r) => ({ number: r.number, status: r.status })) };
}

test.describe("the workspace home", () => {
  test("a coordinator sees each version's step, what it waits on and the next step, and reaches it with the keyboard", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, COORDINATOR);
    const pipelines = page.getByTestId("programme-pipelines");
    await expect(pipelines.getByRole("heading", { name: "Dina program", level: 2 })).toBeVisible();
    const { programmeId, versions } = await sodermanlandVersions();
    const programme = pipelines.getByRole("listitem").filter({ has: page.locator(`a[href="/arbetsyta/program/${programmeId}"]`) }).first();
    for (const version of versions) {
      const block = programme.getByTestId(`pipeline-version-${version.number}`);
      const indicator = block.getByRole("list", { name: `Steg för version ${version.number}` });
      // An ordered list of the five steps; exactly the current one is marked, in words too.
      await expect(indicator.getByRole("listitem")).toHaveCount(5);
      expect(await indicator.evaluate((element) => element.tagName)).toBe("OL");
      const current = indicator.locator('[aria-current="step"]');
      await expect(current).toHaveCount(1);
      await expect(current).toContainText(`${steps[version.status] ?? "?"} (nu)`);
    }
    await expectAccessible(page);
    await lookAt(page, "coordinator-home-1280");

    // The next step of the open version is a link to the page where it is done.
    const open = versions.find((v) => v.status !== "PUBLISHED");
    if (open !== undefined) {
      const next = programme.getByTestId(`pipeline-version-${open.number}`).getByRole("link", { name: /^(Skicka på remiss|Skicka för ställningstagande|Gå igenom remissvaren|Se ställningstagandena|Fastställ versionen|Hantera beslutet|Publicera versionen)/ });
      await expect(next).toHaveAttribute("href", new RegExp(`^/arbetsyta/program/${programmeId}/version/${open.number}/(remiss|stallningstagande)$`));
      await tabTo(page, next);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/version/${open.number}/(remiss|stallningstagande)$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(/Remiss|Ställningstagande/);
    }

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/arbetsyta");
    await expect(pipelines.getByRole("heading", { name: "Dina program" })).toBeVisible();
    await expectAccessible(page);
    await lookAt(page, "coordinator-home-390");
  });

  test("a signatory keeps their own to-do list and sees no programme list", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, NYKOPING);
    await expect(page.getByRole("heading", { name: "Att göra", level: 2 })).toBeVisible();
    await expect(page.getByTestId("inbox-link")).toBeVisible();
    await expect(page.getByTestId("programme-pipelines")).toHaveCount(0);
    await expectAccessible(page);
    await lookAt(page, "signatory-home-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expectAccessible(page);
    await lookAt(page, "signatory-home-390");
  });

  test("the Länsstyrelse has a demo signatory, listed on the sign-in page like the others", async ({ page }) => {
    await page.goto("/logga-in");
    const entry = page.getByRole("listitem").filter({ hasText: BOARD_SIGNATORY });
    await expect(entry).toContainText("Länsstyrelsen i Södermanlands län");
    await expectAccessible(page);
    await page.getByTestId(`demo-sign-in-${BOARD_SIGNATORY}`).click();
    await expect(page).toHaveURL(/\/arbetsyta/);
    await expect(page.getByRole("cell", { name: "Länsstyrelsen i Södermanlands län" })).toBeVisible();
    await expect(page.getByRole("cell", { name: /^Företrädare/ })).toBeVisible();
    const [membership] = await queryDatabase<{ role: string }>(
      "select m.role::text from membership m join app_user u on u.id = m.user_id join organisation o on o.id = m.organisation_id where u.email = $1 and o.kind = 'COUNTY_BOARD'",
      [BOARD_SIGNATORY],
    );
    expect(membership?.role).toBe("SIGNATORY");
  });
});

test.describe("§ and Dnr", () => {
  test("are shown \"§ 97\" in the workspace and in the public endorsement table, never \"§ §\"", async ({ page }) => {
    const [row] = await queryDatabase<{ id: string; slug: string; county_slug: string }>(
      `select p.id, p.slug, c.slug as county_slug from action_programme p join county c on c.id = p.county_id
       join programme_version v on v.programme_id = p.id and v.number = 1 join endorsement e on e.version_id = v.id and e.paragraph = '97'
       where c.code = '04' limit 1`,
    );
    if (row === undefined) throw new Error("no Södermanland endorsement with § 97 in the seed");
    await page.goto(`/lan/${row.county_slug}/${row.slug}/version/1`);
    // Every organisation's standing, with its decision: "§ 97" as officials write it.
    const table = page.getByTestId("standings-table");
    await expect(table.getByText("§ 97", { exact: true })).toBeVisible();
    await expect(table).not.toContainText("§ §");
    // No bare paragraph number ("201") beside the formatted ones ("§ 55").
    await expect(table.locator("span").filter({ hasText: /^\s*\d+\s*$/ })).toHaveCount(0);
    await expectAccessible(page);

    await signIn(page, COORDINATOR);
    await page.goto(`/arbetsyta/program/${row.id}/version/1/stallningstagande`);
    await expect(page.getByRole("main")).toContainText("§ 97");
    await expect(page.getByRole("main")).not.toContainText("§ §");
    await expectAccessible(page);
  });
});

test.describe("a page not found in the workspace", () => {
  test("says so in its title, also where the refused page has a title of its own", async ({ page }) => {
    await signIn(page, COORDINATOR);
    const [kronoberg] = await queryDatabase<{ id: string }>(
      "select p.id from action_programme p join county c on c.id = p.county_id where c.code = '07' order by p.created_at limit 1",
    );
    if (kronoberg === undefined) throw new Error("no Kronoberg programme in the seed");
    for (const path of [
      `/arbetsyta/program/${kronoberg.id}/version/1/innehall`,
      `/arbetsyta/program/${kronoberg.id}/version/1`,
      `/arbetsyta/program/${randomUUID()}/version/2/innehall`,
      "/arbetsyta/finns-inte",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
      await expect(page, path).toHaveTitle("Sidan finns inte – Länsplan");
      await expectAccessible(page);
    }
  });
});
