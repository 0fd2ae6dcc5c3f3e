import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { setVersionStatus } from "../factories/index.ts";
import { arrangeProgramme, goalIds, openDatabase } from "./public-fixtures";
import { expectAccessible, queryDatabase, tabTo } from "./support";

// Comments while drafting against the built app. The reviewer is the demo account the seed invited
// to Södermanland's revision draft (version 2); this spec comments only on "Tidig upptäckt av
// riskbruk i hälso- och sjukvården", which no other spec touches, and changes no content.

const REVIEWER = "medarbetare@nykoping.example";
const COORDINATOR = "samordnare@lansstyrelsen-sodermanland.example";
const ITEM = "Tidig upptäckt av riskbruk i hälso- och sjukvården";

async function signedIn(browser: Browser, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto("/logga-in");
  await page.getByRole("listitem").filter({ hasText: email }).getByRole("button", { name: /^Logga in som/ }).click();
  await expect(page).toHaveURL(/\/arbetsyta/);
  return page;
}

async function draft(): Promise<{ programmeId: string; itemNumber: string; stableKey: string }> {
  const [row] = await queryDatabase<{ programme_id: string; number: string; stable_key: string }>(
    `select pv.programme_id, ai.number, ai.stable_key from action_item ai
       join programme_version pv on pv.id = ai.version_id join county c on c.id = pv.county_id
      where c.code = '04' and pv.number = 2 and ai.title = $1`,
    [ITEM],
  );
  if (!row) throw new Error("seeded draft action missing");
  return { programmeId: row.programme_id, itemNumber: row.number, stableKey: row.stable_key };
}

async function threadsOn(stableKey: string) {
  return queryDatabase<{ id: string; text: string; resolved_at: Date | null; resolver: string | null; replies: string }>(
    `select c.id, c.text, c.resolved_at, u.email as resolver,
            (select count(*)::text from draft_comment r where r.parent_id = c.id) as replies
       from draft_comment c join action_item ai on ai.id = c.action_item_id left join app_user u on u.id = c.resolved_by_id
      where ai.stable_key = $1 and c.parent_id is null order by c.created_at`,
    [stableKey],
  );
}

