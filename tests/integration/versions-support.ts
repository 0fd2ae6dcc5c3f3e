// Shared arrangements of the authoring tests (strategies, programmes, versions): the people who
// try each action, a digest of the authoring tables to prove a refusal changed nothing, and the
// outcome of a server action that redirects on success.
import { expect } from "vitest";
import type { User } from "@/lib/db/generated/client";
import { createMember, createOrganisation, createCounty } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";

/** Every table an authoring action may write. */
const authoringTables = [
  "regional_strategy",
  "strategy_extension",
  "action_programme",
  "programme_version",
  "focus_area",
  "focus_area_goal",
  "action_item",
  "action_item_organisation",
  "indicator",
  "audit_event",
] as const;

/** One md5 per table over all its rows: equal digests before and after = nothing changed. */
export async function authoringDigest(): Promise<Record<string, string>> {
  return tablesDigest(authoringTables);
}

/** The same digest over any list of tables (names from a constant list in the test, never from input). */
export async function tablesDigest(tables: readonly string[]): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<{ md5: string | null; count: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5, count(*) AS count FROM ${table} t`,
    );
    digest[table] = `${rows[0]?.count ?? 0}:${rows[0]?.md5 ?? ""}`;
  }
  return digest;
}

export type Cast = {
  coordinator: User;
  /** Coordinator at another county's board. */
  foreignCoordinator: User;
  /** Signatory of a municipality in the same county. */
  municipalSignatory: User;
  /** Member (no coordinator role) of the same county board. */
  boardMember: User;
  /** Signatory at the same county board (a role there, but not coordinator). */
  boardSignatory: User;
};

/** The coordinator of `countyId` and the people who must be refused what the coordinator may do. */
export async function createCast(countyId: string): Promise<Cast> {
  const board = await createOrganisation(db, { countyId, kind: "COUNTY_BOARD" });
  const municipality = await createOrganisation(db, { countyId, kind: "MUNICIPALITY" });
  const otherCounty = await createCounty(db);
  const otherBoard = await createOrganisation(db, { countyId: otherCounty.id, kind: "COUNTY_BOARD" });
  return {
    coordinator: (await createMember(db, { role: "COORDINATOR", organisationId: board.id })).user,
    foreignCoordinator: (await createMember(db, { role: "COORDINATOR", organisationId: otherBoard.id })).user,
    municipalSignatory: (await createMember(db, { role: "SIGNATORY", organisationId: municipality.id })).user,
    boardMember: (await createMember(db, { role: "MEMBER", organisationId: board.id })).user,
    boardSignatory: (await createMember(db, { role: "SIGNATORY", organisationId: board.id })).user,
  };
}

/** Who is refused and with which code; `null` is the signed-out visitor. */
export function outsiders(cast: Cast): { who: string; user: User | null; code: "FORBIDDEN" | "UNAUTHENTICATED" }[] {
  return [
    { who: "a coordinator of another county", user: cast.foreignCoordinator, code: "FORBIDDEN" },
    { who: "a signatory of a municipality in the county", user: cast.municipalSignatory, code: "FORBIDDEN" },
    { who: "a member of the county board", user: cast.boardMember, code: "FORBIDDEN" },
    { who: "a signatory at the county board", user: cast.boardSignatory, code: "FORBIDDEN" },
    { who: "a signed-out visitor", user: null, code: "UNAUTHENTICATED" },
  ];
}

/** A form post as the browser sends it; arrays become repeated fields (checkboxes). */
export function form(fields: Record<string, string | number | readonly string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) data.append(name, String(item));
    else data.append(name, String(value));
  }
  return data;
}

/** The path a server action redirected to (Next's redirect() throws), or the state it returned. */
export async function outcome<S>(call: Promise<S>): Promise<{ redirectedTo: string } | { state: S }> {
  try {
    return { state: await call };
  } catch (error) {
    const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) {
      return { redirectedTo: digest.split(";")[2] ?? "" };
    }
    throw error;
  }
}

/** The redirect target of an action that must succeed. */
export async function redirectOf<S>(call: Promise<S>): Promise<string> {
  const result = await outcome(call);
  if ("state" in result) throw new Error(`expected a redirect, got ${JSON.stringify(result.state)}`);
  return result.redirectedTo;
}

/** The returned state of an action that must not redirect. */
export async function stateOf<S>(call: Promise<S>): Promise<S> {
  const result = await outcome(call);
  if ("redirectedTo" in result) throw new Error(`expected a refusal, got a redirect to ${result.redirectedTo}`);
  return result.state;
}

/**
 * Runs `attempt` as each outsider: every one is refused with its code and the authoring tables
 * stay exactly as they were.
 */
export async function expectRefusedForOutsiders(
  cast: Cast,
  attempt: () => Promise<{ status: string; code?: string }>,
): Promise<void> {
  for (const { who, user, code } of outsiders(cast)) {
    const before = await authoringDigest();
    signInAs(user);
    const state = await stateOf(attempt());
    expect({ who, status: state.status, code: state.code }).toEqual({ who, status: "error", code });
    expect(await authoringDigest(), `${who}: nothing may change`).toEqual(before);
  }
  signInAs(cast.coordinator);
}
