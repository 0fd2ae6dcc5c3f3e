/**
 * What the benchmarks of signed-in pages share (bench:import, bench:workspace): a county with
 * coordinators and a regional strategy, programmes filled by the spreadsheet import through the
 * real lib code, session cookies minted with the run's NEXTAUTH_SECRET, and one way of measuring a
 * signed-in page of the built app (SQL statements of one request, then many users back to back).
 *
 * lib is imported lazily: lib/env.ts reads DATABASE_URL on first use, so the caller sets it first.
 * Callers run under `tsx --conditions=react-server` (lib's `import "server-only"`).
 */
import ExcelJS from "exceljs";
import { encode } from "next-auth/jwt";
import { ownCpuMs, postgresCpuMs, processesCpuMs } from "./cpu";
import { countLoggedStatements, type RunningApp } from "./support";

export const AREAS = 5;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const ms = (value: number) => value.toFixed(0);

/** A workbook in the template layout: `actions` actions over 5 focus areas, 1–2 indicators each, organisations by the names people write. */
export async function workbook(actions: number, names: { municipalities: readonly string[]; region: string }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Åtgärder");
  sheet.addRow(["Fokusområde", "Nr", "Åtgärd", "Beskrivning", "Ansvarig", "Samverkanspartner", "Tidsplan", "Uppföljning", "Indikator", "Enhet", "Utgångsläge år", "Utgångsläge", "Målvärde år", "Målvärde", "Datakälla", "Nyckel"]);
  const perArea = Math.ceil(actions / AREAS);
  for (let n = 0; n < actions; n++) {
    const area = Math.floor(n / perArea);
    const lead = names.municipalities[n % names.municipalities.length] ?? "";
    const other = names.municipalities[(n + 3) % names.municipalities.length] ?? "";
    const number = `${area + 1}.${(n % perArea) + 1}`;
    sheet.addRow([
      `${area + 1}. Fokusområde ${area + 1}`,
      number,
      `Åtgärd ${number}: samordnad tillsyn och förebyggande arbete`,
      "Kommunerna genomför åtgärden tillsammans med Länsstyrelsen och följer upp den årligen i Länsrapporten.",
      `${lead}; ${other}`,
      `Polisen; ${names.region}`,
      n % 3 === 0 ? "Löpande" : "2026–2029",
      "Följs upp i Länsrapporten.",
      "Andel genomförda",
      "%",
      2025,
      40,
      2029,
      80,
      "Länsrapporten",
      "",
    ]);
    if (n % 2 === 0) sheet.addRow(["", number, "", "", "", "", "", "", "Antal deltagare", "st", 2025, 12, 2029, 30, "Egen uppföljning", ""]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The reference data, `coordinators` coordinators of Länsstyrelsen i Södermanlands län (county
 * 04) and a regional strategy, all through lib and the seed; returns what the import needs.
 */
export async function seedImportCounty(coordinators: number) {
  const { getDb } = await import("../../lib/db/client");
  const { seedDatabase } = await import("../../prisma/seed/index");
  const { createStrategy } = await import("../../lib/strategies/mutations");
  const { createProgramme } = await import("../../lib/programmes/mutations");
  const { createImportDraft, applyImportDraft } = await import("../../lib/imports/mutations");
  const { findImportDraft, findVersionSnapshot, listImportOrganisations } = await import("../../lib/imports/data");
  const { planImport } = await import("../../lib/imports/plan");

  const db = getDb();
  await seedDatabase(db, { demo: false });
  const county = await db.county.findFirstOrThrow({ where: { code: "04" }, select: { id: true } });
  const board = await db.organisation.findFirstOrThrow({ where: { countyId: county.id, kind: "COUNTY_BOARD" } });
  const municipalities = await db.organisation.findMany({ where: { countyId: county.id, kind: "MUNICIPALITY" }, orderBy: { name: "asc" } });
  const region = await db.organisation.findFirstOrThrow({ where: { countyId: county.id, kind: "REGION", active: true } });
  const national = await db.nationalStrategy.findFirstOrThrow({ where: { slug: "andts-2022-2025" } });
  const users = await Promise.all(
    Array.from({ length: coordinators }, (_, i) =>
      db.user.create({ data: { email: `samordnare${i + 1}@bank.example`, name: `Samordnare ${i + 1}`, memberships: { create: { organisationId: board.id, role: "COORDINATOR" } } } }),
    ),
  );
  const [first] = users;
  if (first === undefined) throw new Error("no users");
  const actor = {
    userId: first.id,
    email: first.email,
    name: first.name,
    isDemo: false,
    memberships: [{ organisationId: board.id, organisationName: board.name, organisationKind: board.kind, countyId: county.id, role: "COORDINATOR" as const }],
  };
  const countyIds = [county.id];
  const scope = { userId: first.id, actorEmail: first.email, countyIds };
  const strategy = await createStrategy(actor, county.id, {
    countyId: county.id,
    title: "Regional ANDTS-strategi (bänk)",
    validFrom: new Date("2026-01-01"),
    validTo: new Date("2029-12-31"),
    nationalStrategyId: national.id,
    overarchingText: "",
  });
  const names = { municipalities: municipalities.map((m) => m.shortName ?? m.name), region: region.name };

  /** A programme with version 1 (DRAFT, empty), through createProgramme; returns the ids. */
  async function newProgramme(title: string): Promise<{ programmeId: string; versionId: string }> {
    const { programmeId } = await createProgramme(actor, countyIds, {
      strategyId: strategy.strategyId,
      title,
      validFrom: new Date("2026-01-01"),
      validTo: new Date("2029-12-31"),
      substances: ["A", "N", "D", "T", "S"],
      templateVersionId: null,
    });
    const version = await db.programmeVersion.findFirstOrThrow({ where: { programmeId, number: 1 }, select: { id: true } });
    return { programmeId, versionId: version.id };
  }

  /** Upload → preview (the loader's reads and the plan) → apply, as the three requests do; server time of each step. */
  async function importInto(versionId: string, file: Uint8Array) {
    const t0 = performance.now();
    const uploaded = await createImportDraft(scope, { versionId, filename: "bank.xlsx", bytes: file }, new Date());
    const tUpload = performance.now();
    const draft = await findImportDraft(scope, { draftId: uploaded.draftId }, new Date());
    if (draft === null) throw new Error("draft not found");
    const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: versionId } });
    const [snapshot, organisations] = await Promise.all([findVersionSnapshot(version), listImportOrganisations(version.countyId)]);
    const plan = planImport({ parsed: draft.parsed, snapshot, organisations, resolutions: draft.resolutions });
    const tPreview = performance.now();
    if (plan.unresolved > 0) throw new Error(`${plan.unresolved} olösta problem, t.ex. ${JSON.stringify(plan.rows.find((r) => r.problems.length > 0)?.problems[0])}`);
    const outcome = await applyImportDraft(scope, { draftId: draft.id, revision: draft.revision, stamp: plan.stamp }, new Date());
    const tApply = performance.now();
    return { total: tApply - t0, upload: tUpload - t0, preview: tPreview - tUpload, apply: tApply - tPreview, outcome };
  }

  return { db, county, board, municipalities, region, users, actor, countyIds, names, newProgramme, importInto };
}

