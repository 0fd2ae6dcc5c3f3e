import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support";

// A visitor on a 390-px phone finds their municipality from the home page, reads what it is
// responsible for and how it is going, opens a programme, and never scrolls sideways (WCAG 1.4.10).

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The page as a whole never scrolls sideways: wide tables scroll inside their own region. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide on a ${clientWidth}px screen`).toBeLessThanOrEqual(clientWidth);
}

test("a visitor on a phone finds Nyköping from the home page, opens its page and a programme, and never scrolls sideways", async ({ page }) => {
  await page.goto("/");
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.getByRole("heading", { name: "Hitta din kommun" }).scrollIntoViewIfNeeded();
  await page.getByText(/^Södermanlands län: \d+ kommuner$/).click();
  await page.getByRole("link", { name: "Nyköpings kommun", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nyköpings kommun");
  await expect(page.getByText("Senaste uppföljning").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await page.getByRole("link", { name: /Handlingsplan för ANDTS-förebyggande arbete bland unga/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  for (const path of ["/organisation", "/sok?q=Nyk%C3%B6ping", "/oppna-data", "/tillganglighet", "/uppfoljning", "/lan/sodermanland/atgardsprogram-andt/uppfoljning", "/lan/sodermanland/atgardsprogram-andt/version/1"]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
  // Searching the municipality's name finds what it is responsible for.
  await page.goto("/sok?q=Nyk%C3%B6pings");
  await expect(page.getByRole("heading", { name: /\d+ träffar för ”Nyköpings”/ })).toBeVisible();
});
