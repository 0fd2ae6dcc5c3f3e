import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, queryDatabase, tabTo } from "./support";

// The content editor against the built app. Mutations touch ONLY Södermanland's version 2 (the
// 2023 revision draft): other spec files run in parallel on the same database and own other
// counties' programmes. Each test works on actions of its own, so the order of tests does not matter.

const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const SODERMANLAND = "04";

type ItemRow = { id: string; title: string; revision: number; stable_key: string; focus_area: string; description: string };

async function programmeId(): Promise<string> {
  const [row] = await queryDatabase<{ id: string }>(
    "select p.id from action_programme p join county c on c.id = p.county_id where c.code = $1 order by p.created_at limit 1",
    [SODERMANLAND],
  );
  if (!row) throw new Error("no Södermanland programme in the seed");
  return row.id;
}

/** The action of Södermanland's version 2 with this title, as stored. */
async function itemByTitle(title: string): Promise<ItemRow | undefined> {
  const rows = await queryDatabase<ItemRow>(
    `select ai.id, ai.title, ai.revision, ai.stable_key, fa.title as focus_area, ai.description
       from action_item ai
       join focus_area fa on fa.id = ai.focus_area_id
       join programme_version pv on pv.id = ai.version_id
       join county c on c.id = pv.county_id
      where c.code = $1 and pv.number = 2 and ai.title = $2`,
    [SODERMANLAND, title],
  );
  return rows[0];
}

async function organisationsOf(itemId: string): Promise<{ name: string; role: string; lead: boolean | null }[]> {
  return queryDatabase(
    `select o.name, aio.role, aio.lead from action_item_organisation aio join organisation o on o.id = aio.organisation_id
      where aio.item_id = $1 order by o.name`,
    [itemId],
  );
}

async function signIn(page: Page): Promise<void> {
  await page.goto("/logga-in");
  await page.getByRole("listitem").filter({ hasText: COORDINATOR }).getByRole("button", { name: /^Logga in som/ }).click();
  await expect(page).toHaveURL(/\/arbetsyta/);
}

async function openContent(page: Page, version = 2): Promise<void> {
  await page.goto(`/arbetsyta/program/${await programmeId()}/version/${version}/innehall`);
  await expect(page.getByRole("heading", { level: 1, name: "Innehåll" })).toBeVisible();
}


async function signedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  return page;
}