export type ImportCounty = Awaited<ReturnType<typeof seedImportCounty>>;

/** One next-auth session cookie per user, as a sign-in would set it (the app must run with the same `secret`). */
export async function sessionCookies(users: readonly { id: string; email: string }[], secret: string): Promise<string[]> {
  const now = Date.now();
  return Promise.all(users.map(async (user) => `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, signedInAt: now, lastSeenAt: now }, secret })}`));
}

/**
 * GET with the session cookie; the body, or an error for anything but 200. Uncompressed, as the
 * app serves its pages in production: nginx compresses, and asks the app for the plain page
 * (docs/nginx-reverse-proxy.conf, `proxy_set_header Accept-Encoding ""`).
 */
export async function fetchPage(url: string, cookie: string): Promise<string> {
  return fetchPageAs(url, { cookie });
}

/**
 * fetchPage as a browser keeps its session: a session cookie the app sets (the proxy slides the
 * idle window once a minute, proxy.ts) replaces the one sent, so later requests carry it.
 */
async function fetchPageAs(url: string, session: { cookie: string }): Promise<string> {
  const response = await fetch(url, { headers: { cookie: session.cookie, "accept-encoding": "identity" }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} svarade ${response.status}`);
  const renewed = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (renewed !== undefined) session.cookie = renewed.split(";")[0] ?? session.cookie;
  return body;
}

const SESSION_COOKIE = "next-auth.session-token";

/** Server CPU per answered request, in ms: the app's instances, PostgreSQL, and the load generator (this process). Null where /proc is not there. */
export type CpuPerRequest = { app: number | null; postgres: number | null; load: number };

export type PageLoad = { instances: number; thinkMs: readonly [number, number] | null; responses: number; errors: number; seconds: number; rps: number; p50: number; p99: number; errorSamples: string[]; cpu: CpuPerRequest };

/**
 * Every cookie's user requests `path` for `seconds` s, all at once, spread over the first
 * `instances` instances of `app` as nginx's round robin would (user i on instance i mod n): back to
 * back, or with `thinkMs` (a random pause between its bounds) before each next page.
 */
export async function loadPage(app: RunningApp, instances: number, path: string, cookies: readonly string[], seconds: number, thinkMs: readonly [number, number] | null = null): Promise<PageLoad> {
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  const cpuBefore = { app: processesCpuMs(app.pids), postgres: postgresCpuMs(app.postgresPort), load: ownCpuMs() };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie, user) => {
      const url = `${app.urls[user % instances] ?? app.urls[0]}${path}`;
      const session = { cookie };
      while (performance.now() < deadline) {
        if (thinkMs !== null) await new Promise((resolve) => setTimeout(resolve, thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0])));
        const t0 = performance.now();
        try {
          await fetchPageAs(url, session);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          if (samples.size < 3) samples.add(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const perRequest = (before: number | null, after: number | null) => (before === null || after === null || latencies.length === 0 ? null : (after - before) / latencies.length);
  const cpu = {
    app: perRequest(cpuBefore.app, processesCpuMs(app.pids)),
    postgres: perRequest(cpuBefore.postgres, postgresCpuMs(app.postgresPort)),
    load: perRequest(cpuBefore.load, ownCpuMs()) ?? Number.NaN,
  };
  latencies.sort((a, b) => a - b);
  return { instances, thinkMs, responses: latencies.length, errors, seconds: elapsed, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errorSamples: [...samples], cpu };
}

/**
 * A person at work: a page, then 0.5–1.5 s (reading, typing) before the next. Twenty of them ask
 * for about 20 pages a second, the busiest a county's coordinators could be all at once.
 */
const HUMAN_PACE_MS = [500, 1500] as const;

/**
 * `load`: back to back on every instance (docs/deployment.md runs two per machine), the figure;
 * `loads`: back to back on one instance, then on all, then at a person's pace on all.
 */
export type PageMeasure = { html: string; statements: string[]; loads: PageLoad[]; load: PageLoad };

/**
 * One signed-in page of the built app: 5 warm-up requests per instance, the SQL statements of one
 * request in the Postgres log (statement logging on, see support.ts logAllStatements), then
 * `cookies.length` users back to back for `seconds` s on one instance, again on every instance, and
 * then at a person's pace (HUMAN_PACE_MS between pages) on every instance.
 */
export async function measureSignedInPage(input: { app: RunningApp; path: string; cookies: readonly string[]; seconds: number; databaseUrl: string; postgresLog: readonly string[] }): Promise<PageMeasure> {
  const { app, path, cookies } = input;
  const [cookie = ""] = cookies;
  for (const url of app.urls) for (let i = 0; i < 5; i++) await fetchPage(`${url}${path}`, cookie);
  const counted = await countLoggedStatements(input.databaseUrl, input.postgresLog, () => fetchPage(`${app.urls[0] ?? ""}${path}`, cookie));
  const counts = [...new Set([1, app.urls.length])];
  const loads: PageLoad[] = [];
  for (const instances of counts) loads.push(await loadPage(app, instances, path, cookies, input.seconds));
  const load = loads.at(-1);
  if (load === undefined) throw new Error("ingen mätning");
  const paced = await loadPage(app, app.urls.length, path, cookies, input.seconds, HUMAN_PACE_MS);
  return { html: counted.result, statements: counted.statements, loads: [...loads, paced], load };
}

/** The bytes of a page's HTML that are the React Server Components payload (the self.__next_f scripts). */
export function flightBytes(html: string): number {
  return [...html.matchAll(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g)].reduce((sum, match) => sum + match[0].length, 0);
}

/** "1 instans, 20 samtidiga användare i 15,0 s: 312 svar (20,8/s), p50 …; CPU per svar: …": one line of a page's figures. */
export function describeLoad(load: PageLoad, users: number): string {
  const errors = load.errors > 0 ? ` (${load.errorSamples.join(" | ")})` : "";
  const cpuMs = (value: number | null) => (value === null ? "okänt" : `${value.toFixed(1)} ms`);
  const cpu = `CPU per svar: appen ${cpuMs(load.cpu.app)}, PostgreSQL ${cpuMs(load.cpu.postgres)}, lastgeneratorn ${cpuMs(load.cpu.load)}`;
  const pace = load.thinkMs === null ? "utan paus" : `en sida per ${load.thinkMs.map((value) => (value / 1000).toLocaleString("sv-SE")).join("–")} s`;
  return `${load.instances} ${load.instances === 1 ? "instans" : "instanser"}, ${users} samtidiga användare (${pace}) i ${load.seconds.toFixed(1)} s: ${load.responses} svar (${load.rps.toFixed(1)}/s), p50 ${ms(load.p50)} ms, p99 ${ms(load.p99)} ms, ${load.errors} fel${errors}; ${cpu}`;
}
