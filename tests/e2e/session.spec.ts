// Strict sessions in the built app: 2 minutes before the 30-minute idle end a warning dialog
// (role=alertdialog, focus on its action) lets the user stay signed in with one key; at the end the
// user is signed out, and text being typed survives the sign-out and the next sign-in. The browser's
// clock is Playwright's; the server's view of the session is aged by rewriting the session cookie's
// JWT with the run's secret (the server code is the production code, unchanged).
import { readFileSync } from "node:fs";
import { decode, encode } from "next-auth/jwt";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2ePaths, e2ePorts } from "./paths";
import { watchSecurityHeaders } from "./security";
import { expectAccessible, queryDatabase } from "./support";

const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const appOrigin = `http://localhost:${e2ePorts.app}`;
const cookieName = "next-auth.session-token";
const minute = 60 * 1000;

function secret(): string {
  return readFileSync(e2ePaths.secretFile, "utf8").trim();
}

async function sessionToken(context: BrowserContext): Promise<Record<string, unknown>> {
  const cookie = (await context.cookies(appOrigin)).find((c) => c.name === cookieName);
  if (cookie === undefined) throw new Error("no session cookie");
  const token = await decode({ token: cookie.value, secret: secret() });
  if (token === null) throw new Error("unreadable session cookie");
  return token;
}

/** Makes the server see the last request `idleMinutes` ago (as if the user had been away). */
async function ageSession(context: BrowserContext, idleMinutes: number): Promise<void> {
  const token = await sessionToken(context);
  const now = Date.now();
  const value = await encode({
    token: { ...token, signedInAt: now - (idleMinutes + 10) * minute, lastSeenAt: now - idleMinutes * minute },
    secret: secret(),
  });
  await context.addCookies([{ name: cookieName, value, url: appOrigin, httpOnly: true, sameSite: "Lax" }]);
}

async function signIn(page: Page, callbackPath = "/arbetsyta"): Promise<void> {
  await page.goto(`/logga-in?${new URLSearchParams({ callbackUrl: callbackPath }).toString()}`);
  await page.getByTestId(`demo-sign-in-${COORDINATOR}`).click();
  await expect(page).toHaveURL(new RegExp(`${callbackPath}$`));
}

async function strategyPath(): Promise<string> {
  const [row] = await queryDatabase<{ id: string }>(
    "select s.id from regional_strategy s join county c on c.id = s.county_id where c.slug = 'sodermanland' order by s.valid_from desc limit 1",
  );
  if (!row) throw new Error("no Södermanland strategy");
  return `/arbetsyta/strategier/${row.id}`;
}

test.describe("idle sessions", () => {
  test("a warning appears 2 minutes before the idle end and one key keeps the session", async ({ page, context }) => {
    const headers = watchSecurityHeaders(page);
    await page.clock.install();
    await signIn(page);
    await ageSession(context, 28.5);
    // Only once the page has hydrated does the browser keep a schedule to move the clock past.
    await expect(page.getByTestId("session-timeout")).toHaveAttribute("data-scheduled", "true");
    // The browser asks the server when its own schedule says 2 minutes remain.
    await page.clock.fastForward("28:30");
    const dialog = page.getByRole("alertdialog", { name: "Du loggas snart ut" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(/Om \d+ sekunder loggas du ut/);
    const stay = dialog.getByRole("button", { name: "Fortsätt vara inloggad" });
    await expect(stay).toBeFocused();
    await expectAccessible(page);
    const before = Date.now();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    // The server moved the idle window's start: the session lives another 30 minutes.
    await expect.poll(async () => Number((await sessionToken(context))["lastSeenAt"])).toBeGreaterThanOrEqual(before);
    await page.goto("/arbetsyta");
    await expect(page.getByRole("heading", { name: "Arbetsyta", level: 1 })).toBeVisible();
    await headers.expectAllSecure();
  });

  test("after 30 idle minutes the user is signed out, and the text they were typing survives signing in again", async ({ page, context }) => {
    const headers = watchSecurityHeaders(page);
    await page.clock.install();
    const path = await strategyPath();
    await signIn(page, path);
    const decisionBody = page.getByLabel("Beslutande organ");
    await decisionBody.fill("Länsstyrelsen (osparad text från e2e)");

    await ageSession(context, 30.5);
    await expect(page.getByTestId("session-timeout")).toHaveAttribute("data-scheduled", "true");
    await page.clock.fastForward("28:30");
    const dialog = page.getByRole("alertdialog", { name: "Du har loggats ut" });
    await expect(dialog).toBeVisible();
    const again = dialog.getByRole("link", { name: "Logga in igen" });
    await expect(again).toBeFocused();
    await expectAccessible(page);
    // The server agrees: the workspace is refused.
    const response = await page.request.get("/arbetsyta", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/logga-in");

    await again.click();
    await expect(page).toHaveURL(/\/logga-in\?callbackUrl=/);
    await page.getByTestId(`demo-sign-in-${COORDINATOR}`).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByLabel("Beslutande organ")).toHaveValue("Länsstyrelsen (osparad text från e2e)");
    // Nothing was saved: the text lives in this browser only.
    expect(await queryDatabase("select 1 from strategy_extension where decision_body like '%osparad text från e2e%'")).toEqual([]);
    await headers.expectAllSecure();
  });
});