test.describe("the content editor of a draft", () => {
  test("a coordinator edits an action, adds one and moves one, and the diff against the published version shows all three", async ({ page }) => {
    // Five pages, each checked with axe, and three changes: more than the default minute on a busy machine.
    test.slow();
    await signIn(page);
    await openContent(page);
    await expect(page.getByText("Version 2 · utkast")).toBeVisible();
    await expectAccessible(page);

    // Edit an action: its title and who is responsible.
    const original = await itemByTitle("Samordnad tillsyn av serveringsställen");
    if (!original) throw new Error("seeded action missing");
    await page.getByRole("link", { name: "Samordnad tillsyn av serveringsställen", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Samordnad tillsyn av serveringsställen");
    await expectAccessible(page);
    await page.getByLabel("Rubrik", { exact: true }).fill("Samordnad tillsyn av serveringsställen och e-handel");
    await page.getByRole("group", { name: "Region Sörmland", exact: true }).getByRole("radio", { name: "Ansvarig" }).check();
    await page.getByRole("button", { name: "Spara åtgärden" }).click();
    await expect(page.getByText("Ändringarna har sparats.")).toBeVisible();
    const edited = await itemByTitle("Samordnad tillsyn av serveringsställen och e-handel");
    expect(edited).toMatchObject({ id: original.id, stable_key: original.stable_key, revision: original.revision + 1 });
    expect(await organisationsOf(original.id)).toContainEqual({ name: "Region Sörmland", role: "RESPONSIBLE", lead: null });
    await expectAccessible(page);

    // Add an action to another focus area.
    await page.getByRole("link", { name: "Tillbaka till innehållet" }).click();
    await page.getByRole("link", { name: "Lägg till med alla fält i Barn och unga – senarelagd debut och skydd mot skador" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ny åtgärd" })).toBeVisible();
    await expectAccessible(page);
    // Automatic numbering (the default): the number is the action's place, shown but not edited.
    await expect(page.getByLabel("Nummer")).not.toBeEditable();
    await page.getByLabel("Rubrik", { exact: true }).fill("Alkoholfria lovaktiviteter för unga");
    await page.getByLabel("Beskrivning").fill("Kommunerna erbjuder alkoholfria aktiviteter under skolloven.");
    await page.getByRole("radio", { name: "Årtal" }).check();
    await page.getByLabel("Från år").fill("2024");
    await page.getByLabel("Till år").fill("2025");
    await page.getByRole("group", { name: "Flens kommun", exact: true }).getByRole("radio", { name: "Ansvarig" }).check();
    await expect(page.getByRole("group", { name: "Huvudansvarig" }).getByRole("radio", { name: "Flens kommun" })).toBeChecked();
    await page.getByRole("button", { name: "Lägg till åtgärden" }).click();
    await expect(page.getByText(/^Åtgärd \d+\.\d+ ”Alkoholfria lovaktiviteter för unga” har lagts till\.$/)).toBeVisible();
    const added = await itemByTitle("Alkoholfria lovaktiviteter för unga");
    expect(added).toMatchObject({ focus_area: "Barn och unga – senarelagd debut och skydd mot skador", revision: 0 });
    expect(await organisationsOf(added?.id ?? "")).toEqual([{ name: "Flens kommun", role: "RESPONSIBLE", lead: true }]);

    // Move an action to another focus area.
    const movedBefore = await itemByTitle("Alkohol och läkemedel hos äldre");
    if (!movedBefore) throw new Error("seeded action missing");
    const row = page.getByRole("row").filter({ hasText: "Alkohol och läkemedel hos äldre" });
    const [target] = await queryDatabase<{ id: string }>(
      `select fa.id from focus_area fa join programme_version pv on pv.id = fa.version_id join county c on c.id = pv.county_id
        where c.code = $1 and pv.number = 2 and fa.title = $2`,
      [SODERMANLAND, "Vård och stöd av god kvalitet"],
    );
    await row.getByText("Flytta till …").click();
    await row.getByRole("combobox").selectOption(`${target?.id ?? ""}:0`);
    await row.getByRole("button", { name: /^Flytta åtgärd [\d.]+$/ }).click();
    await expect(
      page.getByRole("region", { name: "Vård och stöd av god kvalitet" }).getByRole("link", { name: "Alkohol och läkemedel hos äldre" }),
    ).toBeVisible();
    const movedAfter = await itemByTitle("Alkohol och läkemedel hos äldre");
    expect(movedAfter).toMatchObject({ id: movedBefore.id, stable_key: movedBefore.stable_key, focus_area: "Vård och stöd av god kvalitet" });
    await expectAccessible(page);

    // The diff against the published version 1 shows the three changes.
    await page.goto(`/arbetsyta/program/${await programmeId()}/jamfor?fran=1&till=2`);
    await expect(page.getByRole("heading", { name: /Samordnad tillsyn av serveringsställen och e-handel/ })).toBeVisible();
    await expect(page.getByText("Region Sörmland är ny som ansvarig.").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /Alkoholfria lovaktiviteter för unga/ })).toBeVisible();
    await expect(
      page.getByText("Flyttad från fokusområdet Tidig upptäckt och minskat skadligt bruk till Vård och stöd av god kvalitet."),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("an action moves one step up and back down from its row's menu with the keyboard; focus stays on the step button", async ({ page }) => {
    await signIn(page);
    await openContent(page);
    const rows = page.getByTestId("focus-area").last().getByTestId("item-row");
    const title = (await rows.nth(1).getByRole("link").first().textContent()) ?? "";
    const before = await rows.nth(1).getAttribute("data-number");
    await rows.nth(1).locator("summary").focus();
    await page.keyboard.press("Enter");
    const up = page.getByRole("button", { name: `Flytta åtgärd ${before ?? ""} uppåt` });
    await tabTo(page, up, 6);
    await page.keyboard.press("Enter");
    await expect(rows.nth(0).getByRole("link", { name: title })).toBeVisible();
    const moved = await rows.nth(0).getAttribute("data-number");
    // First in its focus area now: the same button, still focusable, does nothing more.
    await expect(page.getByRole("button", { name: `Flytta åtgärd ${moved ?? ""} uppåt` })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: `Flytta åtgärd ${moved ?? ""} nedåt` })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(rows.nth(1).getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("button", { name: `Flytta åtgärd ${before ?? ""} nedåt` })).toBeFocused();
  });

  test("two coordinators edit the same action: the second sees both texts, keeps their own and saves", async ({ browser }) => {
    test.slow();
    const first = await signedInPage(browser);
    const second = await signedInPage(browser);
    const stored = await itemByTitle("Ansvarsfull alkoholservering");
    if (!stored) throw new Error("seeded action missing");
    const itemUrl = `/arbetsyta/program/${await programmeId()}/version/2/atgard/${stored.stable_key}`;
    await first.goto(itemUrl);
    await second.goto(itemUrl);

    await first.getByLabel("Rubrik", { exact: true }).fill("Ansvarsfull alkoholservering – första samordnaren");
    await first.getByRole("button", { name: "Spara åtgärden" }).click();
    await expect(first.getByText("Ändringarna har sparats.")).toBeVisible();
    expect((await itemByTitle("Ansvarsfull alkoholservering – första samordnaren"))?.revision).toBe(stored.revision + 1);

    await second.getByLabel("Rubrik", { exact: true }).fill("Ansvarsfull alkoholservering – andra samordnaren");
    await second.getByLabel("Beskrivning").fill("Den andra samordnarens beskrivning.");
    await second.getByRole("button", { name: "Spara åtgärden" }).click();
    const conflict = second.getByRole("region", { name: "Någon annan har sparat under tiden" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByTestId("conflict-mine-title")).toHaveText("Ansvarsfull alkoholservering – andra samordnaren");
    await expect(conflict.getByTestId("conflict-theirs-title")).toHaveText("Ansvarsfull alkoholservering – första samordnaren");
    await expect(conflict.getByTestId("conflict-mine-description")).toHaveText("Den andra samordnarens beskrivning.");
    // Nothing was overwritten by the refused save.
    expect((await itemByTitle("Ansvarsfull alkoholservering – första samordnaren"))?.revision).toBe(stored.revision + 1);
    await expectAccessible(second);

    await conflict.getByRole("radiogroup", { name: "Vilken ska gälla för Rubrik?" }).getByRole("radio", { name: "Behåll min" }).check();
    await conflict.getByRole("button", { name: "Använd valen" }).click();
    await expect(second.getByText("Valen finns nu i formuläret. Granska och spara igen.")).toBeVisible();
    await second.getByRole("button", { name: "Spara åtgärden" }).click();
    await expect(second.getByText("Ändringarna har sparats.")).toBeVisible();
    const resolved = await itemByTitle("Ansvarsfull alkoholservering – andra samordnaren");
    expect(resolved).toMatchObject({ id: stored.id, revision: stored.revision + 2, description: "Den andra samordnarens beskrivning." });
    await first.context().close();
    await second.context().close();
  });

  test("editing an action works with the keyboard alone", async ({ page }) => {
    test.slow();
    await signIn(page);
    await openContent(page);
    const stored = await itemByTitle("Kontrollköp av tobak, e-cigaretter och folköl");
    if (!stored) throw new Error("seeded action missing");

    await tabTo(page, page.getByRole("link", { name: "Kontrollköp av tobak, e-cigaretter och folköl", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kontrollköp av tobak");

    await tabTo(page, page.getByLabel("Rubrik", { exact: true }));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Kontrollköp av tobak, nikotinprodukter och folköl");
    // Into the police area's radio group (at its checked "Inte med") and on to "Samverkanspartner".
    const police = page.getByRole("group", { name: "Polisområde Södermanland", exact: true });
    await tabTo(page, police.getByRole("radio", { name: "Inte med" }));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(police.getByRole("radio", { name: "Samverkanspartner" })).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Spara åtgärden" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Ändringarna har sparats.")).toBeVisible();

    const saved = await itemByTitle("Kontrollköp av tobak, nikotinprodukter och folköl");
    expect(saved).toMatchObject({ id: stored.id, revision: stored.revision + 1 });
    expect(await organisationsOf(stored.id)).toContainEqual({ name: "Polisområde Södermanland", role: "PARTNER", lead: null });
  });

  test("bad input gets Swedish messages beside the fields, stays in the form and survives a reload", async ({ page }) => {
    await signIn(page);
    const stored = await itemByTitle("Insatser mot langning till unga");
    if (!stored) throw new Error("seeded action missing");
    await page.goto(`/arbetsyta/program/${await programmeId()}/version/2/atgard/${stored.stable_key}`);
    await page.getByLabel("Rubrik", { exact: true }).fill("");
    await page.getByLabel("Beskrivning").fill("En text som inte får försvinna.");
    await page.getByRole("radio", { name: "Årtal" }).check();
    await page.getByLabel("Från år").fill("2025");
    await page.getByLabel("Till år").fill("2023");
    await page.getByRole("button", { name: "Spara åtgärden" }).click();

    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Rubrik: Fyll i fältet." })).toBeVisible();
    await expect(page.getByLabel("Till år")).toHaveAccessibleDescription(/Slutet kan inte ligga före början\./);
    await expect(page.getByLabel("Beskrivning")).toHaveValue("En text som inte får försvinna.");
    await expectAccessible(page);
    expect(await itemByTitle("Insatser mot langning till unga")).toMatchObject({ revision: stored.revision });

    await page.reload();
    await expect(page.getByTestId("restored-draft")).toBeVisible();
    await expect(page.getByLabel("Beskrivning")).toHaveValue("En text som inte får försvinna.");
    await expect(page.getByLabel("Till år")).toHaveValue("2023");
    await page.getByRole("button", { name: "Släng mina osparade ändringar" }).click();
    await expect(page.getByLabel("Rubrik", { exact: true })).toHaveValue("Insatser mot langning till unga");
  });

  test("text typed before the session expired is still there after signing in again, and saves", async ({ page }) => {
    await signIn(page);
    const stored = await itemByTitle("Stöd till anhöriga");
    if (!stored) throw new Error("seeded action missing");
    const itemUrl = `/arbetsyta/program/${await programmeId()}/version/2/atgard/${stored.stable_key}`;
    await page.goto(itemUrl);
    await page.getByLabel("Uppföljning").fill("Skrivet precis innan sessionen gick ut.");
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Spara åtgärden" }).click();
    await expect(page.getByText("Du är inte inloggad längre. Din text finns kvar i den här webbläsaren")).toBeVisible();
    expect(await itemByTitle("Stöd till anhöriga")).toMatchObject({ revision: stored.revision });

    await page.getByRole("link", { name: "Logga in igen – din text finns kvar här" }).click();
    await page.getByRole("listitem").filter({ hasText: COORDINATOR }).getByRole("button", { name: /^Logga in som/ }).click();
    await expect(page).toHaveURL(new RegExp(`${stored.stable_key}$`));
    await expect(page.getByLabel("Uppföljning")).toHaveValue("Skrivet precis innan sessionen gick ut.");
    await page.getByRole("button", { name: "Spara åtgärden" }).click();
    await expect(page.getByText("Ändringarna har sparats.")).toBeVisible();
    const [saved] = await queryDatabase<{ follow_up_text: string; revision: number }>(
      "select follow_up_text, revision from action_item where id = $1",
      [stored.id],
    );
    expect(saved).toEqual({ follow_up_text: "Skrivet precis innan sessionen gick ut.", revision: stored.revision + 1 });
  });

  test("an action is deleted only after a confirmation step", async ({ page }) => {
    await signIn(page);
    const stored = await itemByTitle("Drogfria miljöer och alkoholfria arrangemang för unga");
    if (!stored) throw new Error("seeded action missing");
    await page.goto(`/arbetsyta/program/${await programmeId()}/version/2/atgard/${stored.stable_key}`);
    await page.getByRole("button", { name: "Ta bort åtgärden" }).click();
    const question = page.getByText(/^Vill du ta bort åtgärd .* ”Drogfria miljöer och alkoholfria arrangemang för unga”\? Det går inte att ångra\.$/);
    await expect(question).toBeFocused();
    await page.getByRole("button", { name: "Avbryt" }).click();
    await expect(page.getByRole("button", { name: "Ta bort åtgärden" })).toBeFocused();
    expect(await itemByTitle("Drogfria miljöer och alkoholfria arrangemang för unga")).toBeDefined();

    await page.getByRole("button", { name: "Ta bort åtgärden" }).click();
    await page.getByRole("button", { name: "Ja, ta bort åtgärden" }).click();
    await expect(page.getByText("Åtgärden har tagits bort.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Drogfria miljöer och alkoholfria arrangemang för unga" })).toHaveCount(0);
    expect(await itemByTitle("Drogfria miljöer och alkoholfria arrangemang för unga")).toBeUndefined();
    await expectAccessible(page);
  });

  test("focus areas are added, linked to national goals, reordered and deleted when empty", async ({ page }) => {
    test.slow();
    await signIn(page);
    await openContent(page);
    const areas = async () =>
      (
        await queryDatabase<{ title: string; goals: string }>(
          `select fa.title, coalesce(string_agg(g.short_label, ', ' order by g.number), '') as goals
             from focus_area fa join programme_version pv on pv.id = fa.version_id join county c on c.id = pv.county_id
             left join focus_area_goal fg on fg.focus_area_id = fa.id left join long_term_goal g on g.id = fg.goal_id
            where c.code = $1 and pv.number = 2 group by fa.id order by fa.position, fa.title`,
          [SODERMANLAND],
        )
      ).map((row) => `${row.title} [${row.goals}]`);

    // Add one at the end: without goals it is flagged (informational).
    const add = page.getByRole("region", { name: "Lägg till fokusområde" });
    await add.getByLabel("Namn").fill("Spel om pengar i samverkan");
    await add.getByRole("button", { name: "Lägg till fokusområdet" }).click();
    const added = page.getByRole("region", { name: "Spel om pengar i samverkan" });
    await expect(added.getByText("Saknar koppling till nationellt mål")).toBeVisible();
    expect((await areas()).at(-1)).toBe("Spel om pengar i samverkan []");
    await expectAccessible(page);

    // Link it to a long-term goal of the version's strategy: the flag goes.
    await added.getByText("Ändra namn, beskrivning och mål").click();
    await added.getByLabel("Beskrivning").fill("Samverkan kring spel om pengar.");
    await added.getByRole("group", { name: "Koppling till nationella långsiktiga mål" }).getByRole("checkbox").first().check();
    await added.getByRole("button", { name: "Spara fokusområdet" }).click();
    await expect(added.getByText("Fokusområdet har sparats.")).toBeVisible();
    await expect(added.getByText("Saknar koppling till nationellt mål")).toHaveCount(0);
    expect((await areas()).at(-1)).toMatch(/^Spel om pengar i samverkan \[.+\]$/);

    // Move it up and down again.
    const before = await areas();
    await page.getByRole("button", { name: "Flytta fokusområdet Spel om pengar i samverkan uppåt" }).click();
    await expect.poll(areas).toEqual([...before.slice(0, -2), before.at(-1), before.at(-2)]);
    await page.getByRole("button", { name: "Flytta fokusområdet Spel om pengar i samverkan nedåt" }).click();
    await expect.poll(areas).toEqual(before);

    // Delete it: it is empty, and the delete asks first.
    await page.getByRole("button", { name: "Ta bort fokusområdet Spel om pengar i samverkan" }).click();
    await expect(page.getByText("Vill du ta bort fokusområdet ”Spel om pengar i samverkan”? Det går inte att ångra.")).toBeFocused();
    await page.getByRole("button", { name: "Ja, ta bort fokusområdet" }).click();
    await expect(page.getByRole("region", { name: "Spel om pengar i samverkan" })).toHaveCount(0);
    expect(await areas()).toEqual(before.slice(0, -1));
  });

  test("the editor speaks English too", async ({ page }) => {
    await signIn(page);
    await openContent(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Content" })).toBeVisible();
    await expect(page.getByText("Not linked to a national goal").first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Svenska" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Innehåll" })).toBeVisible();
  });
});

test.describe("a locked version", () => {
  test("the published version 1 is read-only with a Swedish explanation and no edit controls", async ({ page }) => {
    await signIn(page);
    await openContent(page, 1);
    await expect(page.getByTestId("frozen-notice")).toContainText("Bara utkast kan ändras");
    await expect(page.getByRole("button", { name: /Flytta/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Lägg till åtgärd/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Samordnad tillsyn av serveringsställen", exact: true }).click();
    await expect(page.getByText("Versionen är låst, så åtgärden visas utan redigering.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Spara åtgärden" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
