/**
 * `npm run db:seed`: reference data (21 counties, 290 municipalities, 7 police regions,
 * organisations, national strategies) and, unless --reference-only, the example programmes and
 * demo accounts. Works on DATABASE_URL when set, otherwise on the embedded development database
 * in .data/postgres. Safe to run again: a second run changes nothing.
 *
 * The database must be migrated first (`npm run db:migrate`); seeding does not change the schema.
 */
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../lib/db/generated/client";
import { redactUrl, resolveDatabase } from "../scripts/db/embedded";
import { demoAccounts } from "./seed/demo-accounts";
import { seedDatabase } from "./seed/index";

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "reference-only": { type: "boolean", default: false } } });
  const demo = !values["reference-only"];
  const database = await resolveDatabase();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    say(`Fyller ${redactUrl(database.url)} med ${demo ? "referensdata och exempelinnehåll" : "referensdata"} …`);
    const summary = await seedDatabase(db, { demo, log: say });
    say(`Klart på ${(summary.durationMs / 1000).toFixed(1)} s.`);
    if (summary.demo) {
      say("Demokonton (inloggning i demoläge):");
      for (const account of demoAccounts) say(`  ${account.email.padEnd(46)} ${account.role.padEnd(11)} ${account.organisationName}`);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  // P2021 (table does not exist): the schema was never migrated, so say which command fixes it
  // instead of printing Prisma's multi-line invocation trace.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2021") {
    process.stderr.write("\nSeed misslyckades: databasen saknar tabeller. Kör npm run db:migrate först.\n");
  } else {
    process.stderr.write(`\nSeed misslyckades: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
