import { randomUUID } from "node:crypto";
import type { EndorsementStatus, Prisma, Substance, VersionKind } from "@/lib/db/generated/client";
import { refreshActionStates } from "@/lib/follow-up/action-states";
import { computeContentHash, type ContentHashInput } from "@/lib/programmes/content-hash";
import { demoStableKey } from "./demo-ids";
import type { SeededStrategies } from "./national-strategies";
import { date, required, type Tx } from "./sync";

/*
 * Writes demo programme versions from a declarative description. Everything a version holds is
 * inserted while it is still DRAFT, and then it walks the lifecycle (ENDORSEMENT → RATIFIED →
 * PUBLISHED) in separate updates, the way the app does it, so the database's frozen-content rules
 * see exactly what they would see in production.
 */

export type TimeframeSpec =
  | { kind: "ONGOING" }
  | { kind: "YEARS"; from: number; to: number }
  | { kind: "DATES"; from: string; to: string };

export type IndicatorSpec = {
  key: string;
  name: string;
  unit: string;
  baseline: string;
  baselineYear: number;
  target: string;
  targetYear: number;
  dataSource: string;
};

/** Organisations are referred to by slug; `lead` is the one lead responsible organisation. */
export type ItemSpec = {
  key: string;
  title: string;
  description: string;
  timeframe: TimeframeSpec;
  lead: string;
  responsible: readonly string[];
  partners: readonly string[];
  followUp: string;
  indicators: readonly IndicatorSpec[];
};

export type FocusAreaSpec = {
  key: string;
  title: string;
  description: string;
  goalNumbers: readonly number[];
  items: readonly ItemSpec[];
};

export type VersionSpec = {
  number: number;
  kind: VersionKind;
  title: string;
  validFrom: string;
  validTo: string;
  substances: readonly Substance[];
  nationalStrategySlug: string;
  changeSummary: string;
  createdAt: string;
  focusAreas: readonly FocusAreaSpec[];
};

export type EndorsementSpec = {
  organisationSlug: string;
  status: Extract<EndorsementStatus, "ENDORSED" | "ENDORSED_WITH_RESERVATION">;
  decisionBody: string;
  decisionDate: string;
  paragraph: string | null;
  diarienummer: string;
  reservation?: string;
};

export type PublicationSpec = {
  frozenAt: string;
  endorsements: readonly EndorsementSpec[];
  ratificationBody: string;
  ratificationDate: string;
  ratificationDnr: string;
  publishedAt: string;
};

export type WriterContext = {
  tx: Tx;
  countyId: string;
  programmeId: string;
  /** Prefix of every stable key of this programme, e.g. "sodermanland/andt". */
  keyPrefix: string;
  organisationIdBySlug: ReadonlyMap<string, string>;
  strategies: SeededStrategies;
};

export type WrittenVersion = { id: string; itemCount: number; contentHash: string };

/** Number shown for an action: "<focus area>.<action>", both counted from 1 in order. */
export function itemNumbers(spec: VersionSpec): Map<string, string> {
  const numbers = new Map<string, string>();
  spec.focusAreas.forEach((area, areaIndex) => {
    area.items.forEach((item, itemIndex) => numbers.set(item.key, `${areaIndex + 1}.${itemIndex + 1}`));
  });
  return numbers;
}

