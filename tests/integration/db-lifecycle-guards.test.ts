// The life cycle enforced by the database for everyone (issue 12): status transitions (LP003),
// write-once hash, ratification and publication (LP004), decided endorsements (LP005), no TRUNCATE
// (LP006), each refused both for the app's role and for a superuser session; and the app's role
// itself: it owns nothing and may not TRUNCATE, ALTER, DROP or CREATE, while tables a later
// migration creates are granted to it automatically (scripts/db/roles.ts).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import type { VersionStatus } from "@/lib/db/generated/client";
import { toAppError } from "@/lib/db/errors";
import { versionStatuses, versionTransitions } from "@/lib/programmes/lifecycle";
import { APP_ROLE, migrateAndGrant, OWNER_ROLE, provisionEmbeddedRoles } from "../../scripts/db/roles.ts";
import { createEndorsement, createOrganisation, createProgramme, createProgrammeVersion, setVersionStatus } from "../factories/index.ts";
import { ownerDatabaseUrl, refusalOf, superuserDatabaseUrl, testDatabaseUrl, testDb as db } from "./db.ts";

const FROZEN = "LP001";
const TRANSITION = "LP003";
const WRITE_ONCE = "LP004";
const DECIDED = "LP005";
const NO_TRUNCATE = "LP006";
const INSUFFICIENT_PRIVILEGE = "42501";

const appPool = new pg.Pool({ connectionString: testDatabaseUrl, max: 2 });
const superuserPool = new pg.Pool({ connectionString: superuserDatabaseUrl, max: 2 });
const ownerPool = new pg.Pool({ connectionString: ownerDatabaseUrl, max: 1 });

afterAll(async () => {
  await Promise.all([appPool.end(), superuserPool.end(), ownerPool.end()]);
});

/** Every refusal is tried in both sessions: the app's role and a superuser. */
const sessions = [
  ["the app role", appPool],
  ["a superuser", superuserPool],
] as const;

function run(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<string> {
  return refusalOf(pool.query(sql, params));
}

async function statusOf(versionId: string): Promise<VersionStatus> {
  return (await db.programmeVersion.findUniqueOrThrow({ where: { id: versionId }, select: { status: true } })).status;
}

/** A version of `programmeId` (a new programme when omitted) in `status`, walked there step by step. */
async function versionIn(status: VersionStatus, programmeId?: string) {
  const { version } = await createProgrammeVersion(db, {
    status,
    focusAreas: [],
    ratificationDnr: "Dnr 705-1-2026",
    ...(programmeId === undefined ? {} : { programmeId }),
  });
  return version;
}

describe("status transitions", () => {
  const refused: [VersionStatus, VersionStatus][] = [
    ["PUBLISHED", "DRAFT"],
    ["SUPERSEDED", "PUBLISHED"],
    ["RATIFIED", "DRAFT"],
    ["DRAFT", "PUBLISHED"],
    ["WITHDRAWN", "DRAFT"],
  ];
  for (const [who, pool] of sessions) {
    test.each(refused)(`${who} cannot move a version from %s to %s`, async (from, to) => {
      const version = await versionIn(from);

      expect(await run(pool, `UPDATE programme_version SET status = $2 WHERE id = $1`, [version.id, to])).toBe(TRANSITION);
      expect(await statusOf(version.id)).toBe(from);
    });

    test(`${who}: the database allows exactly the transitions of the app's life cycle`, async () => {
      const programme = await createProgramme(db);
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const from of versionStatuses) {
        for (const to of versionStatuses) {
          if (from === to) continue;
          const version = await versionIn(from, programme.id);
          outcomes[`${from} → ${to}`] = await run(pool, `UPDATE programme_version SET status = $2 WHERE id = $1`, [version.id, to]);
          const legal = Object.values<VersionStatus>(versionTransitions[from]).includes(to);
          expected[`${from} → ${to}`] = legal ? "resolved" : TRANSITION;
        }
      }
      expect(outcomes).toEqual(expected);
    });

    test(`${who} cannot insert a version that is born anything but a draft, or with a hash`, async () => {
      const { version } = await createProgrammeVersion(db, { focusAreas: [] });
      const insert = (status: VersionStatus, hash: string | null) =>
        run(
          pool,
          `INSERT INTO programme_version (programme_id, county_id, number, kind, status, title, valid_from, valid_to, national_strategy_id, content_hash)
           VALUES ($1, $2, (SELECT max(number) + 1 FROM programme_version WHERE programme_id = $1), 'NEW', $3, 'Ny', '2026-01-01', '2026-12-31', $4, $5)`,
          [version.programmeId, version.countyId, status, version.nationalStrategyId, hash],
        );

      expect(await insert("PUBLISHED", null)).toBe(TRANSITION);
      expect(await insert("DRAFT", "f".repeat(64))).toBe(WRITE_ONCE);
      expect(await insert("DRAFT", null)).toBe("resolved");
      expect(await db.programmeVersion.count({ where: { programmeId: version.programmeId } })).toBe(2);
    });
  }

  test("the app turns a refused transition into INVALID_TRANSITION, never database text", async () => {
    const version = await versionIn("PUBLISHED");
    let caught: unknown;
    try {
      await db.programmeVersion.update({ where: { id: version.id }, data: { status: "DRAFT" } });
    } catch (error) {
      caught = error;
    }
    const mapped = toAppError(caught);
    expect(mapped?.code).toBe("INVALID_TRANSITION");
    expect(mapped?.message).not.toContain("programme_version");
  });
});

