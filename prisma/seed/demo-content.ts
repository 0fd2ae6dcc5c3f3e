import { demoAccounts } from "./demo-accounts";
import { seedDraftReview } from "./demo-review";
import { seedAndtFollowUp, seedYouthFollowUp, youthProgramme, youthPublication, youthStrategy, youthVersion1 } from "./demo-follow-up";
import { KRONOBERG_COUNTY_CODE, kronobergProgramme, kronobergPublicationV1, kronobergStrategy, kronobergVersion1 } from "./demo-kronoberg";
import {
  SODERMANLAND_COUNTY_CODE,
  sodermanlandProgramme,
  sodermanlandPublicationV1,
  sodermanlandStrategy,
  sodermanlandVersion1,
  sodermanlandVersion2,
} from "./demo-sodermanland";
import type { Geography, SeededCounty } from "./geography";
import type { SeededStrategies } from "./national-strategies";
import type { SeededOrganisations } from "./organisations";
import { itemNumbers, publishVersion, writeDraftVersion, type WriterContext } from "./programme-writer";
import { date, required, type Tx } from "./sync";

export type DemoResult = {
  /** Stories created in this run; empty when all demo content already existed. */
  createdStories: string[];
  createdUsers: number;
  createdMemberships: number;
};

type DemoContext = {
  tx: Tx;
  geography: Geography;
  organisations: SeededOrganisations;
  strategies: SeededStrategies;
  log: (line: string) => void;
};

/**
 * Demo users and the two county stories. Each piece is created only when it is missing and never
 * updated afterwards: a coordinator may have edited the demo draft, and a reseed must not undo that.
 */
export async function seedDemoContent(context: DemoContext): Promise<DemoResult> {
  const users = await seedDemoUsers(context);
  const createdStories: string[] = [];
  if (await seedSodermanland(context)) createdStories.push("sodermanland");
  if (await seedKronoberg(context)) createdStories.push("kronoberg");
  if (await seedFollowUp(context)) createdStories.push("uppfoljning");

  if (createdStories.length > 0 || users.createdUsers > 0 || users.createdMemberships > 0) {
    await context.tx.auditEvent.create({
      data: {
        action: "seed.demo",
        entityType: "seed",
        entityId: "demo",
        after: { stories: createdStories, users: users.createdUsers, memberships: users.createdMemberships },
        meta: { source: "prisma/seed", isExample: true },
      },
    });
  }
  return { createdStories, ...users };
}

async function seedDemoUsers({ tx, organisations }: DemoContext): Promise<{ createdUsers: number; createdMemberships: number }> {
  const emails = [...new Set(demoAccounts.map((account) => account.email.toLowerCase()))];
  const existing = await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const existingEmails = new Set(existing.map((user) => user.email));
  const missing = emails.filter((email) => !existingEmails.has(email));
  if (missing.length > 0) {
    await tx.user.createMany({
      data: missing.map((email) => ({
        email,
        name: demoAccounts.find((account) => account.email.toLowerCase() === email)?.name ?? null,
        isDemo: true,
      })),
    });
  }

  const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const userIdByEmail = new Map(users.map((user) => [user.email, user.id]));
  const memberships = await tx.membership.createMany({
    data: demoAccounts.map((account) => ({
      userId: required(userIdByEmail, account.email.toLowerCase(), "demoanvändare"),
      organisationId: required(organisations.idBySlug, account.organisationSlug, "organisation"),
      role: account.role,
    })),
    // The unique (user, organisation, role) makes an existing membership a no-op.
    skipDuplicates: true,
  });
  return { createdUsers: missing.length, createdMemberships: memberships.count };
}

function findCounty(context: DemoContext, code: string): SeededCounty {
  return required(context.geography.countiesByCode, code, "län");
}

function writerContext(context: DemoContext, countyId: string, programmeId: string, keyPrefix: string): WriterContext {
  return {
    tx: context.tx,
    countyId,
    programmeId,
    keyPrefix,
    organisationIdBySlug: context.organisations.idBySlug,
    strategies: context.strategies,
  };
}

/** Returns true when the story was created in this run. */
async function seedSodermanland(context: DemoContext): Promise<boolean> {
  const { tx } = context;
  const county = findCounty(context, SODERMANLAND_COUNTY_CODE);
  const exists = await tx.regionalStrategy.findUnique({
    where: { countyId_slug: { countyId: county.id, slug: sodermanlandStrategy.slug } },
    select: { id: true },
  });
  if (exists) return false;

  const strategy = await tx.regionalStrategy.create({
    data: {
      countyId: county.id,
      slug: sodermanlandStrategy.slug,
      title: sodermanlandStrategy.title,
      validFrom: date(sodermanlandStrategy.validFrom),
      validTo: date(sodermanlandStrategy.validTo),
      nationalStrategyId: required(context.strategies, sodermanlandStrategy.nationalStrategySlug, "nationell strategi").id,
      overarchingText: sodermanlandStrategy.overarchingText,
      isExample: true,
      createdAt: new Date(sodermanlandStrategy.createdAt),
    },
    select: { id: true },
  });
  const { extension } = sodermanlandStrategy;
  await tx.strategyExtension.create({
    data: {
      regionalStrategyId: strategy.id,
      newValidTo: date(extension.newValidTo),
      decisionBody: extension.decisionBody,
      decisionDate: date(extension.decisionDate),
      diarienummer: extension.diarienummer,
      createdAt: new Date(extension.createdAt),
    },
  });

  const programme = await tx.actionProgramme.create({
    data: {
      countyId: county.id,
      regionalStrategyId: strategy.id,
      slug: sodermanlandProgramme.slug,
      title: sodermanlandProgramme.title,
      isExample: true,
      createdAt: new Date(sodermanlandProgramme.createdAt),
    },
    select: { id: true },
  });

  const writer = writerContext(context, county.id, programme.id, `${county.slug}/${sodermanlandProgramme.slug}`);
  const numbersV1 = itemNumbers(sodermanlandVersion1);
  const version1 = await writeDraftVersion(writer, sodermanlandVersion1, null);
  await publishVersion(writer, version1, sodermanlandPublicationV1((key) => required(numbersV1, key, "åtgärd i version 1")));
  const version2 = await writeDraftVersion(writer, sodermanlandVersion2, version1.id);
  await seedDraftReview(tx, { id: version2.id, countyId: county.id, programmeId: programme.id });
  context.log(`  Södermanland: version 1 publicerad (${version1.itemCount} åtgärder), version 2 utkast (${version2.itemCount} åtgärder)`);
  return true;
}

