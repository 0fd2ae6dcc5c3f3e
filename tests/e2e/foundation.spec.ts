import { expect, test } from "@playwright/test";
import { expectAccessible, extractLink, queryDatabase, waitForMail } from "./support";

const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";

test.describe("public visitor", () => {
  test("the public home lists every county and the published example programmes", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const counties = await queryDatabase<{ count: string }>("select count(*) from county");
    expect(Number(counties[0]?.count)).toBe(21);
    for (const name of ["Stockholms län", "Södermanlands län", "Kronobergs län", "Norrbottens län"]) {
      await expect(page.getByRole("heading", { name, exact: false }).first()).toBeVisible();
    }
    await expect(page.getByText("Åtgärdsprogram för ANDT-arbetet i Södermanlands län").first()).toBeVisible();
    await expect(page.getByText("Exempelinnehåll").first()).toBeVisible();
    // Never a draft: the 2023 revision of Södermanland is in DRAFT.
    await expect(page.getByText("utkast", { exact: true })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a signed-out visitor is refused the workspace and sent to sign in", async ({ page }) => {
    await page.goto("/arbetsyta");
    await expect(page).toHaveURL(/\/logga-in/);
    await expect(page.getByRole("heading", { name: "Logga in", level: 1 })).toBeVisible();
    await expectAccessible(page);
  });

  test("the skip link is the first thing the keyboard reaches and moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hoppa till huvudinnehåll" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("the language switch turns the interface to English and back", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Svenska" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  });

  test("an unknown address gets a 404 page in Swedish", async ({ page }) => {
    const response = await page.goto("/finns-inte");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the accessibility statement is linked from the footer", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
    await expect(page.getByRole("heading", { name: "Tillgänglighetsredogörelse", level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("sign-in", () => {
  test("a coordinator signs in with an e-mail link, sees organisation and role, and signs out", async ({ page }) => {
    const since = new Date().toISOString();
    await page.goto("/logga-in");
    await expectAccessible(page);
    await page.getByLabel("E-postadress").fill(COORDINATOR);
    await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
    await expect(page.getByRole("heading", { name: "Kolla din e-post" })).toBeVisible();
    await expectAccessible(page);

    const mail = await waitForMail(COORDINATOR, since);
    const link = extractLink(mail, "/api/auth/callback/email");
    await page.goto(link);
    await expect(page).toHaveURL(/\/arbetsyta/);
    await expect(page.getByRole("cell", { name: "Länsstyrelsen i Södermanlands län" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Länssamordnare" })).toBeVisible();
    await expectAccessible(page);

    const users = await queryDatabase<{ last_sign_in_at: Date | null }>(
      "select last_sign_in_at from app_user where email = $1",
      [COORDINATOR],
    );
    expect(users[0]?.last_sign_in_at).not.toBeNull();

    await page.getByRole("button", { name: "Logga ut" }).click();
    await expect(page).not.toHaveURL(/\/arbetsyta/);
    await page.goto("/arbetsyta");
    await expect(page).toHaveURL(/\/logga-in/);
  });

  test("a used sign-in link cannot be used again", async ({ page, browser }) => {
    const since = new Date().toISOString();
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill(COORDINATOR);
    await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
    const link = extractLink(await waitForMail(COORDINATOR, since), "/api/auth/callback/email");
    await page.goto(link);
    await expect(page).toHaveURL(/\/arbetsyta/);

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await expect(second).toHaveURL(/\/logga-in/);
    await expect(second.getByText("Inloggningslänken är ogiltig", { exact: false })).toBeVisible();
    await other.close();
  });

  test("an address without an account gets the same answer and no e-mail", async ({ page }) => {
    const since = new Date().toISOString();
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill("okand.person@example.org");
    await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
    await expect(page.getByRole("heading", { name: "Kolla din e-post" })).toBeVisible();
    // A known address sent afterwards arrives; the unknown one never does.
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill(COORDINATOR);
    await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
    await waitForMail(COORDINATOR, since);
    const { readdirSync, readFileSync } = await import("node:fs");
    const { e2ePaths } = await import("./paths");
    const recipients = readdirSync(e2ePaths.mailDir).flatMap(
      (f) => (JSON.parse(readFileSync(`${e2ePaths.mailDir}/${f}`, "utf8")) as { to: string[] }).to,
    );
    expect(recipients).not.toContain("okand.person@example.org");
  });

  test("an invalid address is refused beside the field and the input stays", async ({ page }) => {
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill("inte-en-adress");
    await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
    await expect(page.getByText("Skriv en giltig e-postadress", { exact: false })).toBeVisible();
    await expect(page.getByLabel("E-postadress")).toHaveValue("inte-en-adress");
    await expectAccessible(page);
  });

  test("demo sign-in as the Nyköping signatory shows that organisation and role", async ({ page }) => {
    await page.goto("/logga-in");
    await page.getByRole("button", { name: /Logga in som .*Nyköping|Logga in som/ }).first().waitFor();
    const buttons = page.getByRole("button", { name: /^Logga in som / });
    expect(await buttons.count()).toBeGreaterThanOrEqual(5);
    await page.getByRole("listitem").filter({ hasText: "Nyköpings kommun" }).filter({ hasText: "Företrädare" }).getByRole("button").click();
    await expect(page).toHaveURL(/\/arbetsyta/);
    await expect(page.getByRole("cell", { name: "Nyköpings kommun" })).toBeVisible();
    await expect(page.getByRole("cell", { name: /Företrädare/ })).toBeVisible();
    await expectAccessible(page);
  });

  test("a disabled user's session stops working on the next request", async ({ page }) => {
    await page.goto("/logga-in");
    await page.getByRole("listitem").filter({ hasText: "Eskilstuna kommun" }).getByRole("button").click();
    await expect(page).toHaveURL(/\/arbetsyta/);
    const [account] = await queryDatabase<{ email: string }>(
      "select u.email from app_user u join membership m on m.user_id = u.id join organisation o on o.id = m.organisation_id where o.name = 'Eskilstuna kommun' and u.is_demo limit 1",
    );
    if (!account) throw new Error("no Eskilstuna demo account");
    await queryDatabase("update app_user set disabled_at = now() where email = $1", [account.email]);
    try {
      await page.goto("/arbetsyta");
      await expect(page).toHaveURL(/\/logga-in/);
    } finally {
      await queryDatabase("update app_user set disabled_at = null where email = $1", [account.email]);
    }
  });
});
