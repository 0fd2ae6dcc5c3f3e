/**
 * `npm run bench:public`: how fast the public site serves a published 200-item programme.
 *
 * Seeds a throwaway database with the reference data and a published 200-item programme, builds and
 * starts the app (scripts/serve.mjs, as `npm start` runs it), renders the version page once (counting its SQL statements in the
 * Postgres log), saves its HTML, then drives wrk on loopback, one run after the other, against
 *   (1) the app alone, (2) nginx serving the saved HTML from disk, (3) the documented nginx
 *   reverse-proxy cache (docs/nginx-reverse-proxy.conf) in front of the app,
 * and prints on its last line:
 *   public_rps=… nginx_rps=… ratio=… proxied_rps=… proxied_ratio=… p99_ms=… js_kb_gz=… page_queries=…
 * ratio = app / nginx, proxied_ratio = proxy / nginx, p99 of the app alone at 50 connections,
 * js_kb_gz = gzipped first-party JavaScript of the page (client components outside node_modules).
 *
 * Everything runs on 127.0.0.1 and stops by itself. Needs Debian's nginx and wrk (installed with
 * apt-get when missing). Environment: BENCH_SECONDS (default 10), BENCH_SKIP_BUILD=1 to reuse .next.
 * The rendered page is kept in bench/out/public-version.html.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { publishVersion, writeDraftVersion, type FocusAreaSpec, type ItemSpec, type VersionSpec, type WriterContext } from "../../prisma/seed/programme-writer";
import { seedDatabase } from "../../prisma/seed/index";
import { findFreePort, REPO_ROOT, startEmbeddedPostgres } from "../db/embedded";
import { migrateAndGrant } from "../db/roles";
import { buildApp, children, countLoggedStatements, logAllStatements, say, start, startApp, stopChildren, waitFor } from "./support";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

function which(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function ensureTools(): void {
  if (which("nginx") && which("wrk")) return;
  say("Installerar nginx och wrk (Debian) …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "nginx", "wrk"], { stdio: "inherit", env });
  if (install.status !== 0 || !which("nginx") || !which("wrk")) throw new Error("nginx och wrk behövs: apt-get install -y nginx wrk");
}

// ───────────── The programme: 8 focus areas × 25 actions ─────────────

const themes = [
  ["Tillgång och tillsyn", "Tillsyn, kontroll och samverkan som begränsar tillgången till alkohol, tobak, nikotin, narkotika och spel."],
  ["Barn och unga", "Insatser som skjuter upp debuten och skyddar barn och unga från skador av alkohol, narkotika, tobak och spel."],
  ["Tidig upptäckt", "Riskbruk upptäcks tidigt i hälso- och sjukvården, socialtjänsten, skolan och arbetslivet."],
  ["Vård och stöd", "Personer med missbruk eller beroende och deras anhöriga får vård och stöd av god kvalitet."],
  ["Minskade skador", "Färre dödsfall och skador till följd av eget eller andras bruk."],
  ["Spel om pengar", "Förebygga spelproblem och stödja personer med spelberoende och deras närstående."],
  ["Kunskap och uppföljning", "Kunskapsbaserat arbete med gemensamma indikatorer och årlig uppföljning."],
  ["Förutsättningar och samordning", "Regional samordning, lokala planer och kompetensutveckling."],
] as const;

function programmeSpec(municipalities: readonly string[], police: string, region: string): VersionSpec {
  const focusAreas: FocusAreaSpec[] = themes.map(([title, description], areaIndex) => ({
    key: `omrade-${areaIndex + 1}`,
    title,
    description,
    goalNumbers: areaIndex === themes.length - 1 ? [] : [(areaIndex % 7) + 1],
    items: Array.from({ length: 25 }, (_, itemIndex): ItemSpec => {
      const n = areaIndex * 25 + itemIndex;
      const lead = municipalities[n % municipalities.length] ?? region;
      const other = municipalities[(n + 7) % municipalities.length] ?? region;
      return {
        key: `atgard-${n + 1}`,
        title: `${title}: insats ${itemIndex + 1} för samordnat förebyggande arbete i länet`,
        description:
          "Kommunen genomför insatsen tillsammans med polisen och regionen enligt den gemensamma planen. " +
          "Arbetet följs upp årligen i Länsrapporten och redovisas för den regionala samordningsgruppen, " +
          "som föreslår justeringar inför nästa år när resultaten visar att det behövs.",
        timeframe: n % 3 === 0 ? { kind: "ONGOING" } : { kind: "YEARS", from: 2025, to: 2027 },
        lead,
        responsible: other === lead ? [] : [other],
        partners: [police, region],
        followUp: "Redovisas årligen i Länsrapporten.",
        indicators: Array.from({ length: n % 2 === 0 ? 2 : 1 }, (_, i) => ({
          key: `indikator-${i + 1}`,
          name: i === 0 ? "Andel elever i årskurs 9 som druckit alkohol senaste året" : "Antal genomförda kontrollköp",
          unit: i === 0 ? "%" : "st",
          baseline: i === 0 ? "32" : "40",
          baselineYear: 2024,
          target: i === 0 ? "25" : "60",
          targetYear: 2027,
          dataSource: i === 0 ? "CAN:s skolundersökning" : "Länsrapporten",
        })),
      };
    }),
  }));
  return {
    number: 1,
    kind: "NEW",
    title: "Åtgärdsprogram för ANDTS-arbetet i Stockholms län 2025–2027 (prestandatest)",
    validFrom: "2025-01-01",
    validTo: "2027-12-31",
    substances: ["A", "N", "D", "T", "S"],
    nationalStrategySlug: "andts-2022-2025",
    changeSummary: "",
    createdAt: "2024-09-01T08:00:00.000Z",
    focusAreas,
  };
}

async function seedBenchmarkProgramme(databaseUrl: string): Promise<{ countySlug: string; programmeSlug: string }> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await seedDatabase(db, { demo: false });
    const county = await db.county.findUniqueOrThrow({ where: { code: "01" }, select: { id: true, slug: true } });
    const organisations = await db.organisation.findMany({ select: { id: true, slug: true, kind: true, countyId: true } });
    const inCounty = organisations.filter((o) => o.countyId === county.id);
    const slugsOf = (kind: string) => inCounty.filter((o) => o.kind === kind).map((o) => o.slug);
    const municipalities = slugsOf("MUNICIPALITY");
    const [police = "", region = "", board = ""] = [slugsOf("POLICE")[0], slugsOf("REGION")[0], slugsOf("COUNTY_BOARD")[0]];
    const strategies = await db.nationalStrategy.findMany({ select: { id: true, slug: true, goals: { select: { id: true, number: true } } } });
    const nationalStrategy = strategies.find((s) => s.slug === "andts-2022-2025");
    if (nationalStrategy === undefined) throw new Error("ANDTS-strategin 2022–2025 saknas i referensdata");
    const regional = await db.regionalStrategy.create({
      data: { countyId: county.id, slug: "andts-2025-2027", title: "Regional ANDTS-strategi 2025–2027", validFrom: new Date("2025-01-01"), validTo: new Date("2027-12-31"), nationalStrategyId: nationalStrategy.id },
    });
    const programme = await db.actionProgramme.create({
      data: { countyId: county.id, regionalStrategyId: regional.id, slug: "atgardsprogram-prestanda", title: "Åtgärdsprogram för ANDTS-arbetet (prestandatest)" },
    });
    await db.$transaction(
      async (tx) => {
        const context: WriterContext = {
          tx,
          countyId: county.id,
          programmeId: programme.id,
          keyPrefix: "bench/public",
          organisationIdBySlug: new Map(organisations.map((o) => [o.slug, o.id])),
          strategies: new Map(strategies.map((s) => [s.slug, { id: s.id, slug: s.slug, goalIdByNumber: new Map(s.goals.map((g) => [g.number, g.id])) }])),
        };
        const version = await writeDraftVersion(context, programmeSpec(municipalities, police, region), null);
        await publishVersion(context, version, {
          frozenAt: "2024-10-01T08:00:00.000Z",
          endorsements: [...municipalities, police, region, board].map((slug, index) => ({
            organisationSlug: slug,
            status: index % 9 === 4 ? "ENDORSED_WITH_RESERVATION" : "ENDORSED",
            decisionBody: "Kommunstyrelsen",
            decisionDate: "2024-11-15",
            paragraph: `§ ${100 + index}`,
            diarienummer: `KS 2024/${200 + index}`,
            ...(index % 9 === 4 ? { reservation: "Reservation mot en av åtgärderna i fokusområde 2." } : {}),
          })),
          ratificationBody: "Länsstyrelsen i Stockholms län",
          ratificationDate: "2024-12-10",
          ratificationDnr: "705-1234-2024",
          publishedAt: "2024-12-15T08:00:00.000Z",
        });
      },
      { timeout: 120_000 },
    );
    const items = await db.actionItem.count({ where: { version: { programmeId: programme.id } } });
    say(`Program med ${items} åtgärder publicerat.`);
    return { countySlug: county.slug, programmeSlug: programme.slug };
  } finally {
    await db.$disconnect();
  }
}

// ───────────── Processes ─────────────

/**
 * fetch, once more when the reused keep-alive connection turns out to be closed already (the
 * server closes idle connections after 5 s; Node's fetch may pick one just then).
 */
