import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { extractPdfMetadata, extractPdfText } from "../support/pdf-text";
import { arrangeProgramme, goalIds, openDatabase, previewModeId, type ArrangedProgramme } from "./public-fixtures";
import { expectAccessible } from "./support";

// Seeded example content: Södermanland version 1 is PUBLISHED, version 2 a DRAFT; Kronoberg
// version 1 PUBLISHED. This spec adds a programme in Gotland with two published versions.
const SODERMANLAND = "/lan/sodermanland/atgardsprogram-andt";
const KRONOBERG = "/lan/kronoberg/atgardsprogram-andts";

let gotland: ArrangedProgramme;

test.beforeAll(async () => {
  const db = openDatabase();
  try {
    const goals = await goalIds(db);
    gotland = await arrangeProgramme(db, {
      countyCode: "09",
      title: "Åtgärdsprogram för ANDTS på Gotland",
      statuses: ["SUPERSEDED", "PUBLISHED"],
      focusAreas: (number, organisations) => [
        {
          title: "Tillgång och tillsyn",
          goalIds: [goals.get(1) ?? ""],
          items: [
            { title: number === 1 ? "Tillsyn av serveringsställen" : "Tillsyn av serveringsställen och e-handel", responsible: [organisations.lead], partners: [organisations.partner], indicators: 1 },
            { title: "Kontrollköp av tobak", responsible: [organisations.partner], indicators: 0 },
          ],
        },
      ],
    });
  } finally {
    await db.$disconnect();
  }
});

/** Headings never skip a level and there is exactly one h1 (WCAG 1.3.1, 2.4.6). */
async function expectHeadingsInOrder(page: Page) {
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((elements) => elements.map((element) => Number(element.tagName.slice(1))));
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  levels.forEach((level, index) => {
    const previous = levels[index - 1] ?? 0;
    expect(level - previous, `heading ${index} (h${level} after h${previous})`).toBeLessThanOrEqual(1);
  });
}

/** Every table has a header row and row headers, as the public tables do. */
async function expectTablesWithHeaders(page: Page) {
  for (const table of await page.locator("table").all()) {
    expect(await table.locator("thead th[scope=col]").count()).toBeGreaterThan(0);
    expect(await table.locator("tbody th[scope=row]").count()).toBe(await table.locator("tbody tr").count());
  }
}

async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expectAccessible(page);
  await expectHeadingsInOrder(page);
  await expectTablesWithHeaders(page);
  return response;
}

