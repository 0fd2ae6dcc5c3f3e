import "server-only";
import { getDb } from "@/lib/db/client";
import type { OrganisationKind, Prisma } from "@/lib/db/generated/client";
import type { CountyOrganisations, DirectoryOrganisation, OrganisationDetail, OrganisationDirectory, OrganisationListItem, OrganisationOption } from "@/lib/organisations/types";

/** Order of kinds inside the county group: the county board first, municipalities last. */
const countyKindOrder = {
  COUNTY_BOARD: 0,
  REGION: 1,
  POLICE: 2,
  MUNICIPALITY: 3,
  NATIONAL_AGENCY: 4,
  CIVIL_SOCIETY: 5,
  OTHER: 6,
} satisfies Record<OrganisationKind, number>;

const optionSelect = {
  id: true,
  name: true,
  shortName: true,
  kind: true,
  countyId: true,
  active: true,
  slug: true,
} satisfies Prisma.OrganisationSelect;

/**
 * The home of the administrators' memberships (seeded, see prisma/seed/organisations.ts). It runs
 * Länsplan itself and is never responsible for, partner in or asked to endorse a programme.
 */
export const SYSTEM_ADMINISTRATION_SLUG = "lansplan-systemforvaltning";

/**
 * Organisations an action of `countyId` may name: the county's own and the county-less ones
 * (national agencies, national civil society). Used by the picker and, the same rule, by the
 * mutations that check what a form posted (see `isAllowedItemOrganisation`).
 */
export function itemOrganisationWhere(countyId: string): Prisma.OrganisationWhereInput {
  return { OR: [{ countyId }, { countyId: null }], slug: { not: SYSTEM_ADMINISTRATION_SLUG } };
}

/**
 * True when an action of `countyId` may name this organisation: active, own county or national,
 * and not the system administration.
 */
export function isAllowedItemOrganisation(
  organisation: { countyId: string | null; active: boolean; slug: string },
  countyId: string,
): boolean {
  return organisation.active && organisation.slug !== SYSTEM_ADMINISTRATION_SLUG && (organisation.countyId === null || organisation.countyId === countyId);
}

/** The successors of the wound-up organisations an (older) version's content names: what a diff against it needs. */
export async function findSuccessorsForContent(content: {
  focusAreas: readonly { items: readonly { organisations: readonly { organisationId: string }[] }[] }[];
}): Promise<Map<string, string>> {
  const ids = [...new Set(content.focusAreas.flatMap((area) => area.items.flatMap((item) => item.organisations.map((o) => o.organisationId))))];
  return ids.length === 0 ? new Map<string, string>() : findCurrentSuccessors(ids);
}

/**
 * Wound-up organisations among `ids` (inactive) mapped to their current successor: the active
 * organisation at the end of the chain of renames (predecessor links). An inactive organisation
 * without an active successor is not in the map. Reads in `db` (a transaction, or the client).
 */
export async function findCurrentSuccessors(ids: readonly string[], db: Pick<Prisma.TransactionClient, "organisation"> = getDb()): Promise<Map<string, string>> {
  const successorOf = new Map<string, string>();
  let frontier = await db.organisation.findMany({ where: { id: { in: [...ids] }, active: false }, select: { id: true } });
  const origin = new Map(frontier.map((o) => [o.id, o.id]));
  // A chain of renames is short (a handful of steps at most); the bound guards against a cycle.
  for (let step = 0; step < 10 && frontier.length > 0; step += 1) {
    const next = await db.organisation.findMany({
      where: { predecessorId: { in: frontier.map((o) => o.id) } },
      orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }],
      select: { id: true, active: true, predecessorId: true },
    });
    const following: { id: string }[] = [];
    for (const successor of next) {
      const start = successor.predecessorId === null ? undefined : origin.get(successor.predecessorId);
      if (start === undefined || successorOf.has(start)) continue;
      if (successor.active) successorOf.set(start, successor.id);
      else {
        origin.set(successor.id, start);
        following.push(successor);
      }
    }
    frontier = following;
  }
  return successorOf;
}

/**
 * The picker's list for an action of `countyId`: active organisations of the county, then active
 * county-less ones, each group in kind order and then by name (Swedish collation). Organisations in
 * `alsoInclude` (those the action already names) are listed even when inactive, so they can be
 * removed. One query.
 */
