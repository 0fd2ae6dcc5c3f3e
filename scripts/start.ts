/**
 * `npm start`: the whole app on one machine with one command.
 *
 * - DATABASE_URL unset → an embedded PostgreSQL (data in .data/postgres, kept between runs) and demo mode.
 *   It has two roles (scripts/db/roles.ts): migrations and the seed run as the owner, the app as a
 *   role that owns nothing and may only read and write rows.
 * - DATABASE_URL set → that server, the app connecting as DATABASE_URL's role; migrations and the
 *   seed as MIGRATION_DATABASE_URL's (the owner; default DATABASE_URL). Demo mode only when LANSPLAN_DEMO=1.
 * Then: apply migrations, seed when the database is empty, build when no build exists, serve.
 * Ctrl-C stops the app and the database cleanly.
 *
 * The e2e tests run the same code with `--ephemeral` (a throwaway database, never the dev data).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { startEmbeddedPostgres, checkDatabaseReachable } from "./db/embedded";
import { migrateAndGrant } from "./db/roles";
import { seedDatabase } from "../prisma/seed/index";
import { demoAccounts } from "../prisma/seed/demo-accounts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dataDir = path.join(root, ".data");

export type RunAppOptions = {
  port: number;
  ephemeral: boolean;
  /** Extra environment for the Next.js process (e.g. SMTP_URL of a test mail server). */
  env?: Record<string, string>;
  /** Written with the owner's database URL once ready, for tests that check rows after a UI action. */
  databaseUrlFile?: string;
  quiet?: boolean;
};

function say(message: string) {
  process.stdout.write(`${message}\n`);
}

/** One sentence and exit, never a stack trace: for wrong settings and unreachable servers. */
function fail(message: string): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

function readOrCreateSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function ensureBuild(quiet: boolean) {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  say("Bygger appen (första gången, ungefär en minut) …");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) fail("Bygget misslyckades: se felen ovan, eller kör npm run build för detaljer.");
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`Appen avslutades med kod ${child.exitCode} innan den svarade.`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet: poll again below.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`Appen svarade inte på ${url} inom ${Math.round(timeoutMs / 1000)} sekunder.`);
}

export async function runApp(options: RunAppOptions): Promise<void> {
  const startedAt = Date.now();
  const external = process.env.DATABASE_URL;
  const demo = external ? process.env.LANSPLAN_DEMO === "1" : process.env.LANSPLAN_DEMO !== "0";
  let stopDatabase: () => Promise<void> = async () => {};
  let urls: { ownerUrl: string; appUrl: string };

  if (external && !options.ephemeral) {
    const migrationUrl = process.env.MIGRATION_DATABASE_URL?.trim() || external;
    if (!/^postgres(ql)?:\/\//.test(migrationUrl)) fail("MIGRATION_DATABASE_URL måste vara en PostgreSQL-adress som börjar med postgresql://.");
    try {
      await checkDatabaseReachable(external);
      if (migrationUrl !== external) await checkDatabaseReachable(migrationUrl, "MIGRATION_DATABASE_URL");
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    if (migrationUrl === external && !options.quiet) {
      say("Obs: MIGRATION_DATABASE_URL är inte satt, så appen ansluter som rollen som äger tabellerna; ange ägarrollen i MIGRATION_DATABASE_URL och en roll utan ägarskap i DATABASE_URL.");
    }
    urls = { ownerUrl: migrationUrl, appUrl: external };
  } else {
    const port = Number(process.env.LANSPLAN_DB_PORT ?? (options.ephemeral ? 0 : 54329));
    if (!options.quiet) say(options.ephemeral ? "Startar en tillfällig PostgreSQL …" : "Startar inbyggd PostgreSQL (data i .data/postgres) …");
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port,
      databaseName: "lansplan",
      ephemeral: options.ephemeral,
    });
    if (server.notice !== undefined && !options.quiet) say(server.notice);
    urls = server;
    stopDatabase = server.stop;
  }

  // As the owner; the app's role gets its row rights (also on tables of later migrations).
  const { applied } = await migrateAndGrant(urls);
  if (!options.quiet && applied.length > 0) say(`Migreringar körda: ${applied.join(", ")}`);

  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: urls.ownerUrl }) });
  try {
    if ((await db.county.count()) === 0) {
      if (!options.quiet) say(demo ? "Fyller databasen med referensdata och exempelinnehåll …" : "Fyller databasen med referensdata …");
      await seedDatabase(db, { demo });
    }
  } finally {
    await db.$disconnect();
  }
  if (options.databaseUrlFile) {
    mkdirSync(path.dirname(options.databaseUrlFile), { recursive: true });
    writeFileSync(options.databaseUrlFile, urls.ownerUrl);
  }

  ensureBuild(Boolean(options.quiet));
  // Next keeps rendered public pages in .next/server/route-cache across restarts. The database may
  // have changed while the app was down (a test run on a throwaway database, a reseed, a restore),
  // so pages rendered before this start are never served: each is rendered again on first request.
  rmSync(path.join(root, ".next", "server", "route-cache"), { recursive: true, force: true });

  const appUrl = `http://localhost:${options.port}`;
  const secret = process.env.NEXTAUTH_SECRET ?? (demo ? readOrCreateSecret() : undefined);
  if (!secret) fail("NEXTAUTH_SECRET saknas: ange en lång slumpmässig hemlighet (minst 32 tecken).");
  // Next.js with the public pages kept in memory in front of it (scripts/serve.mjs).
  // Least privilege: the app process connects as the app's role and never sees the owner's address.
  const { MIGRATION_DATABASE_URL: _ownerAddress, ...appEnvironment } = process.env;
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "-p", String(options.port)], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...appEnvironment,
      ...options.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: urls.appUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
      LANSPLAN_DEMO: demo ? "1" : "0",
    },
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await stopDatabase();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));

  await waitForHttp(appUrl, child, 60_000);
  if (options.quiet) return;
  say("");
  say(`Länsplan är igång på ${appUrl}  (startade på ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  if (demo) {
    say("Demoläge: logga in på /logga-in med något av exempelkontona:");
    for (const account of demoAccounts) say(`  ${account.email.padEnd(46)} ${account.description}`);
  }
  say("Avsluta med Ctrl-C.");
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: { ephemeral: { type: "boolean", default: false }, quiet: { type: "boolean", default: false } },
  });
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail("PORT måste vara ett portnummer mellan 1 och 65535.");
  // Never a stack trace: an error a library throws from an event (a failed spawn) ends the start
  // with its one-line message too.
  process.on("uncaughtException", (error) => fail(`Länsplan kunde inte starta: ${error.message}`));
  runApp({ port, ephemeral: values.ephemeral, quiet: values.quiet }).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
}
