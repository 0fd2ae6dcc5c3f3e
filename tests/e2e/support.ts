import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { e2ePaths } from "./paths";

/**
 * The page as a whole never scrolls sideways at the viewport the test set (WCAG 1.4.10 Reflow; at
 * 390 px a phone): wide tables scroll inside their own labelled region, the document does not.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.document, `${page.url()} is ${widths.document} px wide in a ${widths.viewport} px viewport`).toBeLessThanOrEqual(widths.viewport);
}

/**
 * WCAG 2.2 AA as the law asks: axe must report nothing on every page a test visits, and the page
 * must not scroll sideways at the viewport the test set.
 */
export async function expectAccessible(page: Page) {
  // Next streams metadata: after a navigation or a server action's refresh the <title> can arrive a
  // moment after the content. Wait until the page has settled with its title, then judge it.
  await expect(page).toHaveTitle(/\S/);
  await expectNoSidewaysScroll(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export type CapturedMail = { to: string[]; from: string | null; raw: string; receivedAt: string };

function readMails(): CapturedMail[] {
  if (!existsSync(e2ePaths.mailDir)) return [];
  return readdirSync(e2ePaths.mailDir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(e2ePaths.mailDir, file), "utf8")) as CapturedMail);
}

/**
 * Waits for a message to `to` that arrived after `since` (ISO time) and, when given, satisfies
 * `matches` (e.g. one notification among several); returns it.
 */
export async function waitForMail(to: string, since: string, matches: (mail: CapturedMail) => boolean = () => true): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(() => {
      found = readMails().find((m) => m.to.includes(to.toLowerCase()) && m.receivedAt >= since && matches(m));
      return found !== undefined;
    }, { message: `e-mail to ${to}`, timeout: 15_000 })
    .toBe(true);
  if (!found) throw new Error(`no e-mail to ${to}`);
  return found;
}

/** The first http(s) link in a captured message, with quoted-printable soft breaks undone. */
export function extractLink(mail: CapturedMail, pathPart: string): string {
  const body = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=").replace(/&amp;/g, "&");
  const link = body.match(new RegExp(`https?://[^\\s"'<>]*${pathPart}[^\\s"'<>]*`))?.[0];
  if (!link) throw new Error(`no link containing ${pathPart} in the e-mail`);
  return link;
}

/** Direct database access, to check what a UI action changed. */
export async function queryDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  // Bounded: a connection or query that hangs (seen once in CI, a loaded machine) fails within seconds
  // and expect.poll asks again, instead of the test waiting out its whole timeout.
  const client = new pg.Client({ connectionString: readFileSync(e2ePaths.databaseUrlFile, "utf8").trim(), connectionTimeoutMillis: 5_000, query_timeout: 10_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Presses Tab until `target` has focus (the keyboard's own way there); fails when it never does. */
export async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("not reachable with Tab");
}
