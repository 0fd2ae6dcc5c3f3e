import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type {
  CountyStrategies,
  NationalStrategyOption,
  StrategyDetail,
  StrategyExtensionSummary,
  StrategySummary,
} from "@/lib/strategies/types";

export const nationalStrategyOptionSelect = {
  id: true,
  shortTitle: true,
  periodFrom: true,
  periodTo: true,
} satisfies Prisma.NationalStrategySelect;

const extensionSelect = {
  id: true,
  newValidTo: true,
  decisionBody: true,
  decisionDate: true,
  diarienummer: true,
} satisfies Prisma.StrategyExtensionSelect;

const strategySummarySelect = {
  id: true,
  title: true,
  validFrom: true,
  validTo: true,
  isExample: true,
  nationalStrategy: { select: nationalStrategyOptionSelect },
  extensions: { orderBy: [{ decisionDate: "asc" }, { createdAt: "asc" }], select: extensionSelect },
  programmes: {
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      versions: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, kind: true, status: true, validFrom: true, validTo: true },
      },
    },
  },
} satisfies Prisma.RegionalStrategySelect;

type StrategySummaryRow = Prisma.RegionalStrategyGetPayload<{ select: typeof strategySummarySelect }>;

/** The end of the strategy after its latest extension decision. */
function effectiveEnd(validTo: Date, extensions: readonly { newValidTo: Date }[]): Date {
  return extensions.reduce((end, e) => (e.newValidTo.getTime() > end.getTime() ? e.newValidTo : end), validTo);
}

function toSummary(row: StrategySummaryRow): StrategySummary {
  return {
    id: row.id,
    title: row.title,
    validFrom: row.validFrom,
    validTo: row.validTo,
    effectiveValidTo: effectiveEnd(row.validTo, row.extensions),
    nationalStrategy: row.nationalStrategy,
    isExample: row.isExample,
    programmes: row.programmes,
  };
}

/** The regional strategies of these counties with their programmes and versions, newest first. */
export async function listCountyStrategies(countyIds: readonly string[]): Promise<CountyStrategies[]> {
  if (countyIds.length === 0) return [];
  const counties = await getDb().county.findMany({
    where: { id: { in: [...countyIds] } },
    orderBy: { code: "asc" },
    select: {
      id: true,
      name: true,
      regionalStrategies: { orderBy: [{ validFrom: "desc" }, { title: "asc" }], select: strategySummarySelect },
    },
  });
  return counties.map((county) => ({
    countyId: county.id,
    countyName: county.name,
    strategies: county.regionalStrategies.map(toSummary),
  }));
}

/** One strategy, only when it belongs to one of these counties (the scope is in the where). */
export async function findStrategy(strategyId: string, countyIds: readonly string[]): Promise<StrategyDetail | null> {
  const row = await getDb().regionalStrategy.findFirst({
    where: { id: strategyId, countyId: { in: [...countyIds] } },
    select: {
      ...strategySummarySelect,
      countyId: true,
      county: { select: { name: true } },
      overarchingText: true,
      revision: true,
    },
  });
  if (row === null) return null;
  const extensions: StrategyExtensionSummary[] = row.extensions;
  return {
    ...toSummary(row),
    countyId: row.countyId,
    countyName: row.county.name,
    overarchingText: row.overarchingText,
    revision: row.revision,
    extensions,
  };
}

/** The county a strategy belongs to, for authorization (from the record, never from a form). */
export async function findStrategyCountyId(strategyId: string): Promise<string | null> {
  const row = await getDb().regionalStrategy.findUnique({ where: { id: strategyId }, select: { countyId: true } });
  return row?.countyId ?? null;
}

/** Whether a county exists (creating a strategy names its county). */
export async function findCountyId(countyId: string): Promise<string | null> {
  const row = await getDb().county.findUnique({ where: { id: countyId }, select: { id: true } });
  return row?.id ?? null;
}

export async function listCountyNames(countyIds: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (countyIds.length === 0) return [];
  return getDb().county.findMany({ where: { id: { in: [...countyIds] } }, orderBy: { code: "asc" }, select: { id: true, name: true } });
}

/** Every national strategy, newest first: what a regional strategy or a version can implement. */
export async function listNationalStrategyOptions(): Promise<NationalStrategyOption[]> {
  return getDb().nationalStrategy.findMany({ orderBy: { periodFrom: "desc" }, select: nationalStrategyOptionSelect });
}
