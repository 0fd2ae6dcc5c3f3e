// The Händelselogg in sentences with its GET filter, and the national strategy in English on /en,
// at 1280 and 390 px: axe and no sideways scroll (both in expectAccessible) on every page visited. Read-only (Södermanland's demo).
import { expect, test } from "@playwright/test";
import { expectAccessible, queryDatabase } from "./support";

const SODERMANLAND_COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";

for (const width of [1280, 390]) {
  test(`the national strategy, its overarching goal, long-term goals and priority areas read in English on /en (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/en/nationell-strategi/andts-2022-2025");
    await expect(page.getByRole("heading", { level: 1, name: /A comprehensive strategy for alcohol, narcotics, doping and tobacco policy and gambling/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Goal 1: Reduce supply" })).toBeVisible();
    // The overarching goal in English too (best-knowledge, like the goals); no Swedish left untranslated on the page but names.
    await expect(page.getByRole("heading", { level: 2, name: "Overarching goal" })).toBeVisible();
    await expect(page.getByText("A society free from narcotics and doping, with reduced medical and social harm caused by alcohol and gambling", { exact: false })).toBeVisible();
    await expect(page.getByText("Ett samhälle fritt från narkotika")).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screens/en-strategy-${width}.png`, fullPage: false });

    // The 2011–2015 strategy's priority areas (prioriterade mål) under their goals, in English.
    await page.goto("/en/nationell-strategi/andt-2011-2015");
    const priorities = page.getByRole("list", { name: "Priority objectives under goal 1" });
    await expect(priorities.getByRole("listitem")).toHaveText([
      "1.1 Effective and coordinated supervision of alcohol and tobacco",
      "1.2 Effective law enforcement against illegal trade",
      "1.3 Effective action against illegal sales through digital media",
      "1.4 Working local and regional cooperation and coordination between ANDT prevention and crime prevention",
    ]);
    await expect(priorities.locator('[lang="sv"]')).toHaveCount(0);
    await expect(page.getByText("A society free from narcotics and doping, with reduced medical and social harm caused by alcohol and with reduced tobacco use.")).toBeVisible();
    await expectAccessible(page);
    // In Swedish, the same list in Swedish.
    await page.goto("/nationell-strategi/andt-2011-2015");
    await expect(page.getByRole("list", { name: "Prioriterade mål under mål 1" }).getByRole("listitem").first()).toHaveText("1.1 En effektiv och samordnad alkohol- och tobakstillsyn");
    await expectAccessible(page);

    await page.goto("/en");
    await expect(page.getByRole("listitem").filter({ hasText: "Protect children and young people" })).toBeVisible();
    await expect(page.getByText("A society free from narcotics and doping, with reduced medical and social harm caused by alcohol and gambling", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  test(`the Händelselogg reads as sentences with names and filters by person without JavaScript-only controls (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const [programme] = await queryDatabase<{ id: string }>(
      "select p.id from action_programme p join county c on c.id = p.county_id where c.code = '04' and exists (select 1 from audit_event a where a.programme_id = p.id) order by p.created_at limit 1",
    );
    if (!programme) throw new Error("no Södermanland programme with events");
    await page.goto("/logga-in");
    await page.getByTestId(`demo-sign-in-${SODERMANLAND_COORDINATOR}`).click();
    await expect(page).toHaveURL(/\/arbetsyta/);
    await page.goto(`/arbetsyta/program/${programme.id}/handelser`);
    const trail = page.getByTestId("audit-trail");
    await expect(trail.getByRole("listitem").first()).toBeVisible();
    await expect(trail).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-|\{"|[a-z]+\.[a-z]+[A-Z]|ENDORSED_|Ändring \(/);
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screens/handelser-${width}.png`, fullPage: true });

    const person = page.getByLabel("Person");
    const firstPerson = await person.locator("option").nth(1).textContent();
    await person.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await expect(page).toHaveURL(/person=/);
    await expect(page.getByRole("status")).toContainText(/händelse/);
    for (const item of await trail.getByRole("listitem").all()) await expect(item).toContainText(firstPerson ?? "");
    await expect(page.getByRole("link", { name: "Visa alla händelser" })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screens/handelser-filtered-${width}.png`, fullPage: false });
  });
}