async function seedKronoberg(context: DemoContext): Promise<boolean> {
  const { tx } = context;
  const county = findCounty(context, KRONOBERG_COUNTY_CODE);
  const exists = await tx.regionalStrategy.findUnique({
    where: { countyId_slug: { countyId: county.id, slug: kronobergStrategy.slug } },
    select: { id: true },
  });
  if (exists) return false;

  const strategy = await tx.regionalStrategy.create({
    data: {
      countyId: county.id,
      slug: kronobergStrategy.slug,
      title: kronobergStrategy.title,
      validFrom: date(kronobergStrategy.validFrom),
      validTo: date(kronobergStrategy.validTo),
      nationalStrategyId: required(context.strategies, kronobergStrategy.nationalStrategySlug, "nationell strategi").id,
      overarchingText: kronobergStrategy.overarchingText,
      isExample: true,
      createdAt: new Date(kronobergStrategy.createdAt),
    },
    select: { id: true },
  });
  const programme = await tx.actionProgramme.create({
    data: {
      countyId: county.id,
      regionalStrategyId: strategy.id,
      slug: kronobergProgramme.slug,
      title: kronobergProgramme.title,
      isExample: true,
      createdAt: new Date(kronobergProgramme.createdAt),
    },
    select: { id: true },
  });

  const writer = writerContext(context, county.id, programme.id, `${county.slug}/${kronobergProgramme.slug}`);
  const version1 = await writeDraftVersion(writer, kronobergVersion1, null);
  await publishVersion(writer, version1, kronobergPublicationV1);
  context.log(`  Kronoberg: version 1 publicerad (${version1.itemCount} åtgärder)`);
  return true;
}

/**
 * Follow-up demo (prisma/seed/demo-follow-up.ts): reports on Södermanland's published programme and
 * a second Södermanland programme whose 2024 period is open. Returns true when created in this run.
 */
async function seedFollowUp(context: DemoContext): Promise<boolean> {
  const { tx } = context;
  const county = findCounty(context, SODERMANLAND_COUNTY_CODE);
  const exists = await tx.regionalStrategy.findUnique({ where: { countyId_slug: { countyId: county.id, slug: youthStrategy.slug } }, select: { id: true } });
  if (exists) return false;
  const reviewer = await tx.user.findUnique({ where: { email: "samordnare@lansstyrelsen-sodermanland.example" }, select: { id: true } });

  const andt = await tx.actionProgramme.findUnique({
    where: { countyId_slug: { countyId: county.id, slug: sodermanlandProgramme.slug } },
    select: { id: true, versions: { where: { number: 1 }, select: { id: true } } },
  });
  const andtVersion = andt?.versions[0];
  const andtReports = andt === null || andtVersion === undefined ? 0 : await seedAndtFollowUp(tx, andt.id, andtVersion.id, reviewer?.id ?? null);

  const strategy = await tx.regionalStrategy.create({
    data: {
      countyId: county.id,
      slug: youthStrategy.slug,
      title: youthStrategy.title,
      validFrom: date(youthStrategy.validFrom),
      validTo: date(youthStrategy.validTo),
      nationalStrategyId: required(context.strategies, youthStrategy.nationalStrategySlug, "nationell strategi").id,
      overarchingText: youthStrategy.overarchingText,
      isExample: true,
      createdAt: new Date(youthStrategy.createdAt),
    },
    select: { id: true },
  });
  const programme = await tx.actionProgramme.create({
    data: {
      countyId: county.id,
      regionalStrategyId: strategy.id,
      slug: youthProgramme.slug,
      title: youthProgramme.title,
      isExample: true,
      createdAt: new Date(youthProgramme.createdAt),
    },
    select: { id: true },
  });
  const writer = writerContext(context, county.id, programme.id, `${county.slug}/${youthProgramme.slug}`);
  const version = await writeDraftVersion(writer, youthVersion1, null);
  await publishVersion(writer, version, youthPublication);
  const youthReports = await seedYouthFollowUp(tx, programme.id, version.id, context.organisations.idBySlug, reviewer?.id ?? null);
  context.log(`  Uppföljning: ${andtReports} rapporter 2018–2021 i Södermanlands ANDT-program; ungdomsplanen publicerad (${version.itemCount} åtgärder), 2024 öppen med ${youthReports} rapporter`);
  return true;
}