export async function listOrganisationOptions(
  countyId: string,
  alsoInclude: readonly string[] = [],
): Promise<OrganisationOption[]> {
  const rows = await getDb().organisation.findMany({
    where: {
      OR: [{ ...itemOrganisationWhere(countyId), active: true }, { id: { in: [...alsoInclude] } }],
    },
    select: optionSelect,
  });
  const collator = new Intl.Collator("sv");
  return rows
    .map(
      (row): OrganisationOption => ({
        id: row.id,
        name: row.name,
        shortName: row.shortName,
        kind: row.kind,
        group: row.countyId === null ? "NATIONAL" : "COUNTY",
        selectable: isAllowedItemOrganisation(row, countyId),
      }),
    )
    .sort(
      (a, b) =>
        (a.group === b.group ? 0 : a.group === "COUNTY" ? -1 : 1) ||
        countyKindOrder[a.kind] - countyKindOrder[b.kind] ||
        collator.compare(a.name, b.name),
    );
}

const listItemSelect = { id: true, name: true, kind: true, active: true } satisfies Prisma.OrganisationSelect;

function byKindThenName(a: OrganisationListItem, b: OrganisationListItem): number {
  return countyKindOrder[a.kind] - countyKindOrder[b.kind] || new Intl.Collator("sv").compare(a.name, b.name);
}

export async function listOrganisationsById(ids: readonly string[]): Promise<OrganisationListItem[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().organisation.findMany({ where: { id: { in: [...ids] } }, select: listItemSelect });
  return rows.sort(byKindThenName);
}

/** The organisations of these counties (active and former), grouped by county. */
export async function listCountyOrganisations(countyIds: readonly string[]): Promise<CountyOrganisations[]> {
  if (countyIds.length === 0) return [];
  const counties = await getDb().county.findMany({
    where: { id: { in: [...countyIds] } },
    orderBy: { code: "asc" },
    select: { id: true, name: true, organisations: { select: listItemSelect } },
  });
  return counties.map((c) => ({ countyId: c.id, countyName: c.name, organisations: c.organisations.sort(byKindThenName) }));
}

export async function listCountylessOrganisations(): Promise<OrganisationListItem[]> {
  const rows = await getDb().organisation.findMany({ where: { countyId: null }, select: listItemSelect });
  return rows.sort(byKindThenName);
}

export async function listCountyChoices(): Promise<{ id: string; slug: string; name: string }[]> {
  return getDb().county.findMany({ orderBy: { code: "asc" }, select: { id: true, slug: true, name: true } });
}

export async function findOrganisationDetail(organisationId: string): Promise<OrganisationDetail | null> {
  const row = await getDb().organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      countyId: true,
      county: { select: { name: true } },
      active: true,
      validFrom: true,
      validTo: true,
      allowsDelegation: true,
      predecessor: { select: { id: true, name: true } },
      successors: { select: { id: true, name: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (row === null) return null;
  const { county, ...rest } = row;
  return { ...rest, countyName: county?.name ?? null };
}

const swedish = new Intl.Collator("sv");

/**
 * The public directory: every active organisation, grouped by county (in county-code order) and
 * sorted A–Ö within. The administrators' own organisation (where ADMIN memberships live) is not
 * one the public looks for and is left out.
 */
export async function findOrganisationDirectory(): Promise<OrganisationDirectory> {
  const [counties, organisations] = await Promise.all([
    getDb().county.findMany({ orderBy: { code: "asc" }, select: { id: true, slug: true, name: true } }),
    getDb().organisation.findMany({
      where: { active: true, memberships: { none: { role: "ADMIN" } } },
      select: { slug: true, name: true, kind: true, countyId: true },
    }),
  ]);
  const byName = (a: DirectoryOrganisation, b: DirectoryOrganisation) => swedish.compare(a.name, b.name);
  const entry = (o: (typeof organisations)[number]): DirectoryOrganisation => ({ slug: o.slug, name: o.name, kind: o.kind });
  return {
    counties: counties.map((county) => ({
      slug: county.slug,
      name: county.name,
      organisations: organisations.filter((o) => o.countyId === county.id).map(entry).sort(byName),
    })),
    national: organisations.filter((o) => o.countyId === null).map(entry).sort(byName),
  };
}