async function get(url: string | URL): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (error instanceof Error && error.cause instanceof Error && error.cause.message.includes("other side closed")) return fetch(url);
    throw error;
  }
}

type WrkResult = { rps: number; p99ms: number; non2xx: number };

function wrk(url: string): WrkResult {
  const run = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", url], { encoding: "utf8", timeout: (seconds + 30) * 1000 });
  const output = run.stdout;
  if (process.env.BENCH_DEBUG === "1") say(output);
  const rps = Number(output.match(/Requests\/sec:\s+([0-9.]+)/)?.[1] ?? NaN);
  const p99 = output.match(/\s99%\s+([0-9.]+)(us|ms|s)/);
  const factor = p99?.[2] === "us" ? 0.001 : p99?.[2] === "s" ? 1000 : 1;
  const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  if (!Number.isFinite(rps)) throw new Error(`wrk mot ${url} gav inget resultat:\n${output}${run.stderr}`);
  return { rps, p99ms: Number(p99?.[1] ?? NaN) * factor, non2xx };
}

/** Gzipped size of the page's first-party client JavaScript (client components outside node_modules). */
async function firstPartyJs(appUrl: string, html: string): Promise<{ firstPartyKb: number; totalKb: number }> {
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? ""))];
  const manifestFile = path.join(REPO_ROOT, ".next/server/app/(public)/site/[locale]/lan/[countySlug]/[programmeSlug]/version/[number]/page_client-reference-manifest.js");
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { clientModules: Record<string, { chunks: string[] }> }> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const firstPartyChunks = new Set<string>();
  for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
    for (const [modulePath, entry] of Object.entries(manifest.clientModules)) {
      if (!modulePath.includes("/node_modules/")) for (const chunk of entry.chunks) firstPartyChunks.add(chunk.startsWith("/") ? chunk : `/_next/${chunk}`);
    }
  }
  let total = 0;
  let firstParty = 0;
  for (const src of scripts) {
    const body = new Uint8Array(await (await get(new URL(src, appUrl))).arrayBuffer());
    const size = gzipSync(body, { level: 9 }).length;
    total += size;
    if (firstPartyChunks.has(src)) firstParty += size;
  }
  return { firstPartyKb: firstParty / 1024, totalKb: total / 1024 };
}

