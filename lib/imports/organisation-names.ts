import type { OrganisationKind } from "@/lib/db/generated/client";
import { normalizeText } from "@/lib/imports/parse";
import type { ImportOrganisation } from "@/lib/imports/types";

/**
 * Organisation names as people write them → the county's organisations and the national ones
 * (pure). The organisations passed in are exactly those an action of the county may name (active,
 * own county or none). Resolution order, first hit wins:
 *  1. "Samtliga kommuner", "alla kommuner", "kommunerna" → never guessed: the coordinator chooses;
 *  2. the full name, case/whitespace/diacritics-insensitive ("Region Sörmland", "Nyköpings kommun");
 *  3. the county's own organisation of a kind named generically ("Polisen", "Regionen",
 *     "Länsstyrelsen", "Landstinget"): a county programme means its own police area, region and
 *     county board (before short names: Polismyndigheten's short name is also "Polisen");
 *  4. a short name ("Nyköping", "FoHM");
 *  5. a municipality without "kommun" or in the genitive ("Nyköpings" → "Nyköpings kommun");
 * More than one organisation at the same step is ambiguous: the coordinator chooses among them.
 */

export type NameResolution =
  | { kind: "resolved"; organisationId: string }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "allMunicipalities" }
  | { kind: "unknown" };

const allMunicipalitiesWords = new Set([
  "samtliga kommuner",
  "alla kommuner",
  "kommunerna",
  "lanets kommuner",
  "lanets alla kommuner",
  "samtliga kommuner i lanet",
  "alla kommuner i lanet",
]);

const genericKinds: Record<string, OrganisationKind> = {
  polisen: "POLICE",
  polis: "POLICE",
  polisomradet: "POLICE",
  lokalpolisomradet: "POLICE",
  regionen: "REGION",
  region: "REGION",
  landstinget: "REGION",
  lansstyrelsen: "COUNTY_BOARD",
  lst: "COUNTY_BOARD",
};

/** "Nyköpings kommun" → "nykoping"; "Region Sörmland" → "region sormland". */
function municipalityStem(normalized: string): string {
  return normalized.replace(/\s+(kommun|stad|kommunen)$/, "").replace(/s$/, "");
}

export type OrganisationIndex = {
  byName: Map<string, string[]>;
  byShortName: Map<string, string[]>;
  countyOfKind: Map<OrganisationKind, string[]>;
  municipalityStems: Map<string, string[]>;
};

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** Indexes the organisations once per plan. `countyId` is the version's county. */
export function indexOrganisations(organisations: readonly ImportOrganisation[], countyId: string): OrganisationIndex {
  const index: OrganisationIndex = { byName: new Map(), byShortName: new Map(), countyOfKind: new Map(), municipalityStems: new Map() };
  for (const organisation of organisations) {
    add(index.byName, normalizeText(organisation.name), organisation.id);
    if (organisation.shortName !== null) add(index.byShortName, normalizeText(organisation.shortName), organisation.id);
    if (organisation.countyId === countyId) {
      const list = index.countyOfKind.get(organisation.kind) ?? [];
      list.push(organisation.id);
      index.countyOfKind.set(organisation.kind, list);
    }
    if (organisation.kind === "MUNICIPALITY") {
      add(index.municipalityStems, municipalityStem(normalizeText(organisation.name)), organisation.id);
      if (organisation.shortName !== null) add(index.municipalityStems, municipalityStem(normalizeText(organisation.shortName)), organisation.id);
    }
  }
  return index;
}

function fromList(ids: readonly string[] | undefined): NameResolution | null {
  if (ids === undefined || ids.length === 0) return null;
  const [only] = ids;
  return ids.length === 1 && only !== undefined ? { kind: "resolved", organisationId: only } : { kind: "ambiguous", candidates: [...ids] };
}

export function resolveOrganisationName(name: string, index: OrganisationIndex): NameResolution {
  const normalized = normalizeText(name);
  if (allMunicipalitiesWords.has(normalized)) return { kind: "allMunicipalities" };
  const exact = fromList(index.byName.get(normalized));
  if (exact !== null) return exact;
  const genericKind = genericKinds[normalized];
  if (genericKind !== undefined) {
    const generic = fromList(index.countyOfKind.get(genericKind));
    if (generic !== null) return generic;
  }
  const short = fromList(index.byShortName.get(normalized));
  if (short !== null) return short;
  const stem = fromList(index.municipalityStems.get(municipalityStem(normalized)));
  if (stem !== null) return stem;
  return { kind: "unknown" };
}