export async function writeDraftVersion(
  context: WriterContext,
  spec: VersionSpec,
  supersedesId: string | null,
): Promise<WrittenVersion> {
  const { tx, keyPrefix } = context;
  const strategy = required(context.strategies, spec.nationalStrategySlug, "nationell strategi");
  const organisationId = (slug: string): string => required(context.organisationIdBySlug, slug, "organisation");
  const versionId = randomUUID();

  await tx.programmeVersion.create({
    data: {
      id: versionId,
      programmeId: context.programmeId,
      countyId: context.countyId,
      number: spec.number,
      kind: spec.kind,
      supersedesId,
      status: "DRAFT",
      title: spec.title,
      validFrom: date(spec.validFrom),
      validTo: date(spec.validTo),
      substances: [...spec.substances],
      nationalStrategyId: strategy.id,
      changeSummary: spec.changeSummary,
      isExample: true,
      createdAt: new Date(spec.createdAt),
    },
  });

  const focusAreaRows: { id: string; versionId: string; stableKey: string; position: number; title: string; description: string }[] = [];
  const goalLinks: { focusAreaId: string; goalId: string }[] = [];
  const itemRows: {
    id: string;
    versionId: string;
    focusAreaId: string;
    stableKey: string;
    number: string;
    position: number;
    title: string;
    description: string;
    timeframeKind: TimeframeSpec["kind"];
    startYear: number | null;
    endYear: number | null;
    startDate: Date | null;
    endDate: Date | null;
    followUpText: string;
  }[] = [];
  const links: { itemId: string; organisationId: string; role: "RESPONSIBLE" | "PARTNER"; lead: true | null }[] = [];
  const indicatorRows: {
    id: string;
    itemId: string;
    stableKey: string;
    position: number;
    name: string;
    unit: string;
    baseline: string;
    baselineYear: number;
    target: string;
    targetYear: number;
    dataSource: string;
  }[] = [];
  const hashInput: ContentHashInput = {
    title: spec.title,
    validFrom: date(spec.validFrom),
    validTo: date(spec.validTo),
    substances: spec.substances,
    nationalStrategyId: strategy.id,
    changeSummary: spec.changeSummary,
    focusAreas: [],
  };
  const hashAreas: ContentHashInput["focusAreas"][number][] = [];

  spec.focusAreas.forEach((area, areaIndex) => {
    const focusAreaId = randomUUID();
    const areaKey = demoStableKey(`${keyPrefix}/focus-area/${area.key}`);
    focusAreaRows.push({ id: focusAreaId, versionId, stableKey: areaKey, position: areaIndex + 1, title: area.title, description: area.description });
    for (const goalNumber of area.goalNumbers) {
      goalLinks.push({ focusAreaId, goalId: required(strategy.goalIdByNumber, goalNumber, `mål i ${strategy.slug}`) });
    }
    const hashItems: ContentHashInput["focusAreas"][number]["items"][number][] = [];

    area.items.forEach((item, itemIndex) => {
      const itemId = randomUUID();
      const row = {
        id: itemId,
        versionId,
        focusAreaId,
        stableKey: demoStableKey(`${keyPrefix}/item/${item.key}`),
        number: `${areaIndex + 1}.${itemIndex + 1}`,
        position: itemIndex + 1,
        title: item.title,
        description: item.description,
        timeframeKind: item.timeframe.kind,
        startYear: item.timeframe.kind === "YEARS" ? item.timeframe.from : null,
        endYear: item.timeframe.kind === "YEARS" ? item.timeframe.to : null,
        startDate: item.timeframe.kind === "DATES" ? date(item.timeframe.from) : null,
        endDate: item.timeframe.kind === "DATES" ? date(item.timeframe.to) : null,
        followUpText: item.followUp,
      };
      itemRows.push(row);

      const itemLinks = organisationLinks(item).map((link) => ({ itemId, organisationId: organisationId(link.slug), role: link.role, lead: link.lead }));
      links.push(...itemLinks);

      const itemIndicators = item.indicators.map((indicator, indicatorIndex) => ({
        id: randomUUID(),
        itemId,
        stableKey: demoStableKey(`${keyPrefix}/indicator/${item.key}/${indicator.key}`),
        position: indicatorIndex + 1,
        name: indicator.name,
        unit: indicator.unit,
        baseline: indicator.baseline,
        baselineYear: indicator.baselineYear,
        target: indicator.target,
        targetYear: indicator.targetYear,
        dataSource: indicator.dataSource,
      }));
      indicatorRows.push(...itemIndicators);

      hashItems.push({ ...row, organisations: itemLinks, indicators: itemIndicators });
    });

    hashAreas.push({ stableKey: areaKey, position: areaIndex + 1, title: area.title, description: area.description, goalNumbers: area.goalNumbers, items: hashItems });
  });

  // Parents before children, each table in one statement.
  await tx.focusArea.createMany({ data: focusAreaRows });
  if (goalLinks.length > 0) await tx.focusAreaGoal.createMany({ data: goalLinks });
  await tx.actionItem.createMany({ data: itemRows });
  await tx.actionItemOrganisation.createMany({ data: links });
  if (indicatorRows.length > 0) await tx.indicator.createMany({ data: indicatorRows });

  return { id: versionId, itemCount: itemRows.length, contentHash: computeContentHash({ ...hashInput, focusAreas: hashAreas }) };
}

