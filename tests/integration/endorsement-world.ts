// The people and the programme of the consultation and endorsement tests: one county with its
// board (coordinator), three municipalities, the police and the region, each with a signatory and
// a member; a DRAFT version where municipality A leads item 1.1 and B leads item 1.2; and the
// people from elsewhere who must be refused.
import { expect } from "vitest";
import type { User } from "@/lib/db/generated/client";
import { createCounty, createMember, createOrganisation, createProgrammeFixture } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";

/** Every table these flows may write: a refusal must leave all of them as they were. */
const flowTables = [
  "programme_version",
  "consultation_round",
  "consultation_invitation",
  "consultation_response",
  "consultation_comment",
  "comment_disposition",
  "endorsement",
  "endorsement_left_out",
  "action_item_organisation",
  "stored_file",
  "audit_event",
  "notification",
  "outbox_mail",
] as const;

export async function flowDigest(): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of flowTables) {
    // Table names come from the constant list above, never from input.
    const rows = await db.$queryRawUnsafe<{ md5: string | null; count: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5, count(*) AS count FROM ${table} t`,
    );
    digest[table] = `${rows[0]?.count ?? 0}:${rows[0]?.md5 ?? ""}`;
  }
  return digest;
}

export async function createFlowWorld(options: { allowsDelegation?: boolean } = {}) {
  const county = await createCounty(db);
  const board = await createOrganisation(db, { countyId: county.id, kind: "COUNTY_BOARD" });
  const municipalityA = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", allowsDelegation: options.allowsDelegation ?? false });
  const municipalityB = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY" });
  const municipalityC = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY" });
  const police = await createOrganisation(db, { countyId: county.id, kind: "POLICE" });
  const region = await createOrganisation(db, { countyId: county.id, kind: "REGION" });
  const fixture = await createProgrammeFixture(db, {
    countyId: county.id,
    focusAreas: [{ title: "Tillgänglighet", items: [{ title: "Tillsyn", responsible: [municipalityA.id] }, { title: "Föräldrastöd", responsible: [municipalityB.id], partners: [police.id] }] }],
  });
  const signatory = async (organisationId: string) => (await createMember(db, { role: "SIGNATORY", organisationId })).user;
  const otherCounty = await createCounty(db);
  const foreignBoard = await createOrganisation(db, { countyId: otherCounty.id, kind: "COUNTY_BOARD" });
  const foreignMunicipality = await createOrganisation(db, { countyId: otherCounty.id, kind: "MUNICIPALITY" });
  const people = {
    coordinator: (await createMember(db, { role: "COORDINATOR", organisationId: board.id })).user,
    boardSignatory: await signatory(board.id),
    signatoryA: await signatory(municipalityA.id),
    memberA: (await createMember(db, { role: "MEMBER", organisationId: municipalityA.id })).user,
    signatoryB: await signatory(municipalityB.id),
    signatoryC: await signatory(municipalityC.id),
    policeSignatory: await signatory(police.id),
    regionSignatory: await signatory(region.id),
    foreignCoordinator: (await createMember(db, { role: "COORDINATOR", organisationId: foreignBoard.id })).user,
    foreignSignatory: await signatory(foreignMunicipality.id),
  };
  signInAs(people.coordinator);
  const [areaFixture] = fixture.focusAreas;
  if (areaFixture === undefined) throw new Error("world: no focus area");
  return {
    ...fixture,
    organisations: { board, municipalityA, municipalityB, municipalityC, police, region, foreignMunicipality },
    people,
    items: areaFixture.items,
  };
}

export type FlowWorld = Awaited<ReturnType<typeof createFlowWorld>>;

/** Runs `attempt` as each user: each is refused with `code` and no flow table changes. */
export async function expectRefused(
  users: readonly [string, User | null][],
  attempt: () => Promise<{ status: string; code?: string }>,
  restore: User,
  code?: string,
): Promise<void> {
  for (const [who, user] of users) {
    const before = await flowDigest();
    signInAs(user);
    const state = await attempt();
    expect({ who, status: state.status }).toEqual({ who, status: "error" });
    if (code !== undefined) expect({ who, code: state.code }).toEqual({ who, code: user === null ? "UNAUTHENTICATED" : code });
    expect(await flowDigest(), `${who}: nothing may change`).toEqual(before);
  }
  signInAs(restore);
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