function nginxConfig(dir: string, staticPort: number, proxyPort: number, appPort: number, versionPath: string): string {
  const documented = readFileSync(path.join(REPO_ROOT, "docs/nginx-reverse-proxy.conf"), "utf8");
  const replace = (text: string, pattern: RegExp, value: string) => {
    if (!pattern.test(text)) throw new Error(`docs/nginx-reverse-proxy.conf: hittar inte ${pattern}`);
    return text.replace(pattern, value);
  };
  let proxy = replace(documented, /\/var\/cache\/nginx\/lansplan/, path.join(dir, "cache"));
  // The documented upstream lists two instances; this benchmark runs one.
  proxy = replace(proxy, /(?:[ \t]*server 127\.0\.0\.1:\d+[^;\n]*;\n)+/, `    server 127.0.0.1:${appPort};\n`);
  proxy = replace(proxy, /listen 80;/, `listen 127.0.0.1:${proxyPort};`);
  writeFileSync(path.join(dir, "lansplan.conf"), proxy);
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # (2) the saved HTML of the version page, from disk, at the same path.
  server {
    listen 127.0.0.1:${staticPort};
    root ${dir}/static;
    location = ${versionPath} { default_type text/html; try_files /page.html =404; }
  }
  # (3) the documented reverse-proxy cache in front of the app.
  include ${dir}/lansplan.conf;
}
`;
}

// ───────────── Main ─────────────

async function main(): Promise<void> {
  ensureTools();
  const dir = mkdtempSync(path.join(tmpdir(), "lansplan-bench-"));
  chmodSync(dir, 0o755);
  const postgresLog: string[] = [];
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "lansplan_bench", log: (line) => postgresLog.push(line) });
  try {
    await migrateAndGrant(database);
    // Seeded as the owner; the app below runs as the app's role.
    const { countySlug, programmeSlug } = await seedBenchmarkProgramme(database.ownerUrl);
    const versionPath = `/lan/${countySlug}/${programmeSlug}/version/1`;

    buildApp();

    // Every statement of every new session is logged from here on: the app's connections included.
    await logAllStatements(database.url, "lansplan_bench");
    const appPort = await findFreePort();
    const appUrl = await startApp(database.appUrl, appPort, path.join(dir, "app.log"));

    // The one render of the page, between two markers in the Postgres log.
    const { result: first, statements: pageStatements } = await countLoggedStatements(database.url, postgresLog, () => fetch(`${appUrl}${versionPath}`));
    const rendered = await first.text();
    if (first.status !== 200) throw new Error(`${versionPath} gav ${first.status}`);
    const pageQueries = pageStatements.length;
    if (process.env.BENCH_DEBUG === "1") for (const line of pageStatements) say(line.slice(0, 160));
    // What every later request gets: the page from the app's cache (lib/http/page-cache-handler.mjs).
    const html = await (await get(`${appUrl}${versionPath}`)).text();
    say(`Versionssidan: ${(rendered.length / 1024).toFixed(0)} kB HTML när den renderas, ${(html.length / 1024).toFixed(0)} kB ur cachen, Cache-Control: ${first.headers.get("cache-control")}`);

    mkdirSync(path.join(dir, "static"), { recursive: true });
    writeFileSync(path.join(dir, "static/page.html"), html);
    mkdirSync(path.join(REPO_ROOT, "bench/out"), { recursive: true });
    writeFileSync(path.join(REPO_ROOT, "bench/out/public-version.html"), html);
    chmodSync(path.join(dir, "static"), 0o755);
    const [staticPort, proxyPort] = [await findFreePort(), await findFreePort()];
    mkdirSync(path.join(dir, "cache"), { recursive: true, mode: 0o777 });
    chmodSync(path.join(dir, "cache"), 0o777);
    writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, staticPort, proxyPort, appPort, versionPath));
    start("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], process.env, path.join(dir, "nginx.log"));
    await waitFor(`http://127.0.0.1:${staticPort}${versionPath}`, 10_000);
    await waitFor(`http://127.0.0.1:${proxyPort}${versionPath}`, 10_000);
    const cached = await get(`http://127.0.0.1:${proxyPort}${versionPath}`);
    say(`Genom nginx: X-Cache-Status ${cached.headers.get("x-cache-status")}`);

    const { firstPartyKb, totalKb } = await firstPartyJs(appUrl, html);
    say(`JavaScript (gzip): egen ${firstPartyKb.toFixed(1)} kB, totalt med Next och React ${totalKb.toFixed(1)} kB`);

    // The machine is shared (the load generator, other work): the three targets are measured in
    // turns, twice, and each keeps its better round, so a moment of load elsewhere skews less.
    say(`wrk: ${connections} anslutningar, ${seconds} s per körning, två varv, loopback`);
    const targets = { app: `${appUrl}${versionPath}`, nginx: `http://127.0.0.1:${staticPort}${versionPath}`, proxied: `http://127.0.0.1:${proxyPort}${versionPath}` };
    const best: Record<keyof typeof targets, WrkResult | null> = { app: null, nginx: null, proxied: null };
    for (let round = 1; round <= 2; round++) {
      for (const name of ["nginx", "app", "proxied"] as const) {
        const result = wrk(targets[name]);
        say(`  varv ${round}, ${name.padEnd(7)} ${result.rps.toFixed(0)} req/s, p99 ${result.p99ms.toFixed(1)} ms${result.non2xx > 0 ? `, ${result.non2xx} fel` : ""}`);
        const previous = best[name];
        if (previous === null || result.rps > previous.rps) best[name] = result;
      }
    }
    const { app, nginx, proxied } = best;
    if (app === null || nginx === null || proxied === null) throw new Error("wrk gav inga resultat");
    // Search is rendered per request: time it alone, one request after the other.
    const searchTimes: number[] = [];
    for (let index = 0; index < 20; index++) {
      const started = performance.now();
      const response = await get(`${appUrl}/sok?q=${encodeURIComponent(index % 2 === 0 ? "kontrollköp" : "samordnat förebyggande")}&versioner=ALL`);
      await response.text();
      searchTimes.push(performance.now() - started);
    }
    searchTimes.sort((a, b) => a - b);
    const pdfStarted = performance.now();
    const pdf = await get(`${appUrl}/api/open-data${versionPath}/program.pdf`);
    const pdfBytes = (await pdf.arrayBuffer()).byteLength;
    say(`PDF: ${(pdfBytes / 1024).toFixed(0)} kB på ${(performance.now() - pdfStarted).toFixed(0)} ms`);
    say(`Sökning (/sok, hela sidan): median ${(searchTimes[10] ?? NaN).toFixed(0)} ms, långsammast ${(searchTimes[19] ?? NaN).toFixed(0)} ms`);

    say(
      `public_rps=${app.rps.toFixed(0)} nginx_rps=${nginx.rps.toFixed(0)} ratio=${(app.rps / nginx.rps).toFixed(3)} ` +
        `proxied_rps=${proxied.rps.toFixed(0)} proxied_ratio=${(proxied.rps / nginx.rps).toFixed(3)} p99_ms=${app.p99ms.toFixed(1)} ` +
        `js_kb_gz=${firstPartyKb.toFixed(1)} page_queries=${pageQueries}`,
    );
  } finally {
    await stopChildren();
    await database.stop();
    if (process.env.BENCH_DEBUG === "1") say(`Loggar kvar i ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}${cause}\n`);
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(1);
});
