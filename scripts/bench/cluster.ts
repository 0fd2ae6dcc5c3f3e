/**
 * `npm run bench:cluster`: two instances of the built app on one database behind the documented
 * nginx configuration (docs/nginx-reverse-proxy.conf, both instances in its upstream).
 *
 * Seeds a throwaway database with the reference data, a county coordinator, a programme whose
 * version 1 is published and version 2 ratified (ready to publish), a draft programme with one
 * focus area per editor, and 200 queued e-mails. Then:
 * - drives public reads (some past nginx's cache with a query string) and editor saves (the
 *   content editor's server action, updateFocusAreaAction, each editor on its own focus area)
 *   through nginx for the whole run;
 * - publishes version 2 on instance A (publishVersionAction over HTTP, straight to A) and polls
 *   instance B directly until its programme page shows version 2: propagation_ms, from A's answer;
 * - restarts instance A under that load (SIGTERM, wait for exit 0, start again);
 * - counts the e-mails each instance logged (no SMTP_URL: each instance writes every mail it sends
 *   to its log): duplicate_mails = mails logged more than once;
 * - lost_saves = saves the app acknowledged whose audit row is missing (each save writes one in its
 *   transaction); failed_requests = reads or saves answered with an error or not at all.
 * Last line: propagation_ms=… failed_requests=… duplicate_mails=… lost_saves=…
 * Needs Debian's nginx. BENCH_SKIP_BUILD=1 reuses .next. A benchmark prints figures; it asserts nothing.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { publishVersion, writeDraftVersion, type FocusAreaSpec, type VersionSpec, type WriterContext } from "../../prisma/seed/programme-writer";
import { seedDatabase } from "../../prisma/seed/index";
import { findFreePort, REPO_ROOT, startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { buildApp, children, say, start, startApp, stopChildren, waitFor } from "./support";

const EDITORS = 6;
const READERS = 12;
const MAILS = 200;
const V2_TITLE = "Åtgärdsprogram för ANDTS-arbetet, version två (klustertest)";

type Seeded = {
  countySlug: string;
  programmeSlug: string;
  programmeId: string;
  versionTwoId: string;
  draftProgrammeId: string;
  focusAreaIds: string[];
  coordinatorId: string;
};

function versionSpec(number: number, title: string, municipalities: readonly string[], areas: number): VersionSpec {
  const focusAreas: FocusAreaSpec[] = Array.from({ length: areas }, (_, a) => ({
    key: `omrade-${a + 1}`,
    title: `Fokusområde ${a + 1}`,
    description: "Förebyggande arbete i länet.",
    goalNumbers: [(a % 7) + 1],
    items: Array.from({ length: 4 }, (_, i) => ({
      key: `atgard-${a + 1}-${i + 1}`,
      title: `Insats ${i + 1} i fokusområde ${a + 1}`,
      description: "Kommunen genomför insatsen enligt den gemensamma planen.",
      timeframe: { kind: "ONGOING" },
      lead: municipalities[(a + i) % municipalities.length] ?? "",
      responsible: [],
      partners: [],
      followUp: "Redovisas årligen.",
      indicators: [],
    })),
  }));
  return { number, kind: number === 1 ? "NEW" : "REVISION", title, validFrom: "2025-01-01", validTo: "2030-12-31", substances: ["A", "N", "D", "T", "S"], nationalStrategySlug: "andts-2022-2025", changeSummary: number === 1 ? "" : "Reviderad.", createdAt: "2025-01-01T08:00:00.000Z", focusAreas };
}

async function seed(databaseUrl: string): Promise<Seeded> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await seedDatabase(db, { demo: false });
    const county = await db.county.findUniqueOrThrow({ where: { code: "01" }, select: { id: true, slug: true } });
    const organisations = await db.organisation.findMany({ select: { id: true, slug: true, kind: true, countyId: true } });
    const inCounty = organisations.filter((o) => o.countyId === county.id);
    const municipalities = inCounty.filter((o) => o.kind === "MUNICIPALITY").map((o) => o.slug);
    const board = inCounty.find((o) => o.kind === "COUNTY_BOARD");
    if (board === undefined) throw new Error("länsstyrelsen saknas i referensdata");
    const strategies = await db.nationalStrategy.findMany({ select: { id: true, slug: true, goals: { select: { id: true, number: true } } } });
    const national = strategies.find((s) => s.slug === "andts-2022-2025");
    if (national === undefined) throw new Error("ANDTS-strategin 2022–2025 saknas i referensdata");
    const regional = await db.regionalStrategy.create({
      data: { countyId: county.id, slug: "andts-2025-2030", title: "Regional ANDTS-strategi 2025–2030", validFrom: new Date("2025-01-01"), validTo: new Date("2030-12-31"), nationalStrategyId: national.id },
    });
    const programme = await db.actionProgramme.create({ data: { countyId: county.id, regionalStrategyId: regional.id, slug: "klustertest", title: "Åtgärdsprogram (klustertest)" } });
    const draftProgramme = await db.actionProgramme.create({ data: { countyId: county.id, regionalStrategyId: regional.id, slug: "klustertest-utkast", title: "Åtgärdsprogram under arbete (klustertest)" } });
    const contextFor = (tx: WriterContext["tx"], programmeId: string, keyPrefix: string): WriterContext => ({
      tx,
      countyId: county.id,
      programmeId,
      keyPrefix,
      organisationIdBySlug: new Map(organisations.map((o) => [o.slug, o.id])),
      strategies: new Map(strategies.map((s) => [s.slug, { id: s.id, slug: s.slug, goalIdByNumber: new Map(s.goals.map((g) => [g.number, g.id])) }])),
    });
    const versionTwoId = await db.$transaction(
      async (tx) => {
        const context = contextFor(tx, programme.id, "bench/cluster");
        const one = await writeDraftVersion(context, versionSpec(1, "Åtgärdsprogram för ANDTS-arbetet, version ett (klustertest)", municipalities, 3), null);
        await publishVersion(context, one, {
          frozenAt: "2025-01-10T08:00:00.000Z",
          endorsements: [{ organisationSlug: municipalities[0] ?? "", status: "ENDORSED", decisionBody: "Kommunstyrelsen", decisionDate: "2025-01-20", paragraph: "§ 12", diarienummer: "KS 2025/1" }],
          ratificationBody: "Länsstyrelsen",
          ratificationDate: "2025-02-01",
          ratificationDnr: "705-1-2025",
          publishedAt: "2025-02-02T08:00:00.000Z",
        });
        // Version 2 ratified, as the endorsement flow leaves it: the benchmark publishes it on instance A.
        const two = await writeDraftVersion(context, versionSpec(2, V2_TITLE, municipalities, 3), one.id);
        await tx.programmeVersion.update({ where: { id: two.id }, data: { status: "ENDORSEMENT", contentHash: two.contentHash, endorsementRound: 1, frozenAt: new Date() } });
        await tx.programmeVersion.update({ where: { id: two.id }, data: { status: "RATIFIED", ratifiedAt: new Date(), ratificationBody: "Länsstyrelsen", ratificationDate: new Date(), ratificationDnr: "705-2-2025" } });
        const draft = await writeDraftVersion(contextFor(tx, draftProgramme.id, "bench/cluster-draft"), versionSpec(1, "Utkast (klustertest)", municipalities, EDITORS), null);
        void draft;
        return two.id;
      },
      { timeout: 120_000 },
    );
    const focusAreas = await db.focusArea.findMany({ where: { version: { programmeId: draftProgramme.id } }, orderBy: { position: "asc" }, select: { id: true } });
    const coordinator = await db.user.create({ data: { email: "samordnare@klustertest.se", name: "Samordnare", emailVerified: new Date() } });
    await db.membership.create({ data: { userId: coordinator.id, organisationId: board.id, role: "COORDINATOR" } });
    await db.outboxMail.createMany({ data: Array.from({ length: MAILS }, (_, i) => ({ to: `mottagare-${i}@klustertest.se`, subject: `Klustertest ${i}`, text: "Text" })) });
    return { countySlug: county.slug, programmeSlug: programme.slug, programmeId: programme.id, versionTwoId, draftProgrammeId: draftProgramme.id, focusAreaIds: focusAreas.map((f) => f.id), coordinatorId: coordinator.id };
  } finally {
    await db.$disconnect();
  }
}

// ───────────── Server actions over HTTP, as the browser sends them ─────────────

const requireFromRepo = createRequire(path.join(REPO_ROOT, "package.json"));
const reactClient: unknown = requireFromRepo("next/dist/compiled/react-server-dom-webpack/client.node");
function encodeReply(value: unknown): Promise<string | FormData> {
  const encode = typeof reactClient === "object" && reactClient !== null ? Reflect.get(reactClient, "encodeReply") : undefined;
  if (typeof encode !== "function") throw new Error("encodeReply saknas i Next.js");
  const encoded: unknown = Reflect.apply(encode, undefined, [value]);
  if (!(encoded instanceof Promise)) throw new Error("encodeReply svarade inte med ett löfte");
  return encoded.then((body: unknown) => {
    if (typeof body === "string" || body instanceof FormData) return body;
    throw new Error("encodeReply gav något oväntat");
  });
}

function actionId(exportedName: string): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, ".next/server/server-reference-manifest.json"), "utf8"));
  const node = typeof manifest === "object" && manifest !== null ? Reflect.get(manifest, "node") : undefined;
  for (const [id, entry] of Object.entries(typeof node === "object" && node !== null ? node : {})) {
    if (typeof entry === "object" && entry !== null && Reflect.get(entry, "exportedName") === exportedName) return id;
  }
  throw new Error(`${exportedName} saknas i bygget`);
}

/** `ok`: the action answered with its success state, or redirected (what a successful publish does). */
async function callAction(url: string, id: string, cookie: string, fields: Record<string, string>): Promise<{ status: number; body: string; ok: boolean }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const body = await encodeReply([{ status: "idle" }, form]);
  const response = await fetch(url, { method: "POST", headers: { "next-action": id, accept: "text/x-component", cookie }, body });
  const text = await response.text();
  const redirected = response.headers.get("x-action-redirect") !== null;
  return { status: response.status, body: text, ok: response.status === 200 && (redirected || text.includes('"status":"success"')) };
}

