// Programme versions in the browser: a coordinator revises Kronoberg's programme, edits the
// version fields, reads the diff and the audit trail and withdraws the draft; two people saving the
// same fields; typed text surviving a failed save, a reload and an expired session; the journey by
// keyboard alone; and a read-only look at Södermanland's revision. Axe on every page visited.
//
// Every test that writes uses KRONOBERG (another spec edits Södermanland's draft in parallel on the
// same database); Södermanland is only read here.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, queryDatabase, tabTo } from "./support";

const KRONOBERG_COORDINATOR = "samordnare@lansstyrelsen-kronoberg.example";
const SODERMANLAND_COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const VAXJO_SIGNATORY = "signatar@vaxjo.example";

async function programmeIdOf(countyCode: string): Promise<string> {
  const [row] = await queryDatabase<{ id: string }>(
    "select p.id from action_programme p join county c on c.id = p.county_id where c.code = $1 order by p.created_at limit 1",
    [countyCode],
  );
  if (!row) throw new Error(`no programme in county ${countyCode}`);
  return row.id;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/logga-in");
  await page.getByTestId(`demo-sign-in-${email}`).click();
  await expect(page).toHaveURL(/\/arbetsyta/);
}

type VersionRow = { id: string; number: number; kind: string; status: string; title: string; edit_revision: number };

async function versionsOf(programmeId: string): Promise<VersionRow[]> {
  return queryDatabase<VersionRow>(
    "select id, number, kind, status::text as status, title, edit_revision from programme_version where programme_id = $1 order by number",
    [programmeId],
  );
}

/**
 * Each test starts from Kronoberg with nothing open: a draft left by an earlier (failed) test is
 * withdrawn directly in the database (a status change is bookkeeping the frozen-content trigger allows).
 */
async function closeOpenKronobergVersions(programmeId: string): Promise<void> {
  await queryDatabase(
    "update programme_version set status = 'WITHDRAWN', withdrawn_at = now() where programme_id = $1 and status in ('DRAFT', 'CONSULTATION', 'ENDORSEMENT')",
    [programmeId],
  );
}

/** Starts a revision from the programme page and returns the new version's number. */
async function startRevision(page: Page, programmeId: string): Promise<number> {
  await page.goto(`/arbetsyta/program/${programmeId}`);
  await page.getByRole("button", { name: "Starta revidering" }).click();
  await expect(page).toHaveURL(new RegExp(`/arbetsyta/program/${programmeId}/version/\\d+$`));
  const number = Number(page.url().split("/").pop());
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`version ${number}`);
  return number;
}