/** Lead first, then the other responsible organisations, then partners; one role per organisation. */
function organisationLinks(item: ItemSpec): { slug: string; role: "RESPONSIBLE" | "PARTNER"; lead: true | null }[] {
  const links = [
    { slug: item.lead, role: "RESPONSIBLE" as const, lead: true as const },
    ...item.responsible.map((slug) => ({ slug, role: "RESPONSIBLE" as const, lead: null })),
    ...item.partners.map((slug) => ({ slug, role: "PARTNER" as const, lead: null })),
  ];
  const seen = new Set<string>();
  for (const link of links) {
    if (seen.has(link.slug)) throw new Error(`Seed: ${link.slug} förekommer två gånger i åtgärden "${item.title}"`);
    seen.add(link.slug);
  }
  return links;
}

/**
 * Takes a DRAFT version through endorsement, ratification and publication with the recorded
 * decisions. Each step is a compare-and-set on the previous status, like the app's mutations.
 */
export async function publishVersion(
  context: WriterContext,
  version: WrittenVersion,
  publication: PublicationSpec,
): Promise<void> {
  const { tx } = context;
  await advance(tx, version.id, "DRAFT", {
    status: "ENDORSEMENT",
    contentHash: version.contentHash,
    endorsementRound: 1,
    frozenAt: new Date(publication.frozenAt),
  });

  await tx.endorsement.createMany({
    data: publication.endorsements.map((endorsement) => ({
      versionId: version.id,
      organisationId: required(context.organisationIdBySlug, endorsement.organisationSlug, "organisation"),
      round: 1,
      current: true,
      required: true,
      status: endorsement.status,
      decisionBody: endorsement.decisionBody,
      decisionDate: date(endorsement.decisionDate),
      paragraph: endorsement.paragraph,
      diarienummer: endorsement.diarienummer,
      reservation: endorsement.reservation ?? null,
      // Recorded in the system the morning after the decision.
      decidedAt: new Date(date(endorsement.decisionDate).getTime() + 33 * 60 * 60 * 1000),
    })),
  });

  await advance(tx, version.id, "ENDORSEMENT", {
    status: "RATIFIED",
    ratifiedAt: new Date(`${publication.ratificationDate}T14:00:00.000Z`),
    ratificationBody: publication.ratificationBody,
    ratificationDate: date(publication.ratificationDate),
    ratificationDnr: publication.ratificationDnr,
  });
  await advance(tx, version.id, "RATIFIED", { status: "PUBLISHED", publishedAt: new Date(publication.publishedAt) });
  // As the app's publishVersion does: the version's actions join the follow-up roll-up.
  await refreshActionStates(tx, context.programmeId);
}

async function advance(
  tx: Tx,
  versionId: string,
  from: "DRAFT" | "ENDORSEMENT" | "RATIFIED",
  data: Prisma.ProgrammeVersionUpdateManyMutationInput,
): Promise<void> {
  const result = await tx.programmeVersion.updateMany({ where: { id: versionId, status: from }, data });
  if (result.count !== 1) throw new Error(`Seed: version ${versionId} var inte i status ${from}`);
}
