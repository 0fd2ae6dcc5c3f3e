import "server-only";
import { listTemplateVersions } from "@/lib/programmes/data";
import { can, countiesWhere } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { findStrategy, listCountyNames, listCountyStrategies, listNationalStrategyOptions } from "@/lib/strategies/data";
import type { NewStrategyPage, StrategiesOverview, StrategyPage } from "@/lib/strategies/types";

/**
 * Pages of the coordinator's strategies. Every loader resolves the actor itself (layouts do not
 * re-run on every navigation) and puts the county scope in the query; a strategy of another county
 * is null, which the page turns into a 404.
 */

/** /arbetsyta/strategier: the counties where the actor coordinates, with strategies, programmes, versions. */
export async function loadStrategiesOverview(): Promise<StrategiesOverview> {
  const actor = await requireActor();
  return { counties: await listCountyStrategies(countiesWhere(actor, "programme.viewDraft")) };
}

/** /arbetsyta/strategier/ny. */
export async function loadNewStrategyPage(): Promise<NewStrategyPage> {
  const actor = await requireActor();
  const [counties, nationalStrategies] = await Promise.all([
    listCountyNames(countiesWhere(actor, "strategy.edit")),
    listNationalStrategyOptions(),
  ]);
  return { counties, nationalStrategies };
}

/** /arbetsyta/strategier/[strategyId]; null when missing or outside the actor's counties. */
export async function loadStrategyPage(strategyId: string): Promise<StrategyPage | null> {
  const actor = await requireActor();
  const strategy = await findStrategy(strategyId, countiesWhere(actor, "strategy.edit"));
  if (strategy === null) return null;
  const canCreateProgramme = can(actor, "programme.create", { countyId: strategy.countyId });
  const [nationalStrategies, templateVersions] = await Promise.all([
    listNationalStrategyOptions(),
    canCreateProgramme ? listTemplateVersions() : Promise.resolve([]),
  ]);
  return { strategy, nationalStrategies, canCreateProgramme, templateVersions };
}
