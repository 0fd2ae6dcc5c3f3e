import { expect, test } from "@playwright/test";
import { arrangeProgramme, goalIds, openDatabase, type ArrangedProgramme } from "./public-fixtures";
import { expectAccessible } from "./support";

// A visitor on a 390-px phone finds their municipality from the home page, reads what it is
// responsible for and how it is going, opens a programme, and never scrolls sideways (WCAG 1.4.10):
// expectAccessible asserts the document is no wider than the viewport on every page it judges.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a visitor on a phone finds Nyköping from the home page, opens its page and a programme, and never scrolls sideways", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("heading", { name: "Hitta din kommun" }).scrollIntoViewIfNeeded();
  await page.getByText(/^Södermanlands län: \d+ kommuner$/).click();
  await page.getByRole("link", { name: "Nyköpings kommun", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nyköpings kommun");
  await expect(page.getByText("Senaste uppföljning").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Handlingsplan för ANDTS-förebyggande arbete bland unga/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);

  for (const path of ["/organisation", "/sok?q=Nyk%C3%B6ping", "/oppna-data", "/tillganglighet", "/uppfoljning", "/lan/sodermanland/atgardsprogram-andt/uppfoljning", "/lan/sodermanland/atgardsprogram-andt/version/1"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  // Searching the municipality's name finds what it is responsible for.
  await page.goto("/sok?q=Nyk%C3%B6pings");
  await expect(page.getByRole("heading", { name: /\d+ träffar för ”Nyköpings”/ })).toBeVisible();
});

test.describe("every public page type on a 390-px phone, in Swedish and English", () => {
  // A programme with a revision (Dalarna, which no other spec uses): its changes page needs two
  // published versions.
  let revised: ArrangedProgramme;
  test.beforeAll(async () => {
    const db = openDatabase();
    try {
      const goals = await goalIds(db);
      revised = await arrangeProgramme(db, {
        countyCode: "20",
        title: "Åtgärdsprogram för ANDTS i Dalarnas län med ett mycket långt namn som måste radbrytas på en telefon",
        statuses: ["SUPERSEDED", "PUBLISHED"],
        focusAreas: (number, organisations) => [
          {
            title: "Tillgång, tillsyn och samverkan mellan kommunerna, polisen och regionen",
            goalIds: [goals.get(1) ?? "", goals.get(2) ?? ""],
            items: [
              {
                title: number === 1 ? "Tillsyn av serveringsställen" : "Tillsyn av serveringsställen, e-handel och folkölsförsäljning i hela länet",
                responsible: [organisations.lead],
                partners: [organisations.partner],
                indicators: 2,
              },
              { title: "Kontrollköp av tobak och nikotinprodukter", responsible: [organisations.partner, organisations.lead], indicators: number },
            ],
          },
        ],
      });
    } finally {
      await db.$disconnect();
    }
  });

  test("home, search, county, programme, version, changes, follow-up, organisations, national strategy, open data and accessibility pages fit the screen", async ({ page }) => {
    test.setTimeout(300_000);
    const programme = `/lan/${revised.countySlug}/${revised.programmeSlug}`;
    const paths = [
      "/",
      "/sok?q=tillsyn",
      "/sok?lan=sodermanland",
      "/lan/sodermanland",
      `/lan/${revised.countySlug}`,
      programme,
      `${programme}/version/1`,
      `${programme}/version/2`,
      `${programme}/version/2/andringar`,
      "/lan/sodermanland/atgardsprogram-andt",
      "/lan/sodermanland/handlingsplan-unga/uppfoljning",
      "/lan/sodermanland/atgardsprogram-andt/uppfoljning/2021",
      "/uppfoljning/sodermanland",
      "/organisation",
      `/organisation/${revised.organisationSlugs[0] ?? ""}`,
      "/organisation/region-sormland",
      "/nationell-strategi",
      "/nationell-strategi/andts-2022-2025",
      "/nationell-strategi/andt-2011-2015",
      "/oppna-data",
      "/tillganglighet",
    ];
    for (const path of [...paths, ...paths.map((p) => (p === "/" ? "/en" : `/en${p}`))]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
    // The page that says a page does not exist, too.
    expect((await page.goto("/lan/finns-inte"))?.status()).toBe(404);
    await expectAccessible(page);

    // The narrowest phones the issue names: 320 px, the Swedish pages (the English ones share their layout).
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });
});
