// Accounts and organisations in the built app: an administrator creates an organisation and invites
// a person by e-mail (a real SMTP server captures it); the person accepts and is signed in with the
// role; a role change and a removal apply on their next request; refused links say why. Every
// page passes axe and every response carries the security headers. Only rows this spec creates are
// changed (its own organisation, person and invitations).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectStrictSessionCookies, watchSecurityHeaders } from "./security";
import { expectAccessible, extractLink, queryDatabase, waitForMail } from "./support";

const ADMIN = "admin@lansplan.example";
const KRONOBERG_COORDINATOR = "samordnare@lansstyrelsen-kronoberg.example";

async function demoSignIn(page: Page, email: string): Promise<void> {
  await page.goto("/logga-in");
  await page.getByTestId(`demo-sign-in-${email}`).click();
  await expect(page).toHaveURL(/\/arbetsyta$/);
}

test.describe("inviting a person", () => {
  test("an administrator creates an organisation and invites a signatory, who accepts by e-mail link and is signed in with that role; a role change and removal apply on their next request", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const run = randomUUID().slice(0, 8);
    const organisationName = `E2E-kommunen ${run}`;
    const invitee = `inbjuden.${run}@example.org`;
    const adminHeaders = watchSecurityHeaders(page);

    await demoSignIn(page, ADMIN);
    await page.getByRole("link", { name: "Organisationer och behörigheter" }).click();
    await expect(page.getByRole("heading", { name: "Organisationer", level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Ny organisation" }).click();
    await expectAccessible(page);
    await page.getByLabel("Namn", { exact: true }).fill(organisationName);
    await page.getByLabel("Slag av organisation").selectOption({ label: "Kommun" });
    await page.getByLabel("Län", { exact: true }).selectOption({ label: "Kronobergs län" });
    await page.getByLabel(/Företrädare får delegera/).check();
    await page.getByRole("button", { name: "Skapa organisationen" }).click();
    await page.getByRole("link", { name: `Gå till ${organisationName}` }).click();
    await expect(page.getByRole("heading", { name: organisationName, level: 1 })).toBeVisible();
    const [organisation] = await queryDatabase<{ id: string; allows_delegation: boolean }>(
      "select id, allows_delegation from organisation where name = $1",
      [organisationName],
    );
    expect(organisation?.allows_delegation).toBe(true);
    await expectAccessible(page);

    const since = new Date().toISOString();
    await page.getByLabel("E-postadress").fill(invitee);
    await page.getByLabel("Roll", { exact: true }).selectOption({ label: "Företrädare (får svara för organisationen)" });
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    await expect(page.getByText(`Inbjudan är skickad till ${invitee}.`)).toBeVisible();
    await expect(page.getByTestId("pending-invitations")).toContainText(invitee);
    await expectAccessible(page);
    const mail = await waitForMail(invitee, since);
    const link = extractLink(mail, "/inbjudan/");
    const token = link.split("/inbjudan/")[1] ?? "";
    const invitations = await queryDatabase<{ token_hash: string; role: string }>(
      "select token_hash, role from account_invitation where email = $1",
      [invitee],
    );
    // The database holds only the token's hash.
    expect(invitations).toEqual([{ token_hash: createHash("sha256").update(token).digest("hex"), role: "SIGNATORY" }]);

    // The invited person, in their own browser.
    const personContext = await browser.newContext();
    const person = await personContext.newPage();
    const personHeaders = watchSecurityHeaders(person);
    await person.goto(link);
    await expect(person.getByRole("heading", { name: "Inbjudan till Länsplan", level: 1 })).toBeVisible();
    await expect(person.getByText(`som företrädare (får svara för organisationen) för ${organisationName}`)).toBeVisible();
    await expectAccessible(person);
    await person.getByLabel("Ditt namn").fill("Inbjudna Personen");
    await person.getByRole("button", { name: "Ta emot inbjudan och logga in" }).click();
    await expect(person).toHaveURL(/\/arbetsyta$/);
    await expect(person.getByRole("cell", { name: organisationName })).toBeVisible();
    await expect(person.getByRole("cell", { name: "Företrädare (får svara för organisationen)" })).toBeVisible();
    await expectAccessible(person);
    await expectStrictSessionCookies(personContext);
    const [membership] = await queryDatabase<{ id: string; role: string; name: string }>(
      "select m.id, m.role, u.name from membership m join app_user u on u.id = m.user_id where u.email = $1",
      [invitee],
    );
    expect(membership).toMatchObject({ role: "SIGNATORY", name: "Inbjudna Personen" });
    const audit = await queryDatabase<{ action: string }>(
      "select action from audit_event where actor_email = $1 or (action = 'invitation.send' and after->>'email' = $1) order by id",
      [invitee],
    );
    expect(audit.map((a) => a.action)).toEqual(["invitation.send", "invitation.accept", "auth.sign_in"]);

    // The link works once.
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await other.goto(link);
    await expect(other.getByRole("heading", { name: "Inbjudan kan inte användas" })).toBeVisible();
    await expect(other.getByTestId("invitation-refused")).toHaveText(/redan använts/);
    await expectAccessible(other);
    await otherContext.close();

    // The administrator makes the person a member: their next request shows it.
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: invitee });
    await row.getByLabel("Ny roll för Inbjudna Personen").selectOption({ label: "Medlem" });
    await row.getByRole("button", { name: "Ändra roll" }).click();
    await expect(page.getByText("Rollen är ändrad.")).toBeVisible();
    expect(await queryDatabase<{ role: string }>("select role from membership where id = $1", [membership?.id])).toEqual([{ role: "MEMBER" }]);
    await person.goto(`/arbetsyta/organisationer/${organisation?.id}`);
    await expect(person.getByRole("row").filter({ hasText: invitee })).toContainText("Medlem");
    await expectAccessible(person);

    // … and removes them: on their next request the organisation is gone for them.
    await page.getByRole("button", { name: "Ta bort Inbjudna Personen" }).click();
    await expect(page.getByText("Personen har inte längre någon roll här.")).toBeVisible();
    expect(await queryDatabase("select 1 from membership where id = $1", [membership?.id])).toEqual([]);
    const refused = await person.goto(`/arbetsyta/organisationer/${organisation?.id}`);
    expect(refused?.status()).toBe(404);
    await person.goto("/arbetsyta");
    await expect(person.getByTestId("no-memberships")).toBeVisible();

    await adminHeaders.expectAllSecure();
    await personHeaders.expectAllSecure();
    await personContext.close();
  });

  test("a coordinator cannot open another county's organisation or invite there", async ({ page }) => {
    const headers = watchSecurityHeaders(page);
    await demoSignIn(page, KRONOBERG_COORDINATOR);
    const [nykoping] = await queryDatabase<{ id: string }>("select id from organisation where slug = 'nykopings-kommun'");
    const response = await page.goto(`/arbetsyta/organisationer/${nykoping?.id}`);
    expect(response?.status()).toBe(404);
    await page.goto("/arbetsyta/organisationer");
    await expect(page.getByRole("heading", { name: "Organisationer i Kronobergs län" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nyköpings kommun" })).toHaveCount(0);
    await expectAccessible(page);
    await headers.expectAllSecure();
  });

  test("an expired invitation link gets a clear refusal and signs nobody in", async ({ page }) => {
    const headers = watchSecurityHeaders(page);
    const token = randomBytes(32).toString("base64url");
    const [admin] = await queryDatabase<{ id: string }>("select id from app_user where email = $1", [ADMIN]);
    const [organisation] = await queryDatabase<{ id: string }>("select id from organisation where slug = 'lansplan-systemforvaltning'");
    const email = `utgangen.${randomUUID().slice(0, 8)}@example.org`;
    await queryDatabase(
      `insert into account_invitation (email, organisation_id, role, token_hash, invited_by_id, expires_at, created_at)
       values ($1, $2, 'MEMBER', $3, $4, now() - interval '1 day', now() - interval '8 days')`,
      [email, organisation?.id, createHash("sha256").update(token).digest("hex"), admin?.id],
    );
    await page.goto(`/inbjudan/${token}`);
    await expect(page.getByRole("heading", { name: "Inbjudan kan inte användas" })).toBeVisible();
    await expect(page.getByTestId("invitation-refused")).toHaveText(/gått ut/);
    await expect(page.getByRole("button", { name: "Ta emot inbjudan och logga in" })).toHaveCount(0);
    await expectAccessible(page);
    expect(await queryDatabase("select 1 from app_user where email = $1", [email])).toEqual([]);
    await headers.expectAllSecure();
  });
});

test.describe("security headers", () => {
  test("every kind of response carries them, HSTS included, straight from the server", async ({ page }) => {
    const assets: string[] = [];
    page.on("request", (request) => {
      if (["script", "stylesheet"].includes(request.resourceType()) && request.url().includes("/_next/static/")) assets.push(request.url());
    });
    await page.goto("/logga-in");
    await expect(page.getByRole("heading", { name: "Logga in", level: 1 })).toBeVisible();
    expect(assets.length).toBeGreaterThan(0);
    const pages = ["/", "/?_rsc=e2e", "/lan/kronoberg", "/logga-in", "/arbetsyta", "/api/open-data/versions.json", "/api/auth/session", "/finns-inte"];
    for (const url of [...assets, ...pages]) {
      const headers = (await page.request.get(url, { maxRedirects: 0 })).headers();
      expect({ url, hsts: headers["strict-transport-security"], nosniff: headers["x-content-type-options"] }).toEqual({
        url,
        hsts: "max-age=63072000; includeSubDomains",
        nosniff: "nosniff",
      });
      expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], url).not.toContain("unsafe-inline");
    }
  });
});

test.describe("sign-in rate limit", () => {
  test("the sixth e-mail link for one address in 15 minutes is refused with HTTP 429 and when to try again", async ({ page }) => {
    // Its own client address (the app trusts the right-most X-Forwarded-For entry; no proxy here),
    // so the limit per address of the other specs' sign-ins is not used up.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 250)}` });
    const headers = watchSecurityHeaders(page);
    const email = `begransad.${randomUUID().slice(0, 8)}@example.org`;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.goto("/logga-in");
      await page.getByLabel("E-postadress").fill(email);
      await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
      await expect(page.getByRole("heading", { name: "Kolla din e-post" })).toBeVisible();
    }
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill(email);
    const refusal = page.waitForResponse((r) => r.url().includes("/api/auth/signin/email"));
    await page.getByRole("button", { name: "Skicka inloggningslänk" }).click();
    const response = await refusal;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(page.getByTestId("sign-in-form-error")).toHaveText(/För många inloggningsförsök\. Försök igen om \d+ minut(er)? \(kl\. \d\d:\d\d\)\./);
    await expectAccessible(page);
    await headers.expectAllSecure();
  });
});
