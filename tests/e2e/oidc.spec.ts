// OpenID Connect sign-in in the built app against a real OpenID Provider (npm oidc-provider, started
// by tests/e2e/server.ts): an identity whose verified e-mail has an account is signed in; any other
// identity gets "no account yet" and no account.
import { expect, test, type Page } from "@playwright/test";
import { oidcIdentities } from "./oidc-provider";
import { expectStrictSessionCookies, watchSecurityHeaders } from "./security";
import { expectAccessible, queryDatabase } from "./support";

/** From the sign-in page through the provider's login and consent pages, back to the app. */
async function signInThroughProvider(page: Page, login: keyof typeof oidcIdentities): Promise<void> {
  await page.goto("/logga-in");
  await expect(page.getByRole("heading", { name: "Logga in med e-legitimation" })).toBeVisible();
  await page.getByRole("button", { name: "Logga in med Testlegitimation" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("valfritt");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("OpenID Connect", () => {
  test("an identity with a verified e-mail of an existing account is signed in, and the sign-in is audited", async ({ page, context }) => {
    const headers = watchSecurityHeaders(page);
    const since = new Date();
    await signInThroughProvider(page, "known");
    await expect(page).toHaveURL(/\/arbetsyta$/);
    await expect(page.getByRole("cell", { name: "Nyköpings kommun" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Medlem" })).toBeVisible();
    await expectAccessible(page);
    await expectStrictSessionCookies(context);
    const audit = await queryDatabase<{ provider: string }>(
      "select meta->>'provider' as provider from audit_event where action = 'auth.sign_in' and actor_email = $1 and at >= $2",
      [oidcIdentities.known.email, since],
    );
    expect(audit).toContainEqual({ provider: "oidc" });
    await headers.expectAllSecure();
  });

  test("an identity without an account gets the no-account page and no account", async ({ page }) => {
    const headers = watchSecurityHeaders(page);
    await signInThroughProvider(page, "unknown");
    await expect(page).toHaveURL(/\/logga-in\/inget-konto$/);
    await expect(page.getByRole("heading", { name: "Inget konto ännu – be din samordnare om en inbjudan", level: 1 })).toBeVisible();
    await expectAccessible(page);
    expect(await queryDatabase("select 1 from app_user where email = $1", [oidcIdentities.unknown.email])).toEqual([]);
    await page.goto("/arbetsyta");
    await expect(page).toHaveURL(/\/logga-in/);
    await headers.expectAllSecure();
  });

  test("an e-mail the provider has not verified does not sign in, even when an account has it", async ({ page }) => {
    await signInThroughProvider(page, "unverified");
    await expect(page).toHaveURL(/\/logga-in\/inget-konto$/);
    await page.goto("/arbetsyta");
    await expect(page).toHaveURL(/\/logga-in/);
  });
});
