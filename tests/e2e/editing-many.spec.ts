import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, queryDatabase, tabTo } from "./support";

// Editing many actions (issue 13) in the browser. Works only on a programme it creates itself (a
// copy of Kronoberg's published version as a template, in Södermanland), so the other spec files
// that run in parallel on the same database never see its changes.

const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const SODERMANLAND = "04";
const KRONOBERG = "07";

async function signIn(page: Page): Promise<void> {
  await page.goto("/logga-in");
  await page.getByRole("listitem").filter({ hasText: COORDINATOR }).getByRole("button", { name: /^Logga in som/ }).click();
  await expect(page).toHaveURL(/\/arbetsyta/);
}

async function one<T extends Record<string, unknown>>(sql: string, params: unknown[]): Promise<T> {
  const [row] = await queryDatabase<T>(sql, params);
  if (!row) throw new Error(`nothing found: ${sql}`);
  return row;
}

/** "number title" of the actions of a version, in the page's order. */
async function numbering(programmeId: string): Promise<string[]> {
  const rows = await queryDatabase<{ number: string; title: string }>(
    `select ai.number, ai.title from action_item ai join focus_area fa on fa.id = ai.focus_area_id
       join programme_version pv on pv.id = ai.version_id
      where pv.programme_id = $1 and pv.number = 1 order by fa.position, ai.position`,
    [programmeId],
  );
  return rows.map((row) => `${row.number} ${row.title}`);
}

/** Why the page scrolls sideways: its width and what sticks out (none: no sideways scroll). */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const outside = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`);
    return [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`, ...outside.slice(-8)];
  });
}

