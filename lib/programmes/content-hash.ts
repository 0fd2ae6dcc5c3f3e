import { createHash } from "node:crypto";

/**
 * The content of a programme version as endorsed: what a signatory stood behind. The hash is
 * recorded when the version is frozen and lets anyone prove later that the published content is
 * exactly what was endorsed. Row ids are deliberately left out (a copy with the same content has
 * the same hash); stable keys, organisation ids and goal numbers are in.
 */
export type ContentHashInput = {
  title: string;
  validFrom: Date;
  validTo: Date;
  substances: readonly string[];
  nationalStrategyId: string;
  changeSummary: string;
  focusAreas: readonly ContentHashFocusArea[];
};

export type ContentHashFocusArea = {
  stableKey: string;
  position: number;
  title: string;
  description: string;
  goalNumbers: readonly number[];
  items: readonly ContentHashItem[];
};

export type ContentHashItem = {
  stableKey: string;
  number: string;
  position: number;
  title: string;
  description: string;
  timeframeKind: string;
  startYear: number | null;
  endYear: number | null;
  startDate: Date | null;
  endDate: Date | null;
  followUpText: string;
  organisations: readonly ContentHashItemOrganisation[];
  indicators: readonly ContentHashIndicator[];
};

export type ContentHashItemOrganisation = {
  organisationId: string;
  role: string;
  lead: boolean | null;
};

export type ContentHashIndicator = {
  stableKey: string;
  position: number;
  name: string;
  unit: string;
  baseline: string;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
  dataSource: string;
};

type Canonical = string | number | boolean | null | readonly Canonical[] | { readonly [key: string]: Canonical };

/** Bump when the canonical form changes, so old and new hashes never collide by accident. */
const CANONICAL_FORM = "lansplan.programme-content.v1";

/** sha256 hex over the canonical JSON of a version's content. Pure: same content, same hash. */
export function computeContentHash(content: ContentHashInput): string {
  return createHash("sha256").update(canonicalJson(toCanonical(content)), "utf8").digest("hex");
}

/**
 * Order is fixed by position (then stable key) rather than by the caller's array order, so two
 * reads of the same rows in a different order hash the same. Organisations are sorted by id:
 * their order carries no meaning.
 */
function toCanonical(content: ContentHashInput): Canonical {
  return {
    form: CANONICAL_FORM,
    title: content.title,
    validFrom: isoDate(content.validFrom),
    validTo: isoDate(content.validTo),
    substances: [...content.substances].sort(),
    nationalStrategyId: content.nationalStrategyId,
    changeSummary: content.changeSummary,
    focusAreas: byPosition(content.focusAreas).map((area) => ({
      stableKey: area.stableKey,
      title: area.title,
      description: area.description,
      goalNumbers: [...area.goalNumbers].sort((a, b) => a - b),
      items: byPosition(area.items).map((item) => ({
        stableKey: item.stableKey,
        number: item.number,
        title: item.title,
        description: item.description,
        timeframeKind: item.timeframeKind,
        startYear: item.startYear,
        endYear: item.endYear,
        startDate: item.startDate ? isoDate(item.startDate) : null,
        endDate: item.endDate ? isoDate(item.endDate) : null,
        followUpText: item.followUpText,
        organisations: [...item.organisations]
          .sort((a, b) => compareStrings(a.organisationId, b.organisationId))
          .map((link) => ({ organisationId: link.organisationId, role: link.role, lead: link.lead === true })),
        indicators: byPosition(item.indicators).map((indicator) => ({
          stableKey: indicator.stableKey,
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline,
          baselineYear: indicator.baselineYear,
          target: indicator.target,
          targetYear: indicator.targetYear,
          dataSource: indicator.dataSource,
        })),
      })),
    })),
  };
}

function byPosition<T extends { position: number; stableKey: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position || compareStrings(a.stableKey, b.stableKey));
}

// Code-unit order, not locale order: the hash must not depend on the machine's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Date columns are calendar dates; Prisma hands them over as UTC midnight.
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** JSON with object keys sorted at every level, no whitespace. */
function canonicalJson(value: Canonical): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (isCanonicalArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort(compareStrings);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(",")}}`;
}

function isCanonicalArray(value: readonly Canonical[] | { readonly [key: string]: Canonical }): value is readonly Canonical[] {
  return Array.isArray(value);
}
