// Shared arrangement of the content-editor integration tests (focus-areas*.test.ts,
// action-items*.test.ts): a draft programme version in one county, the people who try to edit it,
// form data as the browser posts it, and a digest of every table an editor action could touch.
import { toItemFormValues } from "@/lib/action-items/schema";
import { findItemContent, toActionItemContent } from "@/lib/action-items/data";
import type { FormValues } from "@/lib/action-items/types";
import type { User, VersionStatus } from "@/lib/db/generated/client";
import {
  createMember,
  createOrganisation,
  createProgrammeFixture,
  type FocusAreaSpec,
} from "../factories/index.ts";
import { testDb as db } from "./db.ts";

/** The tables an editor action writes (and the audit trail), in a fixed order. */
const digestTables = [
  "programme_version",
  "focus_area",
  "focus_area_goal",
  "action_item",
  "action_item_organisation",
  "indicator",
  "audit_event",
] as const;

/**
 * One md5 per table over every row's text: equal digests before and after mean not a single row
 * was inserted, changed or deleted.
 */
export async function tableDigests(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of digestTables) {
    // Table names come from the constant above, never from input.
    const rows = await db.$queryRawUnsafe<{ digest: string | null; count: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS count FROM ${table} t`,
    );
    digests[table] = `${rows[0]?.count ?? 0}:${rows[0]?.digest ?? ""}`;
  }
  return digests;
}

export type EditorWorld = Awaited<ReturnType<typeof createEditorWorld>>;

/**
 * A county with a draft version (three focus areas: two actions, one action, none), its county
 * board with a coordinator and a member, a municipality with a signatory, extra organisations for
 * the picker, and a coordinator of another county.
 */
export async function createEditorWorld(options: { status?: VersionStatus; focusAreas?: FocusAreaSpec[] } = {}) {
  const fixture = await createProgrammeFixture(db, {
    status: options.status,
    goalCount: 3,
    focusAreas: options.focusAreas ?? [{ items: [{}, {}] }, { items: [{}] }, { items: [], goalIds: [] }],
  });
  const countyId = fixture.county.id;
  const board = await createOrganisation(db, { countyId, kind: "COUNTY_BOARD", name: "Länsstyrelsen i Testlän" });
  const municipality = await createOrganisation(db, { countyId, kind: "MUNICIPALITY", name: "Testby kommun" });
  const police = await createOrganisation(db, { countyId, kind: "POLICE", name: "Polisområde Testlän" });
  const agency = await createOrganisation(db, { countyId: null, kind: "NATIONAL_AGENCY", name: "Testmyndigheten" });
  const inactive = await createOrganisation(db, { countyId, kind: "REGION", name: "Landstinget Test", active: false });
  const foreignOrganisation = await createOrganisation(db, { kind: "MUNICIPALITY", name: "Annat läns kommun" });

  const coordinator = (await createMember(db, { role: "COORDINATOR", organisationId: board.id })).user;
  const secondCoordinator = (await createMember(db, { role: "COORDINATOR", organisationId: board.id })).user;
  const member = (await createMember(db, { role: "MEMBER", organisationId: board.id })).user;
  const signatory = (await createMember(db, { role: "SIGNATORY", organisationId: municipality.id })).user;
  const foreignBoard = await createOrganisation(db, { kind: "COUNTY_BOARD", name: "Länsstyrelsen i Annat län" });
  const foreignCoordinator = (await createMember(db, { role: "COORDINATOR", organisationId: foreignBoard.id })).user;

  const [first, second, empty] = fixture.focusAreas;
  const item = first?.items[0];
  const secondItem = first?.items[1];
  const lonelyItem = second?.items[0];
  if (!first || !second || !empty || !item || !secondItem || !lonelyItem) throw new Error("editor world without content");

  return {
    ...fixture,
    organisations: { board, municipality, police, agency, inactive, foreignOrganisation },
    people: { coordinator, secondCoordinator, member, signatory, foreignCoordinator },
    areas: { first, second, empty },
    items: { item, secondItem, lonelyItem },
  };
}

/** The people refused every editor action, by what they are. */
export function outsiders(world: EditorWorld): [string, User | null][] {
  return [
    ["a coordinator of another county", world.people.foreignCoordinator],
    ["a signatory of the county", world.people.signatory],
    ["a member of the county board", world.people.member],
    ["an anonymous visitor", null],
  ];
}

/** The stored item as the item form posts it (hidden fields included), with `changes` on top. */
export async function itemFormValues(itemId: string, changes: FormValues = {}): Promise<FormValues> {
  const { version } = await db.actionItem.findUniqueOrThrow({ where: { id: itemId }, select: { version: { select: { countyId: true } } } });
  const row = await findItemContent({ countyIds: [version.countyId] }, { id: itemId }, db);
  if (row === null) throw new Error(`no item ${itemId}`);
  return { ...toItemFormValues(toActionItemContent(row)), itemId, revision: String(row.revision), ...changes };
}

/** FormData as the browser sends it; an array value becomes a repeated field. */
export function toFormData(values: Record<string, string | readonly string[]>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string") formData.append(name, value);
    else for (const entry of value) formData.append(name, entry);
  }
  return formData;
}

/** A complete, valid new-item form for a focus area: one responsible lead, one partner, one indicator. */
export function newItemForm(world: EditorWorld, focusAreaId: string, changes: FormValues = {}): FormValues {
  return {
    focusAreaId,
    number: "9.1",
    title: "Ny åtgärd om tillsyn",
    description: "Beskrivning",
    timeframeKind: "YEARS",
    startYear: "2024",
    endYear: "2025",
    followUpText: "Följs upp årligen.",
    [`role.${world.organisations.board.id}`]: "RESPONSIBLE",
    [`role.${world.organisations.municipality.id}`]: "PARTNER",
    lead: world.organisations.board.id,
    indicatorRows: "ny-1",
    "indicator.ny-1.name": "Andel kommuner",
    "indicator.ny-1.unit": "%",
    "indicator.ny-1.baseline": "50",
    "indicator.ny-1.baselineYear": "2023",
    "indicator.ny-1.target": "100",
    "indicator.ny-1.targetYear": "2025",
    "indicator.ny-1.dataSource": "Länsrapporten",
    ...changes,
  };
}