/** Presses ArrowDown on the focused select until its chosen option is in the optgroup starting with `groupPrefix`. */
async function arrowToGroup(page: Page, select: Locator, groupPrefix: string): Promise<void> {
  for (let presses = 0; presses < 100; presses++) {
    const group = await select.evaluate((element) =>
      element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.parentElement?.getAttribute("label") ?? "") : "",
    );
    if (group.startsWith(groupPrefix)) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no option in ${groupPrefix}`);
}

test.describe("editing many actions", () => {
  test("a coordinator starts a programme from another county's version, adds three actions with 'Spara och lägg till nästa' and moves one with the keyboard; numbers follow", async ({
    page,
  }) => {
    test.slow();
    await signIn(page);

    // A new programme from Kronoberg's published version: Kronoberg's own organisations are listed as left out.
    const strategy = await one<{ id: string }>(
      "select rs.id from regional_strategy rs join county c on c.id = rs.county_id where c.code = $1 order by rs.valid_from desc limit 1",
      [SODERMANLAND],
    );
    const template = await one<{ id: string }>(
      `select pv.id from programme_version pv join county c on c.id = pv.county_id
        where c.code = $1 and pv.status in ('PUBLISHED', 'SUPERSEDED') order by pv.number desc limit 1`,
      [KRONOBERG],
    );
    await page.goto(`/arbetsyta/strategier/${strategy.id}`);
    await expectAccessible(page);
    const title = `Program från förlaga ${Date.now()}`;
    const form = page.getByTestId("create-programme-form");
    await form.getByLabel("Programmets titel").fill(title);
    await form.getByLabel("Utgå från en publicerad version").selectOption(template.id);
    await form.getByRole("button", { name: "Skapa åtgärdsprogrammet" }).click();
    await expect(form.getByText(/har tagits bort från åtgärderna: .*Kronoberg/)).toBeVisible();
    await expectAccessible(page);
    await form.getByRole("link", { name: "Öppna det nya programmet" }).click();
    await expect(page).toHaveURL(/\/version\/1$/);
    await expectAccessible(page);
    const programme = await one<{ id: string }>("select id from action_programme where title = $1", [title]);
    const copied = await numbering(programme.id);
    expect(copied.length).toBeGreaterThan(1);
    // Numbers follow position in the copy.
    expect(copied.every((line) => /^\d+\.\d+ /.test(line))).toBe(true);

    await page.goto(`/arbetsyta/program/${programme.id}/version/1/innehall`);
    await expect(page.getByRole("heading", { level: 1, name: "Innehåll" })).toBeVisible();
    await expectAccessible(page);

    // Three actions in the first focus area, one after the other, without leaving the form.
    const firstArea = page.getByTestId("focus-area").first();
    const areaTitle = (await firstArea.getByRole("heading", { level: 2 }).textContent()) ?? "";
    const before = (await numbering(programme.id)).filter((line) => line.startsWith("1.")).length;
    await firstArea.locator("summary").filter({ hasText: /^Lägg till åtgärd i / }).click();
    const titleField = firstArea.getByLabel("Rubrik");
    await firstArea.getByLabel("Huvudansvarig").selectOption({ index: 1 });
    await firstArea.getByRole("radio", { name: "Årtal" }).check();
    await firstArea.getByLabel("Från år").fill("2026");
    await firstArea.getByLabel("Till år").fill("2027");
    await titleField.fill("Tillsyn av nätförsäljning");
    await firstArea.getByRole("button", { name: "Spara och lägg till nästa" }).click();
    await expect(firstArea.getByRole("status").filter({ hasText: `Åtgärd 1.${before + 1} tillagd.` })).toBeVisible();
    await expect(titleField).toBeFocused();
    await expect(titleField).toHaveValue("");
    const scrollBefore = await page.evaluate(() => window.scrollY);
    // Enter in the title field saves and opens the next one (the first button of the form), once
    // the previous save has finished (the button is disabled while it is sent).
    const saveAndNext = firstArea.getByRole("button", { name: "Spara och lägg till nästa" });
    await expect(saveAndNext).toBeEnabled();
    await titleField.fill("Föräldrakampanj om alkohol");
    await titleField.press("Enter");
    await expect(firstArea.getByRole("status").filter({ hasText: `Åtgärd 1.${before + 2} tillagd.` })).toBeVisible();
    await expect(saveAndNext).toBeEnabled();
    await titleField.fill("Utbildning i ansvarsfull alkoholservering");
    await titleField.press("Enter");
    await expect(firstArea.getByRole("status").filter({ hasText: `Åtgärd 1.${before + 3} tillagd.` })).toBeVisible();
    await expect(titleField).toBeFocused();
    await expect(titleField).toBeInViewport();
    // The page stays where the coordinator is: no jump to the top.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(scrollBefore);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const added = (await numbering(programme.id)).filter((line) => line.startsWith("1."));
    expect(added.slice(-3)).toEqual([
      `1.${before + 1} Tillsyn av nätförsäljning`,
      `1.${before + 2} Föräldrakampanj om alkohol`,
      `1.${before + 3} Utbildning i ansvarsfull alkoholservering`,
    ]);
    const lead = await one<{ n: string }>(
      `select count(*)::text as n from action_item ai join action_item_organisation aio on aio.item_id = ai.id and aio.lead
         join programme_version pv on pv.id = ai.version_id where pv.programme_id = $1 and ai.start_year = 2026 and ai.end_year = 2027`,
      [programme.id],
    );
    expect(lead.n).toBe("3");
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "test-results/editing-quick-add-1280.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.screenshot({ path: "test-results/editing-quick-add-390.png" });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Move "Tillsyn av nätförsäljning" to the start of focus area 2 with the keyboard only.
    const moving = `1.${before + 1}`;
    const menu = firstArea.locator("summary").filter({ hasText: `åtgärd ${moving}` });
    await menu.focus();
    await page.keyboard.press("Enter");
    const select = page.getByLabel(`Ny plats för åtgärd ${moving}`);
    await tabTo(page, select, 5);
    await arrowToGroup(page, select, "2.");
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/editing-move-menu-1280.png" });
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: `Flytta åtgärd ${moving}`, exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("content-announcer")).toHaveText(`Åtgärd ${moving} flyttad till 2.1.`);
    const secondArea = page.getByTestId("focus-area").nth(1);
    await expect(secondArea.getByRole("link", { name: "Tillsyn av nätförsäljning" })).toBeFocused();
    const after = await numbering(programme.id);
    expect(after).toContain("2.1 Tillsyn av nätförsäljning");
    expect(after).toContain(`1.${before + 1} Föräldrakampanj om alkohol`);
    expect(after).toContain(`1.${before + 2} Utbildning i ansvarsfull alkoholservering`);
    // Every number is its place: focus area n, action m.
    const [areas] = await queryDatabase<{ wrong: string }>(
      `select count(*)::text as wrong from (
         select ai.number, dense_rank() over (order by fa.position) as n, row_number() over (partition by fa.id order by ai.position) as m
           from action_item ai join focus_area fa on fa.id = ai.focus_area_id join programme_version pv on pv.id = ai.version_id
          where pv.programme_id = $1) x where x.number <> x.n || '.' || x.m`,
      [programme.id],
    );
    expect(areas?.wrong).toBe("0");
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await secondArea.getByText("Flytta till …").first().click();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.screenshot({ path: "test-results/editing-move-menu-390.png", fullPage: false });
    await expect(page.getByRole("heading", { level: 2, name: areaTitle })).toBeVisible();
  });
});