test.describe("published programme pages", () => {
  test("a published version shows its actions, who stood behind it and the ratification, and is cached for good", async ({ page }) => {
    const response = await visit(page, `${SODERMANLAND}/version/1`);
    expect(response?.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Åtgärdsprogram för ANDT-arbetet i Södermanlands län");
    await expect(page.getByRole("heading", { level: 4, name: /Samordnad tillsyn av serveringsställen/ })).toBeVisible();
    const endorsements = page.getByRole("table", { name: "Organisationernas ställningstaganden" });
    const oxelosund = endorsements.getByRole("row").filter({ hasText: "Oxelösunds kommun" });
    await expect(oxelosund).toContainText("Har ställt sig bakom med reservation");
    await expect(oxelosund).toContainText("Kommunfullmäktige");
    await expect(page.getByRole("heading", { name: "Fastställande" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Programmet som PDF" })).toHaveAttribute("href", /\/version\/1\/program\.pdf$/);
  });

  test("the current version is short-lived, says whether it is in force and links to its permanent address", async ({ page }) => {
    const response = await visit(page, KRONOBERG);
    expect(response?.headers()["cache-control"]).toBe("public, max-age=60");
    await expect(page.getByText(/^(Gällande|Upphörd|Kommande)$/).first()).toBeVisible();
    await page.getByRole("link", { name: "Permanent adress till version 1" }).click();
    await expect(page).toHaveURL(/\/lan\/kronoberg\/atgardsprogram-andts\/version\/1$/);
  });

  test("the version history links the changes between published versions", async ({ page }) => {
    await visit(page, `/lan/${gotland.countySlug}/${gotland.programmeSlug}`);
    const history = page.getByRole("table", { name: "Publicerade versioner av programmet" });
    await expect(history.getByRole("row")).toHaveCount(3);
    await history.getByRole("link", { name: "Ändringar från version 1 till 2" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ändringar från version 1 till 2");
    await expect(page.getByText("Tillsyn av serveringsställen och e-handel").first()).toBeVisible();
    await expectAccessible(page);
    await expectHeadingsInOrder(page);
  });

  test("a version that is not published is a 404 that nobody caches, like one that does not exist", async ({ page }) => {
    const cases = [
      [`${SODERMANLAND}/version/2`, "Sidan finns inte"],
      [`${SODERMANLAND}/version/99`, "Sidan finns inte"],
      ["/lan/sodermanland/finns-inte", "Sidan finns inte"],
      ["/en/lan/finns-inte", "Page not found"],
    ] as const;
    for (const [url, heading] of cases) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      expect(response?.headers()["cache-control"], url).toMatch(/no-store/);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page);
    }
  });

  test("every public 404 is in the HTML itself: status, text, language, title, skip link and landmark without JavaScript", async ({ browser, request, page }) => {
    const cases = [
      { url: "/lan/sodermanland/finns-inte", lang: "sv", heading: "Sidan finns inte" },
      { url: "/lan/finns-inte", lang: "sv", heading: "Sidan finns inte" },
      { url: `${SODERMANLAND}/version/99`, lang: "sv", heading: "Sidan finns inte" },
      { url: `${KRONOBERG}/version/7/andringar`, lang: "sv", heading: "Sidan finns inte" },
      { url: "/organisation/finns-inte", lang: "sv", heading: "Sidan finns inte" },
      { url: "/nationell-strategi/finns-inte", lang: "sv", heading: "Sidan finns inte" },
      { url: "/en/lan/sodermanland/no-such-programme", lang: "en", heading: "Page not found" },
      { url: "/finns/inte/alls", lang: "sv", heading: "Sidan finns inte" },
      { url: "/uppfoljning/finns-inte", lang: "sv", heading: "Sidan finns inte" },
      { url: `${SODERMANLAND}/uppfoljning/1999`, lang: "sv", heading: "Sidan finns inte" },
      { url: "/en/lan/sodermanland/no-such-programme/uppfoljning", lang: "en", heading: "Page not found" },
    ] as const;
    for (const { url, lang, heading } of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      const html = await response.text();
      expect(html, url).not.toContain("__next_error__");
      expect(html, url).toContain(`<html lang="${lang}"`);
      expect(html, url).toMatch(new RegExp(`<title>${heading} – Länsplan</title>`));
      expect(html, url).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const withoutScripts = await context.newPage();
      for (const { url, lang, heading } of cases) {
        const response = await withoutScripts.goto(url);
        expect(response?.status(), url).toBe(404);
        await expect(withoutScripts.locator("html"), url).toHaveAttribute("lang", lang);
        await expect(withoutScripts.getByRole("main").getByRole("heading", { level: 1, name: heading }), url).toBeVisible();
        await expect(withoutScripts.locator('a[href="#main"]').first(), url).toBeAttached();
      }
    } finally {
      await context.close();
    }
    // axe runs as a script in the page, so it judges the 404 pages with JavaScript on.
    for (const { url, heading } of cases) {
      expect((await page.goto(url))?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: heading }), url).toBeVisible();
      await expectAccessible(page);
    }
  });

  test("every public page names its Swedish, English and default-language address (hreflang)", async ({ page }) => {
    const pages = ["/", "/lan/kronoberg", KRONOBERG, `${KRONOBERG}/version/1`, "/nationell-strategi", "/organisation/vaxjo-kommun", "/sok", "/oppna-data", "/tillganglighet"];
    for (const path of pages) {
      for (const [prefix, lang] of [["", "sv"], ["/en", "en"]] as const) {
        const url = prefix === "" ? path : path === "/" ? "/en" : `${prefix}${path}`;
        await page.goto(url);
        await expect(page.locator("html"), url).toHaveAttribute("lang", lang);
        const alternates = await page
          .locator('head link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((link) => [link.getAttribute("hreflang"), new URL(link.getAttribute("href") ?? "", document.baseURI).pathname]));
        const english = path === "/" ? "/en" : `/en${path}`;
        expect(alternates, url).toEqual([
          ["sv", path],
          ["en", english],
          ["x-default", path],
        ]);
      }
    }
  });

  test("county, national strategy and organisation pages", async ({ page }) => {
    await visit(page, "/lan/sodermanland");
    await expect(page.getByRole("heading", { level: 1, name: "Södermanlands län" })).toBeVisible();
    await visit(page, "/nationell-strategi");
    await page.getByRole("link", { name: /2022–2025/ }).first().click();
    await expect(page.getByRole("heading", { level: 2, name: /^Mål 1:/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /Kronobergs län/ }).first()).toBeVisible();
    await expectAccessible(page);
    await expectHeadingsInOrder(page);
    await visit(page, "/organisation/vaxjo-kommun");
    await expect(page.getByRole("heading", { level: 1, name: "Växjö kommun" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Organisationens ställningstaganden" })).toBeVisible();
  });

  test("the same pages in English under /en, and the language switch between them", async ({ page }) => {
    await visit(page, `/en${KRONOBERG}/version/1`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: "Who stands behind the programme" })).toBeVisible();
    await page.getByRole("button", { name: "Svenska" }).click();
    await expect(page).toHaveURL(new RegExp(`${KRONOBERG}/version/1\\??$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  });
});

test.describe("search", () => {
  test("Swedish full-text search with filters, by keyboard, accessible with results", async ({ page }) => {
    await visit(page, "/sok");
    await page.getByLabel("Sökord").focus();
    await page.keyboard.type("skolorna");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sok\?q=skolorna/);
    const results = page.getByRole("heading", { level: 2, name: /träff/ });
    await expect(results).toContainText("för ”skolorna”");
    await expect(page.getByRole("listitem").locator("mark").first()).toBeVisible();
    await expectAccessible(page);
    await expectHeadingsInOrder(page);

    await page.getByLabel("Län", { exact: true }).selectOption({ label: "Kronobergs län" });
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await expect(page).toHaveURL(/lan=kronoberg/);
    for (const source of await page.locator("#search-results ~ ol li p.text-sm").allTextContents()) expect(source).toContain("Kronobergs län");

    const response = await page.goto("/sok?q=qwertyuiop");
    expect(response?.headers()["cache-control"]).toMatch(/no-store/);
    await expect(page.getByRole("heading", { level: 2, name: "Inga träffar för ”qwertyuiop”" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("open data and documents", () => {
  test("JSON, CSV and PDF of a version carry its content hash, in the header and in the file", async ({ request }) => {
    const base = `/api/open-data${KRONOBERG}/version/1`;
    const json = await request.get(`${base}/program.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const hash = json.headers()["x-lansplan-content-hash"] ?? "";
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const document = await json.json();
    expect(document.contentHash).toBe(hash);
    expect(document.focusAreas.length).toBeGreaterThan(0);

    const csv = await request.get(`${base}/atgarder.csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["x-lansplan-content-hash"]).toBe(hash);
    const rows = (await csv.text()).trim().split("\r\n");
    expect(rows[0]).toContain("county_slug,programme_slug,version_number,version_content_hash");
    expect(rows.slice(1).every((row) => row.includes(hash))).toBe(true);

    const pdf = await request.get(`${base}/program.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["x-lansplan-content-hash"]).toBe(hash);
    const bytes = await pdf.body();
    expect(extractPdfText(bytes)).toContain(hash);
    expect(extractPdfText(bytes)).toContain("Vem står bakom programmet");
    expect(extractPdfMetadata(bytes)).toEqual({ title: "Åtgärdsprogram för ANDTS-arbetet i Kronobergs län 2023–2025", lang: "sv-SE" });

    const missing = await request.get(`/api/open-data${SODERMANLAND}/version/2/program.json`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()["cache-control"]).toBe("no-store");
  });

  test("the list of all published versions and the versioned schema at stable addresses", async ({ request, page }) => {
    const list = await (await request.get("/api/open-data/versions.json")).json();
    const entries: { url: string; status: string; downloads: { json: string } }[] = list.versions;
    expect(entries.map((v) => v.url)).toEqual(expect.arrayContaining([`${SODERMANLAND}/version/1`, `${KRONOBERG}/version/1`]));
    expect(entries.map((v) => v.url)).not.toContain(`${SODERMANLAND}/version/2`);
    const schema = await request.get("/api/open-data/schema/v1.json");
    expect(schema.headers()["content-type"]).toContain("application/schema+json");
    expect((await schema.json()).$id).toBe("/api/open-data/schema/v1.json");
    await visit(page, "/oppna-data");
  });
});

test.describe("caching", () => {
  test("signed-in pages are private and never stored", async ({ request }) => {
    for (const url of ["/logga-in", "/arbetsyta"]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.headers()["cache-control"], url).toMatch(/private/);
      expect(response.headers()["cache-control"], url).toMatch(/no-store/);
    }
  });

  test("a published page is rendered once and then served from the cache", async ({ request }) => {
    const url = `/lan/${gotland.countySlug}/${gotland.programmeSlug}/version/2`;
    await request.get(url);
    const again = await request.get(url);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    const renewed = await request.get(url, { headers: { "x-prerender-revalidate": previewModeId() } });
    expect(renewed.headers()["x-nextjs-cache"]).toBe("REVALIDATED");
  });

  test("a cached public page comes without the scripts its policy forbids; signed-in pages keep theirs", async ({ request }) => {
    const url = `/lan/${gotland.countySlug}/${gotland.programmeSlug}/version/2`;
    await request.get(url);
    const cached = await request.get(url);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(cached.headers()["content-security-policy"]).toContain("script-src 'none'");
    const html = await cached.text();
    expect(html).toContain("<h1");
    expect(html).toContain("</html>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("self.__next_f");
    const signIn = await (await request.get("/logga-in")).text();
    expect(signIn).toContain("<script");
  });

  test("once Next has served a public page from its cache, the server answers from its own store: same page, gzipped when asked", async ({ request }) => {
    const url = `/lan/${gotland.countySlug}/${gotland.programmeSlug}/version/2`;
    let stored: APIResponse | undefined;
    for (let attempt = 0; attempt < 3 && stored === undefined; attempt++) {
      const response = await request.get(url);
      if (response.headers()["x-page-store"] === "HIT") stored = response;
    }
    if (stored === undefined) throw new Error(`${url} kom aldrig från serverns lager`);
    expect(stored.status()).toBe(200);
    expect(stored.headers()["content-encoding"]).toBe("gzip");
    expect(stored.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(stored.headers()["content-security-policy"]).toContain("script-src 'none'");
    const html = await stored.text();
    expect(html).toContain("<h1");
    expect(html).not.toContain("<script");
    const plain = await request.get(url, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers()["x-page-store"]).toBe("HIT");
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(await plain.text()).toBe(html);
    // Per request, never kept: the search, and a version that is not published (a 404).
    for (const other of ["/sok?q=alkohol", `/lan/${gotland.countySlug}/${gotland.programmeSlug}/version/99`]) {
      for (let attempt = 0; attempt < 3; attempt++) expect((await request.get(other)).headers()["x-page-store"], other).toBeUndefined();
    }
  });
});