/** No sideways scrolling: the page fits its viewport's width (the message names what sticks out). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((e) => e.parentElement?.closest(".overflow-x-auto") === null || getComputedStyle(e).position === "absolute")
      .map((e) => `${e.tagName} ${(e.textContent ?? "").slice(0, 40)}`),
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ overflow, wide }, `sideways scroll on ${page.url()}`).toEqual({ overflow: 0, wide: [] });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test.describe("comments while drafting", () => {
  test("an invited reviewer comments on an action; the coordinator sees the unresolved count, replies and resolves", async ({ browser }) => {
    test.slow();
    const { programmeId, itemNumber, stableKey } = await draft();
    const text = `Regionen bör nämnas som ansvarig för riskbruksfrågorna. ${randomUUID().slice(0, 8)}`;

    // The reviewer finds the draft in the workspace, reads it and comments on the action, by keyboard.
    const reviewer = await signedIn(browser, REVIEWER);
    await expect(reviewer.getByRole("heading", { name: "Utkast att granska" })).toBeVisible();
    await expectAccessible(reviewer);
    await reviewer.getByTestId("review-tasks").getByRole("link", { name: /version 2/ }).click();
    await expect(reviewer.getByRole("heading", { level: 1, name: "Kommentarer på utkastet" })).toBeVisible();
    await expect(reviewer.getByText("Du är inbjuden som granskare av utkastet.")).toBeVisible();
    await expectAccessible(reviewer);
    await reviewer.getByRole("link", { name: "Läs hela utkastet" }).click();
    await expect(reviewer.getByRole("heading", { level: 1, name: "Utkastets innehåll" })).toBeVisible();
    await expectAccessible(reviewer);
    await reviewer.getByRole("link", { name: `Kommentarer – ${itemNumber} ${ITEM}` }).click();
    await expect(reviewer.getByRole("heading", { name: "Det kommentarerna gäller" })).toBeVisible();
    await expect(reviewer.getByLabel("Kommentaren gäller")).toHaveValue(`item:${stableKey}`);
    await expectAccessible(reviewer);
    // The reviewer cannot open the coordinator's editor.
    const editor = await reviewer.request.get(`/arbetsyta/program/${programmeId}/version/2/innehall`);
    expect(editor.status()).toBe(404);

    const textarea = reviewer.getByLabel("Kommentar", { exact: true });
    await tabTo(reviewer, textarea);
    await reviewer.keyboard.type(text);
    await reviewer.keyboard.press("Tab");
    await expect(reviewer.getByRole("button", { name: "Lägg till kommentaren" })).toBeFocused();
    await reviewer.keyboard.press("Enter");
    await expect(reviewer.getByText("Kommentaren har lagts till.")).toBeVisible();
    await expect(reviewer.getByTestId("comment-thread").filter({ hasText: text })).toBeVisible();
    await expect.poll(async () => (await threadsOn(stableKey)).map((t) => t.text)).toEqual([text]);
    await expectAccessible(reviewer);

    // The coordinator sees the unresolved count on the version page and on the action in the content page.
    const coordinator = await signedIn(browser, COORDINATOR);
    await coordinator.goto(`/arbetsyta/program/${programmeId}/version/2`);
    const [total] = await queryDatabase<{ n: string }>(
      "select count(*)::text as n from draft_comment c join programme_version pv on pv.id = c.version_id join county co on co.id = pv.county_id where co.code = '04' and pv.number = 2 and c.parent_id is null and c.resolved_at is null",
    );
    await expect(coordinator.getByTestId("version-unresolved-comments")).toHaveText(`(${total?.n ?? "?"} olösta)`);
    await expectAccessible(coordinator);
    await coordinator.goto(`/arbetsyta/program/${programmeId}/version/2/innehall`);
    const badge = coordinator.getByRole("link", { name: `1 olöst kommentar om åtgärd ${itemNumber}` });
    await expect(badge).toHaveText("1 olöst");
    await expectAccessible(coordinator);
    await shoot(coordinator, "content-badges-1280");
    await badge.click();

    // The badge leads to the thread: reply (the reply form opened by keyboard) and resolve.
    const thread = coordinator.getByTestId("comment-thread").filter({ hasText: text });
    await expect(thread).toBeVisible();
    await expect(thread.getByTestId("thread-status")).toHaveText("Olöst");
    await expectAccessible(coordinator);
    const summary = thread.locator("summary");
    await expect(summary).toHaveText(/^Svara/);
    await summary.focus();
    await coordinator.keyboard.press("Enter");
    await thread.getByLabel(/^Svar till/).fill("Tack, vi lägger till Region Sörmland som ansvarig.");
    await thread.getByRole("button", { name: "Skicka svaret" }).click();
    await expect(thread.getByText("Tack, vi lägger till Region Sörmland som ansvarig.")).toBeVisible();
    await thread.getByRole("button", { name: "Markera som löst" }).click();
    await expect(thread.getByTestId("thread-status")).toHaveText("Löst");
    await expect(thread.getByText("Löst av Lena Bergqvist")).toBeVisible();
    await expect
      .poll(async () => (await threadsOn(stableKey)).map((t) => ({ resolved: t.resolved_at !== null, resolver: t.resolver, replies: t.replies })))
      .toEqual([{ resolved: true, resolver: COORDINATOR, replies: "1" }]);
    await expectAccessible(coordinator);
    const audit = await queryDatabase<{ action: string }>(
      "select action from audit_event where entity_type = 'DraftComment' and entity_id = $1 order by id",
      [(await threadsOn(stableKey))[0]?.id ?? ""],
    );
    expect(audit.map((a) => a.action)).toEqual(["comment.add", "comment.resolve"]);

    // Resolved: the badge is gone from the content page; the action's own page shows the thread.
    await coordinator.goto(`/arbetsyta/program/${programmeId}/version/2/innehall`);
    await expect(coordinator.getByRole("row").filter({ hasText: ITEM }).getByTestId("unresolved-badge")).toHaveCount(0);
    await coordinator.goto(`/arbetsyta/program/${programmeId}/version/2/atgard/${stableKey}`);
    await expect(coordinator.getByRole("region", { name: "Kommentarer om åtgärden" }).getByText(text)).toBeVisible();
    await expectAccessible(coordinator);
    await shoot(coordinator, "item-thread-1280");
    await coordinator.context().close();
    await reviewer.context().close();
  });

  test("the comments page and the badges fit a 390 px screen", async ({ browser }) => {
    const { programmeId } = await draft();
    const page = await signedIn(browser, COORDINATOR, 390);
    for (const [path, name] of [
      [`/arbetsyta/program/${programmeId}/version/2/kommentarer`, "comments-390"],
      [`/arbetsyta/program/${programmeId}/version/2/kommentarer/utkast`, "draft-390"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await shoot(page, name);
    }
    // The content page's badges, looked at (its table scrolls inside its own box at this width).
    await page.goto(`/arbetsyta/program/${programmeId}/version/2/innehall`);
    await expect(page.getByTestId("unresolved-badge").first()).toBeVisible();
    await expectAccessible(page);
    await shoot(page, "content-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/arbetsyta/program/${programmeId}/version/2/kommentarer`);
    await expectAccessible(page);
    await shoot(page, "comments-1280");
    await page.context().close();
  });

  test("a comment written on a draft never appears in the published version's page, program.json or atgarder.csv", async ({ request }) => {
    const db = openDatabase();
    const marker = `INTERNKOMMENTAR${randomUUID().slice(0, 8)}`;
    const control = `Synlig åtgärd ${randomUUID().slice(0, 8)}`;
    try {
      const goals = await goalIds(db);
      const arranged = await arrangeProgramme(db, {
        countyCode: "22",
        title: `Kommentarsprov ${randomUUID().slice(0, 8)}`,
        statuses: ["DRAFT"],
        focusAreas: (_n, organisations) => [{ title: "Tillgång", goalIds: [goals.get(1) ?? ""], items: [{ title: control, responsible: [organisations.lead], indicators: 1 }] }],
      });
      const [version] = arranged.versions;
      if (version === undefined) throw new Error("no version arranged");
      const fixture = await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id }, include: { items: true } });
      const item = fixture.items[0];
      const thread = await db.draftComment.create({ data: { versionId: version.id, countyId: fixture.countyId, actionItemId: item?.id ?? null, anchorLabel: control, text: `${marker} tråd` } });
      await db.draftComment.create({ data: { versionId: version.id, countyId: fixture.countyId, parentId: thread.id, text: `${marker} svar` } });
      await setVersionStatus(db, version.id, "PUBLISHED");

      const base = `/lan/${arranged.countySlug}/${arranged.programmeSlug}`;
      for (const path of [`${base}/version/1`, base, `/api/open-data/lan/${arranged.countySlug}/${arranged.programmeSlug}/version/1/program.json`, `/api/open-data/lan/${arranged.countySlug}/${arranged.programmeSlug}/version/1/atgarder.csv`]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        const body = await response.text();
        expect(body, path).toContain(control);
        expect(body, path).not.toContain(marker);
      }
    } finally {
      await db.$disconnect();
    }
  });
});