describe("content after ENDORSEMENT", () => {
  for (const [who, pool] of sessions) {
    test(`${who} cannot edit the content of a version sent for endorsement`, async () => {
      const { version, focusAreas } = await createProgrammeVersion(db, { status: "ENDORSEMENT" });
      const item = focusAreas[0]?.items[0];
      if (item === undefined) throw new Error("fixture without an item");

      expect(await run(pool, `UPDATE action_item SET title = 'Ändrad i smyg' WHERE id = $1`, [item.id])).toBe(FROZEN);
      expect(await run(pool, `UPDATE programme_version SET title = 'Ny titel' WHERE id = $1`, [version.id])).toBe(FROZEN);
      expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).title).toBe(item.title);
    });
  }
});

describe("write-once fields", () => {
  const columns: [string, string][] = [
    ["content_hash", `'${"e".repeat(64)}'`],
    ["ratified_at", "now()"],
    ["ratification_body", "'Någon annan'"],
    ["ratification_date", "'2030-01-01'"],
    ["ratification_dnr", "'Dnr 1-2030'"],
    ["published_at", "now()"],
  ];
  for (const [who, pool] of sessions) {
    test.each(columns)(`${who} cannot rewrite or clear %s of a published version`, async (column, value) => {
      const version = await versionIn("PUBLISHED");
      const before = await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id } });

      expect(await run(pool, `UPDATE programme_version SET ${column} = ${value} WHERE id = $1`, [version.id])).toBe(WRITE_ONCE);
      expect(await run(pool, `UPDATE programme_version SET ${column} = NULL WHERE id = $1`, [version.id])).toBe(WRITE_ONCE);
      expect(await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id } })).toEqual(before);
    });

    test(`${who} can fill an empty write-once field once, and then never again`, async () => {
      const { version } = await createProgrammeVersion(db, { status: "RATIFIED", focusAreas: [] });
      expect(version.ratificationDnr).toBeNull();

      expect(await run(pool, `UPDATE programme_version SET ratification_dnr = 'Dnr 7-2026' WHERE id = $1`, [version.id])).toBe("resolved");
      expect(await run(pool, `UPDATE programme_version SET ratification_dnr = 'Dnr 8-2026' WHERE id = $1`, [version.id])).toBe(WRITE_ONCE);
    });

    test(`${who} cannot clear the hash of a version awaiting endorsement except by reopening it`, async () => {
      const version = await versionIn("ENDORSEMENT");

      expect(await run(pool, `UPDATE programme_version SET content_hash = NULL WHERE id = $1`, [version.id])).toBe(WRITE_ONCE);
      expect(await run(pool, `UPDATE programme_version SET status = 'DRAFT', content_hash = NULL, frozen_at = NULL WHERE id = $1`, [version.id])).toBe("resolved");
      expect(await db.programmeVersion.findUniqueOrThrow({ where: { id: version.id } })).toMatchObject({ status: "DRAFT", contentHash: null });
    });
  }
});

