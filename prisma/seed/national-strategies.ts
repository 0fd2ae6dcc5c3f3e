import type { Substance, Verification } from "@/lib/db/generated/client";
import type { NationalStrategyReference, ReferenceData, VerificationLabel } from "./reference-data";
import { date, required, syncByKey, type SyncCount, type Tx } from "./sync";

export type SeededStrategy = { id: string; slug: string; goalIdByNumber: Map<number, string> };
export type SeededStrategies = Map<string, SeededStrategy>;

const VERIFICATION: Record<VerificationLabel, Verification> = {
  verified: "VERIFIED",
  "partially-verified": "PARTIALLY_VERIFIED",
  "best-knowledge": "BEST_KNOWLEDGE",
};

type CompleteStrategy = NationalStrategyReference & {
  period: { from: number; to: number };
  overarchingGoal: NonNullable<NationalStrategyReference["overarchingGoal"]>;
  longTermGoals: NonNullable<NationalStrategyReference["longTermGoals"]>;
};

// Entries without a period, overarching goal and goals are not strategies that were in force:
// "andts-2021-2025-rejected" is a bill the Riksdag turned down. They stay in the file as history.
function isComplete(strategy: NationalStrategyReference): strategy is CompleteStrategy {
  return strategy.period !== undefined && strategy.overarchingGoal !== undefined && (strategy.longTermGoals?.length ?? 0) > 0;
}

/** "andts-2022-2025" → "ANDTS-strategin 2022–2025". */
function shortTitle(strategy: CompleteStrategy): string {
  const abbreviation = strategy.id.split("-")[0]?.toUpperCase() ?? "ANDT";
  return `${abbreviation}-strategin ${strategy.period.from}–${strategy.period.to}`;
}

// ANDT strategies cover A, N, D and T; the 2022 one adds spel om pengar, which its own title says.
function substances(strategy: CompleteStrategy): Substance[] {
  const base: Substance[] = ["A", "N", "D", "T"];
  return /spel om pengar/i.test(strategy.title) ? [...base, "S"] : base;
}

export async function seedNationalStrategies(
  tx: Tx,
  reference: ReferenceData,
  counts: Record<string, SyncCount>,
): Promise<SeededStrategies> {
  const strategies = reference.strategies.filter(isComplete);

  counts.nationalStrategy = await syncByKey({
    desired: strategies.map((strategy) => ({
      slug: strategy.id,
      title: strategy.title,
      shortTitle: shortTitle(strategy),
      documentRef: strategy.documentRef,
      documentType: strategy.documentType ?? null,
      decidedAt: strategy.decidedByGovernment ? date(strategy.decidedByGovernment) : null,
      periodFrom: strategy.period.from,
      periodTo: strategy.period.to,
      substances: substances(strategy),
      scope: strategy.scope ?? [],
      overarchingGoal: strategy.overarchingGoal.text,
      overarchingGoalVerification: VERIFICATION[strategy.overarchingGoal.verification],
      overarchingGoalSource: strategy.overarchingGoal.source ?? null,
      note: strategy.overarchingGoal.note ?? null,
      overarchingGoalEn: strategy.overarchingGoal.textEn ?? null,
      overarchingGoalEnVerification: strategy.overarchingGoal.textEnVerification === undefined ? null : VERIFICATION[strategy.overarchingGoal.textEnVerification],
      zeroVision: strategy.zeroVision ?? null,
      titleEn: strategy.english?.title ?? null,
      shortTitleEn: strategy.english?.shortTitle ?? null,
      translationVerification: strategy.english === undefined ? null : VERIFICATION[strategy.english.verification],
      translationSource: strategy.english?.source ?? null,
    })),
    existing: await tx.nationalStrategy.findMany(),
    keyOf: (row) => row.slug,
    existingKeyOf: (row) => row.slug,
    createMany: (rows) => tx.nationalStrategy.createMany({ data: rows }),
    update: (row, data) => tx.nationalStrategy.update({ where: { id: row.id }, data }),
  });

  const strategyRows = await tx.nationalStrategy.findMany({ select: { id: true, slug: true } });
  const strategyIdBySlug = new Map(strategyRows.map((row) => [row.slug, row.id]));

  const goals = strategies.flatMap((strategy) =>
    strategy.longTermGoals.map((goal) => ({
      strategyId: required(strategyIdBySlug, strategy.id, "nationell strategi"),
      number: goal.number,
      title: goal.title,
      shortLabel: goal.shortLabel ?? required(shortLabelsFor(reference, strategy.id), String(goal.number), `kortetikett för ${strategy.id} mål`),
      titleVerification: VERIFICATION[goal.titleVerification],
      source: goal.titleSource ?? strategy.source ?? null,
      titleEn: goal.titleEn ?? null,
      shortLabelEn: goal.shortLabelEn ?? null,
      titleEnVerification: goal.titleEnVerification === undefined ? null : VERIFICATION[goal.titleEnVerification],
    })),
  );
  counts.longTermGoal = await syncByKey({
    desired: goals,
    existing: await tx.longTermGoal.findMany(),
    keyOf: (row) => `${row.strategyId}:${row.number}`,
    existingKeyOf: (row) => `${row.strategyId}:${row.number}`,
    createMany: (rows) => tx.longTermGoal.createMany({ data: rows }),
    update: (row, data) => tx.longTermGoal.update({ where: { id: row.id }, data }),
  });

  const goalRows = await tx.longTermGoal.findMany({ select: { id: true, strategyId: true, number: true } });
  const goalId = new Map(goalRows.map((row) => [`${row.strategyId}:${row.number}`, row.id]));

  // Only the 2011–2015 strategy has priority areas in the file (its prioriterade mål); the
  // 2022–2025 ones were not verified and are deliberately not seeded.
  const priorityAreas = strategies.flatMap((strategy) => {
    const strategyId = required(strategyIdBySlug, strategy.id, "nationell strategi");
    return strategy.longTermGoals.flatMap((goal) =>
      (goal.prioritisedGoals ?? []).map((area) => ({
        strategyId,
        goalId: required(goalId, `${strategyId}:${goal.number}`, "långsiktigt mål"),
        number: area.number,
        title: area.title,
        verification: VERIFICATION[area.verification],
        titleEn: area.titleEn ?? null,
        titleEnVerification: area.titleEnVerification === undefined ? null : VERIFICATION[area.titleEnVerification],
      })),
    );
  });
  counts.priorityArea = await syncByKey({
    desired: priorityAreas,
    existing: await tx.priorityArea.findMany(),
    keyOf: (row) => `${row.strategyId}:${row.number}`,
    existingKeyOf: (row) => `${row.strategyId}:${row.number}`,
    createMany: (rows) => tx.priorityArea.createMany({ data: rows }),
    update: (row, data) => tx.priorityArea.update({ where: { id: row.id }, data }),
  });

  const seeded: SeededStrategies = new Map();
  for (const row of strategyRows) {
    const goalIdByNumber = new Map(
      goalRows.filter((goal) => goal.strategyId === row.id).map((goal) => [goal.number, goal.id]),
    );
    seeded.set(row.slug, { id: row.id, slug: row.slug, goalIdByNumber });
  }
  return seeded;
}

function shortLabelsFor(reference: ReferenceData, strategyId: string): Map<string, string> {
  return new Map(Object.entries(reference.shortLabels[strategyId] ?? {}));
}