// ───────────── nginx ─────────────

function nginxConfig(dir: string, proxyPort: number, appPorts: readonly number[]): string {
  const documented = readFileSync(path.join(REPO_ROOT, "docs/nginx-reverse-proxy.conf"), "utf8");
  const replace = (text: string, pattern: RegExp, value: string) => {
    if (!pattern.test(text)) throw new Error(`docs/nginx-reverse-proxy.conf: hittar inte ${pattern}`);
    return text.replace(pattern, value);
  };
  let proxy = replace(documented, /\/var\/cache\/nginx\/lansplan/, path.join(dir, "cache"));
  proxy = replace(proxy, /(?:[ \t]*server 127\.0\.0\.1:\d+[^;\n]*;\n)+/, appPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;\n`).join(""));
  proxy = replace(proxy, /listen 80;/, `listen 127.0.0.1:${proxyPort};`);
  writeFileSync(path.join(dir, "lansplan.conf"), proxy);
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/lansplan.conf;
}
`;
}

// ───────────── Load ─────────────

type Tally = { reads: number; saves: number; acknowledged: Map<string, number>; failures: string[] };

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "lansplan-cluster-"));
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "lansplan_cluster", log: () => undefined });
  let stopping = false;
  try {
    await applyMigrations(database.url);
    const seeded = await seed(database.url);
    buildApp();

    const secret = randomBytes(32).toString("base64url");
    const [portA, portB, proxyPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    const env = { NEXTAUTH_SECRET: secret };
    const logA1 = path.join(dir, "a1.log");
    const logA2 = path.join(dir, "a2.log");
    const logB = path.join(dir, "b.log");
    const urlA = await startApp(database.url, portA, logA1, env);
    const urlB = await startApp(database.url, portB, logB, env);
    const instanceA1 = children.at(-2);
    mkdirSync(path.join(dir, "cache"), { recursive: true, mode: 0o777 });
    chmodSync(path.join(dir, "cache"), 0o777);
    writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, proxyPort, [portA, portB]));
    start("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], process.env, path.join(dir, "nginx.log"));
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    await waitFor(`${proxyUrl}/api/health`, 10_000);
    say(`Instans A ${urlA}, instans B ${urlB}, nginx ${proxyUrl}.`);

    const now = Date.now();
    const token = await encode({ token: { sub: seeded.coordinatorId, signedInAt: now, lastSeenAt: now }, secret, maxAge: 12 * 3600 });
    const cookie = `next-auth.session-token=${token}`;
    const updateFocusArea = actionId("updateFocusAreaAction");
    const publish = actionId("publishVersionAction");
    const pool = new pg.Pool({ connectionString: database.url, max: 4 });
    pool.on("error", () => undefined);

    const programmePage = `/lan/${seeded.countySlug}/${seeded.programmeSlug}`;
    const readPaths = ["/", `/lan/${seeded.countySlug}`, programmePage, `${programmePage}/version/1`];
    const tally: Tally = { reads: 0, saves: 0, acknowledged: new Map(), failures: [] };
    const fail = (what: string) => {
      if (!stopping) tally.failures.push(what);
    };

    const reader = async (index: number) => {
      let n = 0;
      while (!stopping) {
        n += 1;
        const target = readPaths[(index + n) % readPaths.length] ?? "/";
        // Every other read has a query string: past nginx's cache, to the instances.
        const url = `${proxyUrl}${target}${n % 2 === 0 ? `?r=${index}-${n}` : ""}`;
        try {
          const response = await fetch(url);
          await response.arrayBuffer();
          tally.reads += 1;
          if (response.status !== 200) fail(`GET ${target} ${response.status}`);
        } catch (error) {
          fail(`GET ${target} ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    const editor = async (index: number) => {
      const focusAreaId = seeded.focusAreaIds[index] ?? "";
      const editorPath = `/arbetsyta/program/${seeded.draftProgrammeId}/version/1/innehall`;
      let n = 0;
      while (!stopping) {
        n += 1;
        const { rows } = await pool.query<{ revision: number }>("SELECT revision FROM focus_area WHERE id = $1", [focusAreaId]);
        const title = `Fokusområde ${index + 1}, sparning ${n}`;
        try {
          const result = await callAction(`${proxyUrl}${editorPath}`, updateFocusArea, cookie, { focusAreaId, revision: String(rows[0]?.revision ?? 0), title, description: "Ändrad under klustertestet." });
          tally.saves += 1;
          if (result.ok) tally.acknowledged.set(focusAreaId, (tally.acknowledged.get(focusAreaId) ?? 0) + 1);
          else fail(`spara ${result.status} ${result.body.slice(0, 120)}`);
        } catch (error) {
          fail(`spara ${error instanceof Error ? error.message : String(error)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const load = [...Array.from({ length: READERS }, (_, i) => reader(i)), ...Array.from({ length: EDITORS }, (_, i) => editor(i))];

    // B's programme page, cached (page store HIT), shows version 1.
    for (let i = 0; i < 3; i += 1) await (await fetch(`${urlB}${programmePage}`)).text();
    const before = await fetch(`${urlB}${programmePage}`);
    const beforeHtml = await before.text();
    say(`B före publiceringen: ${before.headers.get("x-page-store") ?? "ur Next"}, version två synlig: ${beforeHtml.includes(V2_TITLE)}`);

    await new Promise((resolve) => setTimeout(resolve, 2000));
    const published = await callAction(`${urlA}/arbetsyta/program/${seeded.programmeId}/version/2/stallningstagande`, publish, cookie, { versionId: seeded.versionTwoId });
    const publishedAt = performance.now();
    if (!published.ok) throw new Error(`publiceringen på A misslyckades: ${published.status} ${published.body.slice(0, 300)}`);
    let propagationMs = Number.NaN;
    while (performance.now() - publishedAt < 30_000) {
      const html = await (await fetch(`${urlB}${programmePage}`)).text();
      if (html.includes(V2_TITLE)) {
        propagationMs = performance.now() - publishedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    say(`B visar version två ${propagationMs.toFixed(0)} ms efter A:s svar på publiceringen.`);

    // Instance A restarts under load.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const exited = new Promise<number | null>((resolve) => instanceA1?.once("exit", (code) => resolve(code)));
    const stopAt = performance.now();
    instanceA1?.kill("SIGTERM");
    const exitCode = await exited;
    say(`A stoppad med SIGTERM: slutkod ${exitCode}, efter ${(performance.now() - stopAt).toFixed(0)} ms.`);
    await startApp(database.url, portA, logA2, env);
    say(`A igång igen efter ${((performance.now() - stopAt) / 1000).toFixed(1)} s.`);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    stopping = true;
    await Promise.all(load);

    // Saves: every acknowledged save has its audit row (written in the save's transaction).
    let lostSaves = 0;
    for (const [focusAreaId, acknowledged] of tally.acknowledged) {
      const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM audit_event WHERE entity_id = $1 AND action = 'focusArea.update'", [focusAreaId]);
      lostSaves += Math.max(0, acknowledged - Number(rows[0]?.n ?? 0));
    }
    // Mail: give the sweeps a moment, then stop the instances so that their logs are written.
    const { rows: queued } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM outbox_mail WHERE status = 'QUEUED'");
    await pool.end();
    await stopChildren();
    const logged = new Map<string, number>();
    for (const file of [logA1, logA2, logB]) {
      for (const match of readFileSync(file, "utf8").matchAll(/E-post \(SMTP_URL saknas, loggas i stället\) till (\S+):/g)) logged.set(match[1] ?? "", (logged.get(match[1] ?? "") ?? 0) + 1);
    }
    const duplicateMails = [...logged.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    const sentBench = [...logged.keys()].filter((to) => to.endsWith("@klustertest.se")).length;
    say(`Läsningar ${tally.reads}, sparningar ${tally.saves} (${[...tally.acknowledged.values()].reduce((a, b) => a + b, 0)} kvitterade), e-post loggad ${sentBench} av ${MAILS} (${queued[0]?.n ?? "?"} kvar i kön).`);
    for (const failure of tally.failures.slice(0, 10)) say(`  fel: ${failure}`);
    say(`propagation_ms=${propagationMs.toFixed(0)} failed_requests=${tally.failures.length} duplicate_mails=${duplicateMails} lost_saves=${lostSaves}`);
  } finally {
    stopping = true;
    await stopChildren();
    await database.stop();
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  await stopChildren();
  process.exit(1);
});
