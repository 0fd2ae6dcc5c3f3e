// Shared arrangements of the account tests (invitations, memberships, delegations, organisations):
// a county with its people and a foreign county, and a digest of the account tables to prove that a
// refusal changed nothing.
import { expect } from "vitest";
import type { Organisation, User } from "@/lib/db/generated/client";
import { createCounty, createMember, createOrganisation, createUser } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { stateOf } from "./versions-support.ts";

/** Every table an account action may write (rate-limit counters left out: they count attempts). */
const accountTables = ["organisation", "membership", "account_invitation", "app_user", "signing_delegation", "audit_event"] as const;

/** One md5 per table over all its rows: equal digests before and after = nothing changed. */
export async function accountDigest(): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of accountTables) {
    // Table names come from the constant list above, never from input.
    const rows = await db.$queryRawUnsafe<{ md5: string | null; count: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5, count(*) AS count FROM ${table} t`,
    );
    digest[table] = `${rows[0]?.count ?? 0}:${rows[0]?.md5 ?? ""}`;
  }
  return digest;
}

export type AccountWorld = {
  countyId: string;
  board: Organisation;
  municipality: Organisation;
  foreignMunicipality: Organisation;
  coordinator: User;
  foreignCoordinator: User;
  admin: User;
  boardMember: User;
  municipalSignatory: User;
  municipalMember: User;
  foreignSignatory: User;
};

/** A county (board, municipality) with its coordinator and people, another county, an administrator. */
export async function createAccountWorld(): Promise<AccountWorld> {
  const county = await createCounty(db);
  const board = await createOrganisation(db, { countyId: county.id, kind: "COUNTY_BOARD" });
  const municipality = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", allowsDelegation: true });
  const otherCounty = await createCounty(db);
  const foreignBoard = await createOrganisation(db, { countyId: otherCounty.id, kind: "COUNTY_BOARD" });
  const foreignMunicipality = await createOrganisation(db, { countyId: otherCounty.id, kind: "MUNICIPALITY", allowsDelegation: true });
  const agency = await createOrganisation(db, { countyId: null, kind: "OTHER" });
  return {
    countyId: county.id,
    board,
    municipality,
    foreignMunicipality,
    coordinator: (await createMember(db, { role: "COORDINATOR", organisationId: board.id })).user,
    foreignCoordinator: (await createMember(db, { role: "COORDINATOR", organisationId: foreignBoard.id })).user,
    admin: (await createMember(db, { role: "ADMIN", organisationId: agency.id })).user,
    boardMember: (await createMember(db, { role: "MEMBER", organisationId: board.id })).user,
    municipalSignatory: (await createMember(db, { role: "SIGNATORY", organisationId: municipality.id })).user,
    municipalMember: (await createMember(db, { role: "MEMBER", organisationId: municipality.id })).user,
    foreignSignatory: (await createMember(db, { role: "SIGNATORY", organisationId: foreignMunicipality.id })).user,
  };
}

/** A person with no role anywhere (signed in, but nobody). */
export async function createOutsider(): Promise<User> {
  return createUser(db);
}

/**
 * Runs `attempt` as each user: every one is refused with `code` and the account tables stay exactly
 * as they were. `null` is the signed-out visitor (always UNAUTHENTICATED).
 */
export async function expectRefused(
  who: readonly { who: string; user: User | null; code?: string }[],
  attempt: () => Promise<{ status: string; code?: string }>,
): Promise<void> {
  for (const { who: name, user, code } of who) {
    const before = await accountDigest();
    signInAs(user);
    const state = await stateOf(attempt());
    const expected = user === null ? "UNAUTHENTICATED" : (code ?? "FORBIDDEN");
    expect({ who: name, status: state.status, code: state.code }).toEqual({ who: name, status: "error", code: expected });
    expect(await accountDigest(), `${name}: nothing may change`).toEqual(before);
  }
}