test.describe("Kronoberg: revising the programme", () => {
  let programmeId = "";

  test.beforeEach(async () => {
    programmeId = await programmeIdOf("07");
    await closeOpenKronobergVersions(programmeId);
  });

  test("a coordinator starts a revision, edits its fields, reads the diff and the audit trail, and withdraws it", async ({ page }) => {
    await signIn(page, KRONOBERG_COORDINATOR);
    await page.getByRole("link", { name: "Strategier och åtgärdsprogram i ditt län" }).click();
    await expect(page.getByRole("heading", { name: "Strategier och åtgärdsprogram", level: 1 })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Åtgärdsprogram för ANDTS-arbetet i Kronobergs län" }).first().click();
    await expect(page.getByRole("heading", { name: "Versionshistorik" })).toBeVisible();
    await expectAccessible(page);

    const before = await versionsOf(programmeId);
    const number = await startRevision(page, programmeId);
    await expectAccessible(page);
    const [published] = before.filter((v) => v.status === "PUBLISHED");
    if (!published) throw new Error("Kronoberg has no published version");
    const copied = await queryDatabase<{ same: boolean; count: string }>(
      `select count(*) as count,
              bool_and(exists (select 1 from action_item o where o.version_id = $1 and o.stable_key = n.stable_key)) as same
       from action_item n join programme_version v on v.id = n.version_id
       where v.programme_id = $2 and v.number = $3`,
      [published.id, programmeId, number],
    );
    const originalCount = await queryDatabase<{ count: string }>("select count(*) as count from action_item where version_id = $1", [published.id]);
    expect(copied[0]).toEqual({ count: originalCount[0]?.count, same: true });

    // Bad input is refused beside the field and stays in the form.
    const title = page.getByLabel("Titel", { exact: true });
    await title.fill("");
    await page.getByRole("button", { name: "Spara uppgifterna" }).click();
    await expect(page.getByText("Fältet måste fyllas i.")).toBeVisible();
    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await title.fill("Åtgärdsprogram för ANDTS-arbetet i Kronobergs län 2026–2028");
    await page.getByLabel("Sammanfattning av ändringarna").fill("Reviderad efter länsrapporten 2025.");
    await page.getByRole("button", { name: "Spara uppgifterna" }).click();
    await expect(page.getByText("Uppgifterna är sparade.")).toBeVisible();
    await expect
      .poll(async () => (await versionsOf(programmeId)).find((v) => v.number === number))
      .toMatchObject({ title: "Åtgärdsprogram för ANDTS-arbetet i Kronobergs län 2026–2028", edit_revision: 1, status: "DRAFT" });

    await page.getByRole("link", { name: `Jämför med version ${published.number}` }).click();
    await expect(page.getByRole("heading", { name: "Jämför versioner", level: 1 })).toBeVisible();
    const fields = page.getByTestId("field-changes").first();
    await expect(fields.getByRole("columnheader")).toHaveText(["Fält", "Före", "Efter"]);
    await expect(fields.getByRole("row", { name: /Titel/ })).toContainText("Kronobergs län 2026–2028");
    await expect(page.getByText("Inga åtgärder har ändrats.")).toBeVisible();
    await expectAccessible(page);

    // The organisation filter is a plain GET form.
    await page.getByLabel("Vad ändrades för organisationen …").selectOption({ label: "Växjö kommun" });
    await page.getByRole("button", { name: "Visa" }).click();
    await expect(page).toHaveURL(/organisation=/);
    await expect(page.getByRole("heading", { name: "Vad ändrades för Växjö kommun" })).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/arbetsyta/program/${programmeId}/handelser`);
    const trail = page.getByTestId("audit-trail");
    await expect(trail.getByRole("listitem").first()).toContainText("ändrade titeln för version");
    await expect(trail).toContainText("började en revidering");
    await expect(trail).not.toContainText("version.");
    await expectAccessible(page);

    await page.goto(`/arbetsyta/program/${programmeId}/version/${number}`);
    await page.getByRole("link", { name: `Återkalla version ${number} …` }).click();
    await expect(page.getByRole("heading", { name: `Vill du återkalla version ${number}?` })).toBeFocused();
    await expectAccessible(page);
    await page.getByRole("button", { name: `Ja, återkalla version ${number}` }).click();
    await expect(page.getByTestId("lock-reason")).toContainText("återkallad");
    await expect(page.getByText("återkallad", { exact: true }).first()).toBeVisible();
    await expect.poll(async () => (await versionsOf(programmeId)).find((v) => v.number === number)?.status).toBe("WITHDRAWN");
    await expectAccessible(page);
  });

  test("two people save the version fields from the same revision: the second sees both texts and chooses", async ({ browser }) => {
    const first = await browser.newContext({ locale: "sv-SE" });
    const second = await browser.newContext({ locale: "sv-SE" });
    try {
      const pageA = await first.newPage();
      const pageB = await second.newPage();
      await signIn(pageA, KRONOBERG_COORDINATOR);
      await signIn(pageB, KRONOBERG_COORDINATOR);
      const number = await startRevision(pageA, programmeId);
      const versionPath = `/arbetsyta/program/${programmeId}/version/${number}`;
      await pageB.goto(versionPath);

      await pageA.getByLabel("Titel", { exact: true }).fill("Titel från Anna");
      await pageA.getByRole("button", { name: "Spara uppgifterna" }).click();
      await expect(pageA.getByText("Uppgifterna är sparade.")).toBeVisible();

      await pageB.getByLabel("Titel", { exact: true }).fill("Titel från Bertil");
      await pageB.getByRole("button", { name: "Spara uppgifterna" }).click();
      const conflict = pageB.getByTestId("conflict");
      await expect(conflict.getByRole("heading", { name: "Någon annan har sparat under tiden" })).toBeFocused();
      await expect(conflict.getByRole("columnheader")).toHaveText(["Fält", "Din text", "Nuvarande text"]);
      await expect(pageB.getByTestId("conflict-mine-title")).toHaveText("Titel från Bertil");
      await expect(pageB.getByTestId("conflict-theirs-title")).toHaveText("Titel från Anna");
      await expectAccessible(pageB);
      // Nothing was overwritten.
      await expect
        .poll(async () => (await versionsOf(programmeId)).find((v) => v.number === number))
        .toMatchObject({ title: "Titel från Anna", edit_revision: 1 });

      await conflict.getByRole("button", { name: "Spara min text" }).click();
      await expect(pageB.getByText("Uppgifterna är sparade.")).toBeVisible();
      await expect(pageB.getByTestId("conflict")).toHaveCount(0);
      await expect
        .poll(async () => (await versionsOf(programmeId)).find((v) => v.number === number))
        .toMatchObject({ title: "Titel från Bertil", edit_revision: 2 });
    } finally {
      await first.close();
      await second.close();
    }
  });

  test("text typed in the version fields survives a failed save, a reload and an expired session", async ({ page, context }) => {
    await signIn(page, KRONOBERG_COORDINATOR);
    const number = await startRevision(page, programmeId);
    const summary = page.getByLabel("Sammanfattning av ändringarna");
    await summary.fill("Text som inte får försvinna.");

    await page.reload();
    await expect(summary).toHaveValue("Text som inte får försvinna.");
    await expect(page.getByTestId("unsaved-draft")).toBeVisible();
    await expectAccessible(page);

    // The session expires: the save is refused, the text stays, and after signing in again it is still there.
    await context.clearCookies();
    await page.getByRole("button", { name: "Spara uppgifterna" }).click();
    await expect(page.getByText("Din inloggning har gått ut.", { exact: false })).toBeVisible();
    await expect(summary).toHaveValue("Text som inte får försvinna.");
    expect((await versionsOf(programmeId)).find((v) => v.number === number)?.edit_revision).toBe(0);
    await page.getByRole("link", { name: "Logga in igen och spara sedan." }).click();
    await page.getByTestId(`demo-sign-in-${KRONOBERG_COORDINATOR}`).click();
    await expect(page).toHaveURL(new RegExp(`/version/${number}$`));
    await expect(summary).toHaveValue("Text som inte får försvinna.");

    await page.getByRole("button", { name: "Spara uppgifterna" }).click();
    await expect(page.getByText("Uppgifterna är sparade.")).toBeVisible();
    await expect(page.getByTestId("unsaved-draft")).toHaveCount(0);
    await expect
      .poll(async () => (await versionsOf(programmeId)).find((v) => v.number === number))
      .toMatchObject({ edit_revision: 1 });
    const [row] = await queryDatabase<{ change_summary: string }>(
      "select change_summary from programme_version where programme_id = $1 and number = $2",
      [programmeId, number],
    );
    expect(row?.change_summary).toBe("Text som inte får försvinna.");
    // Saved: the browser's copy is gone, a reload shows the saved text without the notice.
    await page.reload();
    await expect(summary).toHaveValue("Text som inte får försvinna.");
    await expect(page.getByTestId("unsaved-draft")).toHaveCount(0);
  });

  test("the whole journey works with the keyboard alone", async ({ page }) => {
    await signIn(page, KRONOBERG_COORDINATOR);
    await tabTo(page, page.getByRole("link", { name: "Strategier och åtgärdsprogram i ditt län" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Strategier och åtgärdsprogram", level: 1 })).toBeVisible();

    await tabTo(page, page.getByRole("link", { name: "Åtgärdsprogram för ANDTS-arbetet i Kronobergs län" }).first());
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Versionshistorik" })).toBeVisible();

    await tabTo(page, page.getByRole("button", { name: "Starta revidering" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/version\/\d+$/);
    const number = Number(page.url().split("/").pop());

    const title = page.getByLabel("Titel", { exact: true });
    await tabTo(page, title);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("Tangentbordets titel");
    await tabTo(page, page.getByRole("button", { name: "Spara uppgifterna" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Uppgifterna är sparade.")).toBeVisible();

    await tabTo(page, page.getByRole("link", { name: `Återkalla version ${number} …` }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: `Vill du återkalla version ${number}?` })).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: `Ja, återkalla version ${number}` }));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("lock-reason")).toBeVisible();
    await expect
      .poll(async () => (await versionsOf(programmeId)).find((v) => v.number === number))
      .toMatchObject({ title: "Tangentbordets titel", status: "WITHDRAWN" });
  });
});

test.describe("Kronoberg: strategies", () => {
  test("a coordinator creates a strategy with a programme, edits the strategy and records an extension", async ({ page }) => {
    const title = `Regional ANDTS-strategi för Kronobergs län 2026–2029 (${Date.now()})`;
    await signIn(page, KRONOBERG_COORDINATOR);
    await page.goto("/arbetsyta/strategier");
    await page.getByRole("link", { name: "Ny regional strategi" }).click();
    await expect(page.getByRole("heading", { name: "Ny regional strategi", level: 1 })).toBeVisible();
    await expectAccessible(page);

    // The end before the start is refused beside the field, with the typed values kept.
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Gäller från").fill("2026-01-01");
    await page.getByLabel("Gäller till").fill("2025-12-31");
    await page.getByRole("button", { name: "Skapa strategin" }).click();
    await expect(page.getByText("Slutdatumet kan inte ligga före startdatumet.")).toBeVisible();
    await expect(page.getByLabel("Titel")).toHaveValue(title);
    await expectAccessible(page);

    await page.getByLabel("Gäller till").fill("2029-12-31");
    await page.getByLabel("Övergripande text").fill("Strategin omsätter den nationella strategin i länet.");
    await page.getByRole("button", { name: "Skapa strategin" }).click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    const [strategy] = await queryDatabase<{ id: string; revision: number }>("select id, revision from regional_strategy where title = $1", [title]);
    expect(strategy?.revision).toBe(0);
    await expectAccessible(page);

    const fields = page.getByTestId("strategy-form");
    await fields.getByLabel("Övergripande text").fill("Strategin omsätter ANDTS-strategin 2022–2025 i Kronobergs län.");
    await fields.getByRole("button", { name: "Spara strategin" }).click();
    await expect(page.getByText("Strategin är sparad.")).toBeVisible();
    await expect
      .poll(async () => {
        const [edited] = await queryDatabase<{ revision: number; overarching_text: string }>(
          "select revision, overarching_text from regional_strategy where id = $1",
          [strategy?.id],
        );
        return edited;
      })
      .toEqual({ revision: 1, overarching_text: "Strategin omsätter ANDTS-strategin 2022–2025 i Kronobergs län." });

    const extension = page.getByTestId("extension-form");
    await extension.getByLabel("Nytt slutdatum").fill("2030-12-31");
    await extension.getByLabel("Beslutsdatum").fill("2029-11-20");
    await extension.getByLabel("Beslutande organ").fill("Länsstyrelsen i Kronobergs län");
    await extension.getByLabel("Diarienummer").fill("701-99-2029");
    await extension.getByRole("button", { name: "Registrera förlängningen" }).click();
    await expect(page.getByText("Förlängningen är registrerad.")).toBeVisible();
    await expect(page.getByTestId("extensions")).toContainText("701-99-2029");
    await expectAccessible(page);

    const programme = page.getByTestId("create-programme-form");
    await programme.getByLabel("Programmets titel").fill("Handlingsplan för ANDTS 2026–2027");
    await programme.getByLabel("S – spel om pengar").uncheck();
    await programme.getByRole("button", { name: "Skapa åtgärdsprogrammet" }).click();
    await expect(page).toHaveURL(/\/arbetsyta\/program\/[0-9a-f-]+\/version\/1$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Handlingsplan för ANDTS 2026–2027, version 1");
    const [created] = await queryDatabase<{ kind: string; status: string; substances: string }>(
      `select v.kind::text as kind, v.status::text as status, array_to_string(v.substances, ',') as substances
       from programme_version v join action_programme p on p.id = v.programme_id where p.regional_strategy_id = $1`,
      [strategy?.id],
    );
    expect(created).toEqual({ kind: "NEW", status: "DRAFT", substances: "A,N,D,T" });
    await expectAccessible(page);
  });
});

test.describe("who may see what", () => {
  test("a coordinator of another county and a signatory get a 404 for a programme they may not see", async ({ page }) => {
    const sodermanland = await programmeIdOf("04");
    await signIn(page, KRONOBERG_COORDINATOR);
    const response = await page.goto(`/arbetsyta/program/${sodermanland}/version/2`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
    // The same answer as for a programme that does not exist: nothing of it is shown.
    await expect(page.getByText("Södermanland", { exact: false })).toHaveCount(0);
    await expectAccessible(page);

    await page.context().clearCookies();
    await signIn(page, VAXJO_SIGNATORY);
    const kronoberg = await programmeIdOf("07");
    expect((await page.goto(`/arbetsyta/program/${kronoberg}`))?.status()).toBe(404);
    expect((await page.goto("/arbetsyta/strategier"))?.status()).toBe(200);
    await expect(page.getByTestId("no-counties")).toBeVisible();
  });
});

test.describe("Södermanland (read only)", () => {
  test("the diff of version 1 → 2 shows the added spel-om-pengar actions, and the organisation filter narrows it", async ({ page }) => {
    const programmeId = await programmeIdOf("04");
    await signIn(page, SODERMANLAND_COORDINATOR);
    await page.goto(`/arbetsyta/program/${programmeId}/jamfor?fran=1&till=2`);
    await expect(page.getByText("Ändringar från version 1 till version 2")).toBeVisible();
    const added = page.getByTestId("item-diff-added");
    await expect(added.filter({ hasText: /spel/i })).not.toHaveCount(0);
    expect(await added.filter({ hasText: /spel/i }).count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId("item-diff-removed")).not.toHaveCount(0);
    await expect(page.getByTestId("responsibility-changes").first()).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Vad ändrades för organisationen …").selectOption({ label: "Spelinspektionen" });
    await page.getByRole("button", { name: "Visa" }).click();
    const filtered = page.getByTestId("organisation-diff");
    await expect(filtered.getByRole("heading", { name: "Vad ändrades för Spelinspektionen" })).toBeVisible();
    await expect(filtered.getByTestId("item-diff-added").filter({ hasText: "spel om pengar" })).not.toHaveCount(0);
    await expect(filtered.getByRole("listitem").filter({ hasText: "Ansvarsfull alkoholservering" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