describe("endorsements of a ratified version", () => {
  const decided: VersionStatus[] = ["RATIFIED", "PUBLISHED", "SUPERSEDED"];
  for (const [who, pool] of sessions) {
    test.each(decided)(`${who} cannot update or delete the endorsements of a %s version`, async (status) => {
      const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT", focusAreas: [] });
      const endorsement = await createEndorsement(db, { versionId: version.id, status: "ENDORSED", decisionBody: "KS", decisionDate: new Date("2026-01-10") });
      const history = await createEndorsement(db, { versionId: version.id, round: 0, current: null, status: "DECLINED" });
      await db.programmeVersion.update({ where: { id: version.id }, data: { status: "RATIFIED", ratifiedAt: new Date(), ratificationBody: "Länsstyrelsen", ratificationDate: new Date() } });
      if (status !== "RATIFIED") await db.programmeVersion.update({ where: { id: version.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      if (status === "SUPERSEDED") await db.programmeVersion.update({ where: { id: version.id }, data: { status: "SUPERSEDED", supersededAt: new Date() } });
      const before = await db.endorsement.findMany({ where: { versionId: version.id }, orderBy: { id: "asc" } });

      expect({
        "update decision": await run(pool, `UPDATE endorsement SET status = 'DECLINED' WHERE id = $1`, [endorsement.id]),
        "update paragraph": await run(pool, `UPDATE endorsement SET paragraph = '§ 99' WHERE id = $1`, [endorsement.id]),
        "update history": await run(pool, `UPDATE endorsement SET status = 'ENDORSED' WHERE id = $1`, [history.id]),
        "delete decision": await run(pool, `DELETE FROM endorsement WHERE id = $1`, [endorsement.id]),
        "delete all": await run(pool, `DELETE FROM endorsement WHERE version_id = $1`, [version.id]),
      }).toEqual({
        "update decision": DECIDED,
        "update paragraph": DECIDED,
        "update history": DECIDED,
        "delete decision": DECIDED,
        "delete all": DECIDED,
      });
      expect(await db.endorsement.findMany({ where: { versionId: version.id }, orderBy: { id: "asc" } })).toEqual(before);
    });

    test.each(decided)(`${who} cannot add an endorsement to a %s version`, async (status) => {
      const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT", focusAreas: [] });
      await createEndorsement(db, { versionId: version.id, status: "ENDORSED", decisionBody: "KS", decisionDate: new Date("2026-01-10") });
      await setVersionStatus(db, version.id, status);
      const stranger = await createOrganisation(db, { countyId: version.countyId, kind: "MUNICIPALITY" });
      const before = await db.endorsement.findMany({ where: { versionId: version.id }, orderBy: { id: "asc" } });

      expect({
        "a decision nobody asked for": await run(pool, `INSERT INTO endorsement (id, version_id, organisation_id, round, status, decision_body, decision_date) VALUES (gen_random_uuid(), $1, $2, 1, 'ENDORSED', 'KS', '2026-02-01')`, [version.id, stranger.id]),
        "an earlier round": await run(pool, `INSERT INTO endorsement (id, version_id, organisation_id, round, current, status) VALUES (gen_random_uuid(), $1, $2, 0, NULL, 'DECLINED')`, [version.id, stranger.id]),
      }).toEqual({ "a decision nobody asked for": DECIDED, "an earlier round": DECIDED });
      expect(await db.endorsement.findMany({ where: { versionId: version.id }, orderBy: { id: "asc" } })).toEqual(before);
    });

    test(`${who} can still ask an organisation while the version awaits endorsement, and carry a decision over to a revision`, async () => {
      const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT", focusAreas: [] });
      const { version: revision } = await createProgrammeVersion(db, { status: "DRAFT", focusAreas: [] });
      const organisation = await createOrganisation(db, { countyId: version.countyId, kind: "MUNICIPALITY" });

      expect(await run(pool, `INSERT INTO endorsement (id, version_id, organisation_id, round, status) VALUES (gen_random_uuid(), $1, $2, 1, 'PENDING')`, [version.id, organisation.id])).toBe("resolved");
      expect(await run(pool, `INSERT INTO endorsement (id, version_id, organisation_id, round, status, decision_body, decision_date) VALUES (gen_random_uuid(), $1, $2, 1, 'ENDORSED', 'KS', '2026-02-01')`, [revision.id, organisation.id])).toBe("resolved");
    });

    test(`${who} cannot move an endorsement onto a ratified version`, async () => {
      const ratified = await versionIn("RATIFIED");
      const { version: open } = await createProgrammeVersion(db, { status: "ENDORSEMENT", focusAreas: [] });
      const endorsement = await createEndorsement(db, { versionId: open.id });

      expect(await run(pool, `UPDATE endorsement SET version_id = $2 WHERE id = $1`, [endorsement.id, ratified.id])).toBe(DECIDED);
    });

    test(`${who} can still record a decision while the version awaits endorsement`, async () => {
      const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT", focusAreas: [] });
      const endorsement = await createEndorsement(db, { versionId: version.id });

      expect(await run(pool, `UPDATE endorsement SET status = 'ENDORSED' WHERE id = $1`, [endorsement.id])).toBe("resolved");
    });
  }
});

describe("TRUNCATE", () => {
  const guarded = ["programme_version", "focus_area", "focus_area_goal", "action_item", "action_item_organisation", "indicator", "endorsement", "audit_event"];

  test.each(guarded)("a superuser cannot TRUNCATE %s, not even with CASCADE", async (table) => {
    const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT" });
    await createEndorsement(db, { versionId: version.id });
    await setVersionStatus(db, version.id, "PUBLISHED");
    const rowsBefore = await superuserPool.query(`SELECT count(*)::int AS n FROM ${table}`);

    expect(await run(superuserPool, `TRUNCATE ${table} CASCADE`)).toBe(NO_TRUNCATE);
    expect((await superuserPool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows).toEqual(rowsBefore.rows);
  });

  test("a TRUNCATE that cascades into a guarded table is refused too", async () => {
    const { version } = await createProgrammeVersion(db, { status: "ENDORSEMENT" });
    await createEndorsement(db, { versionId: version.id });
    await setVersionStatus(db, version.id, "PUBLISHED");

    // organisation is not guarded itself; endorsement and action_item_organisation refer to it.
    expect(await run(superuserPool, `TRUNCATE organisation CASCADE`)).toBe(NO_TRUNCATE);
    expect(await db.endorsement.count({ where: { versionId: version.id } })).toBe(1);
  });

  test.each(guarded)("the app role cannot TRUNCATE %s", async (table) => {
    await createProgrammeVersion(db, { status: "PUBLISHED" });

    expect(await run(appPool, `TRUNCATE ${table} CASCADE`)).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

describe("the app's role", () => {
  test("owns nothing: no table, sequence, type, function, schema or database", async () => {
    const { rows } = await superuserPool.query<{ kind: string; name: string }>(
      `SELECT 'relation' AS kind, relname::text AS name FROM pg_class WHERE relowner = $1::regrole
       UNION ALL SELECT 'schema', nspname::text FROM pg_namespace WHERE nspowner = $1::regrole
       UNION ALL SELECT 'type', typname::text FROM pg_type WHERE typowner = $1::regrole
       UNION ALL SELECT 'function', proname::text FROM pg_proc WHERE proowner = $1::regrole
       UNION ALL SELECT 'database', datname::text FROM pg_database WHERE datdba = $1::regrole`,
      [APP_ROLE],
    );
    expect(rows).toEqual([]);
    const owners = await superuserPool.query<{ owner: string }>(
      `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = current_schema()::regnamespace`,
    );
    expect(owners.rows.map((row) => row.owner)).toEqual(["lansplan_owner"]);
  });

  test("is no superuser and may not create roles or databases, or bypass row security", async () => {
    const { rows } = await appPool.query(
      `SELECT current_user AS name, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows).toEqual([{ name: APP_ROLE, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, rolbypassrls: false }]);
  });

  test("cannot TRUNCATE, ALTER, DROP or CREATE anything", async () => {
    const outcomes = {
      "TRUNCATE county": await run(appPool, `TRUNCATE county CASCADE`),
      "TRUNCATE outbox_mail": await run(appPool, `TRUNCATE outbox_mail`),
      "ALTER TABLE": await run(appPool, `ALTER TABLE county ADD COLUMN sneaky text`),
      "ALTER TABLE DISABLE TRIGGER": await run(appPool, `ALTER TABLE programme_version DISABLE TRIGGER programme_version_lifecycle`),
      "DROP TABLE": await run(appPool, `DROP TABLE audit_event`),
      "DROP TRIGGER": await run(appPool, `DROP TRIGGER endorsement_decided ON endorsement`),
      "DROP FUNCTION": await run(appPool, `DROP FUNCTION lansplan_refuse_truncate()`),
      "CREATE TABLE": await run(appPool, `CREATE TABLE sneaky (id int)`),
      "CREATE TEMP TABLE": await run(appPool, `CREATE TEMP TABLE sneaky (id int)`),
      "CREATE FUNCTION": await run(appPool, `CREATE FUNCTION sneaky() RETURNS int LANGUAGE sql AS 'SELECT 1'`),
      "CREATE SCHEMA": await run(appPool, `CREATE SCHEMA sneaky`),
      "replica mode": await run(appPool, `SET session_replication_role = replica`),
      "write the migration history": await run(appPool, `DELETE FROM _prisma_migrations`),
    };
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((key) => [key, INSUFFICIENT_PRIVILEGE])));
  });

  test("reads and writes rows of every table, and reads the migration history", async () => {
    const { rows } = await appPool.query<{ table: string }>(
      `SELECT c.relname::text AS table FROM pg_class c
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
         AND NOT (has_table_privilege(c.oid, 'SELECT') AND has_table_privilege(c.oid, 'INSERT')
                  AND has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE'))`,
    );
    expect(rows).toEqual([]);
    expect(await run(appPool, `SELECT count(*) FROM _prisma_migrations`)).toBe("resolved");
  });

  test("gets the rights on a table, sequence and function a later migration creates as the owner", async () => {
    const table = `later_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
    // What a later migration does: run by the owner, with no GRANT of its own.
    await ownerPool.query(`
      CREATE TABLE ${table} (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, note text NOT NULL);
      CREATE SEQUENCE ${table}_numbers;
      CREATE FUNCTION ${table}_double(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2';`);
    try {
      expect({
        insert: await run(appPool, `INSERT INTO ${table} (note) VALUES ('första')`),
        select: await run(appPool, `SELECT * FROM ${table}`),
        update: await run(appPool, `UPDATE ${table} SET note = 'andra'`),
        delete: await run(appPool, `DELETE FROM ${table}`),
        nextval: await run(appPool, `SELECT nextval('${table}_numbers')`),
        execute: await run(appPool, `SELECT ${table}_double(21)`),
        truncate: await run(appPool, `TRUNCATE ${table}`),
        alter: await run(appPool, `ALTER TABLE ${table} ADD COLUMN sneaky text`),
        drop: await run(appPool, `DROP TABLE ${table}`),
      }).toEqual({
        insert: "resolved",
        select: "resolved",
        update: "resolved",
        delete: "resolved",
        nextval: "resolved",
        execute: "resolved",
        truncate: INSUFFICIENT_PRIVILEGE,
        alter: INSUFFICIENT_PRIVILEGE,
        drop: INSUFFICIENT_PRIVILEGE,
      });
      const owner = await superuserPool.query(`SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = $1::regclass`, [table]);
      expect(owner.rows).toEqual([{ owner: "lansplan_owner" }]);
    } finally {
      await ownerPool.query(`DROP TABLE ${table}; DROP SEQUENCE ${table}_numbers; DROP FUNCTION ${table}_double(integer);`);
    }
  });
});

test("a cluster made before the roles existed is handed to the owner role, the app role owning nothing", async () => {
  const name = `before_roles_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
  const urlOf = (database: string) => {
    const url = new URL(superuserDatabaseUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  await superuserPool.query(`CREATE DATABASE ${name}`);
  try {
    // What the superuser created when it still ran the migrations itself.
    const old = new pg.Client({ connectionString: urlOf(name) });
    await old.connect();
    try {
      await old.query(`
        CREATE TYPE "Colour" AS ENUM ('RED');
        CREATE TABLE painted (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, colour "Colour");
        CREATE SEQUENCE loose_numbers;
        CREATE VIEW painted_view AS SELECT * FROM painted;
        CREATE FUNCTION paint() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`);
    } finally {
      await old.end();
    }

    await provisionEmbeddedRoles(urlOf(name), name);
    await provisionEmbeddedRoles(urlOf(name), name); // idempotent

    const check = new pg.Client({ connectionString: urlOf(name) });
    await check.connect();
    try {
      const { rows } = await check.query<{ object: string; owner: string }>(
        `SELECT relname::text AS object, pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace
         UNION ALL SELECT typname::text, pg_get_userbyid(typowner) FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'
         UNION ALL SELECT proname::text, pg_get_userbyid(proowner) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
         UNION ALL SELECT datname::text, pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()
         ORDER BY 1`,
      );
      expect(rows).toEqual(
        ["Colour", name, "loose_numbers", "paint", "painted", "painted_id_seq", "painted_pkey", "painted_view"].sort().map((object) => ({ object, owner: OWNER_ROLE })),
      );
    } finally {
      await check.end();
    }
  } finally {
    await superuserPool.query(`DROP DATABASE ${name} WITH (FORCE)`);
  }
});

test("on an outside server, migrating as MIGRATION_DATABASE_URL's owner grants DATABASE_URL's role rows only, later tables included", async () => {
  const suffix = randomUUID().replaceAll("-", "").slice(0, 8);
  const [database, owner, app] = [`outside_${suffix}`, `dba_${suffix}`, `web_${suffix}`];
  const urlAs = (role: string) => {
    const url = new URL(superuserDatabaseUrl);
    url.username = role;
    url.password = "lösenord";
    url.pathname = `/${database}`;
    return url.toString();
  };
  // What the operator of the outside server does once.
  await superuserPool.query(`CREATE ROLE ${owner} LOGIN PASSWORD 'lösenord'; CREATE ROLE ${app} LOGIN PASSWORD 'lösenord'`);
  await superuserPool.query(`CREATE DATABASE ${database} OWNER ${owner}`);
  const appClient = new pg.Client({ connectionString: urlAs(app) });
  try {
    const { applied } = await migrateAndGrant({ ownerUrl: urlAs(owner), appUrl: urlAs(app) });
    expect(applied.length).toBeGreaterThan(0);
    const later = new pg.Client({ connectionString: urlAs(owner) });
    await later.connect();
    await later.query(`CREATE TABLE later_table (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, note text)`);
    await later.end();

    await appClient.connect();
    const attempt = (sql: string) => refusalOf(appClient.query(sql));
    expect({
      select: await attempt(`SELECT count(*) FROM programme_version`),
      insert: await attempt(`INSERT INTO police_region (id, name) VALUES ('x', 'Polisregion X')`),
      "later table": await attempt(`INSERT INTO later_table (note) VALUES ('ny')`),
      truncate: await attempt(`TRUNCATE police_region CASCADE`),
      alter: await attempt(`ALTER TABLE police_region ADD COLUMN sneaky text`),
      create: await attempt(`CREATE TABLE sneaky (id int)`),
      owns: await attempt(`DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_class WHERE relowner = current_user::regrole) THEN RAISE EXCEPTION 'owns' USING ERRCODE = 'XX001'; END IF; END $$`),
    }).toEqual({
      select: "resolved",
      insert: "resolved",
      "later table": "resolved",
      truncate: INSUFFICIENT_PRIVILEGE,
      alter: INSUFFICIENT_PRIVILEGE,
      create: INSUFFICIENT_PRIVILEGE,
      owns: "resolved",
    });
  } finally {
    await appClient.end().catch(() => undefined);
    await superuserPool.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await superuserPool.query(`DROP ROLE ${app}; DROP ROLE ${owner}`);
  }
});
