// Programmes the public-site specs arrange in the e2e database, each in a county that no other spec
// uses (Gotland, Jämtland), through the same factories as the integration tests.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client.ts";
import { computeContentHash, type ContentHashInput } from "../../lib/programmes/content-hash.ts";
import { createOrganisation, createProgrammeVersion, createUser, setVersionStatus, type FocusAreaSpec } from "../factories/index.ts";
import { e2ePaths } from "./paths";

export function openDatabase(): PrismaClient {
  const url = readFileSync(e2ePaths.databaseUrlFile, "utf8").trim();
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Next's key for on-demand revalidation (x-prerender-revalidate): renders a cached page anew. */
export function previewModeId(): string {
  const manifest: unknown = JSON.parse(readFileSync(path.resolve(".next", "prerender-manifest.json"), "utf8"));
  if (typeof manifest === "object" && manifest !== null && "preview" in manifest) {
    const preview = manifest.preview;
    if (typeof preview === "object" && preview !== null && "previewModeId" in preview && typeof preview.previewModeId === "string") {
      return preview.previewModeId;
    }
  }
  throw new Error("no previewModeId in .next/prerender-manifest.json");
}

export async function readContent(db: PrismaClient, versionId: string): Promise<ContentHashInput> {
  const version = await db.programmeVersion.findUniqueOrThrow({
    where: { id: versionId },
    include: {
      focusAreas: {
        include: {
          goals: { include: { goal: { select: { number: true } } } },
          items: { include: { organisations: true, indicators: true } },
        },
      },
    },
  });
  return {
    ...version,
    focusAreas: version.focusAreas.map((area) => ({ ...area, goalNumbers: area.goals.map((g) => g.goal.number) })),
  };
}

export type ArrangedProgramme = {
  countySlug: string;
  programmeSlug: string;
  programmeId: string;
  nationalStrategySlug: string;
  organisationSlugs: string[];
  versions: { id: string; number: number }[];
};

/**
 * A programme in the county with SCB code `countyCode`, with versions in the given statuses
 * (content written while DRAFT, as the app does), each with the content `focusAreas(n)` gives.
 */
export async function arrangeProgramme(
  db: PrismaClient,
  input: {
    countyCode: string;
    title: string;
    statuses: readonly ("DRAFT" | "ENDORSEMENT" | "RATIFIED" | "PUBLISHED" | "SUPERSEDED")[];
    focusAreas: (versionNumber: number, organisations: { lead: string; partner: string }) => FocusAreaSpec[];
    /** Decisions on a version while it awaits them (the database refuses new ones once it is ratified). */
    endorse?: (version: { id: string; number: number }, organisations: { lead: string; partner: string }) => Promise<void>;
  },
): Promise<ArrangedProgramme> {
  const county = await db.county.findUniqueOrThrow({ where: { code: input.countyCode } });
  const strategy = await db.nationalStrategy.findUniqueOrThrow({ where: { slug: "andts-2022-2025" }, include: { goals: { orderBy: { number: "asc" } } } });
  const suffix = randomUUID().slice(0, 8);
  const lead = await createOrganisation(db, { countyId: county.id, kind: "MUNICIPALITY", name: `Provkommun ${suffix}`, slug: `provkommun-${suffix}` });
  const partner = await createOrganisation(db, { countyId: county.id, kind: "REGION", name: `Provregion ${suffix}`, slug: `provregion-${suffix}` });
  const regional = await db.regionalStrategy.create({
    data: {
      countyId: county.id,
      slug: `strategi-${suffix}`,
      title: `Regional ANDTS-strategi ${suffix}`,
      validFrom: new Date("2024-01-01"),
      validTo: new Date("2030-12-31"),
      nationalStrategyId: strategy.id,
    },
  });
  const programme = await db.actionProgramme.create({
    data: { countyId: county.id, regionalStrategyId: regional.id, slug: `program-${suffix}`, title: input.title },
  });
  const versions: { id: string; number: number }[] = [];
  for (const [index, status] of input.statuses.entries()) {
    const number = index + 1;
    const fixture = await createProgrammeVersion(db, {
      programmeId: programme.id,
      status: "DRAFT",
      title: `${input.title}, version ${number}`,
      validFrom: new Date("2024-01-01"),
      validTo: new Date("2030-12-31"),
      changeSummary: number === 1 ? "" : `Revidering ${number}`,
      focusAreas: input.focusAreas(number, { lead: lead.id, partner: partner.id }),
    });
    // The real content hash, recorded on the way through ENDORSEMENT (the database writes it once).
    if (status !== "DRAFT") {
      const contentHash = computeContentHash(await readContent(db, fixture.version.id));
      if (input.endorse !== undefined) {
        await setVersionStatus(db, fixture.version.id, "ENDORSEMENT", { contentHash });
        await input.endorse({ id: fixture.version.id, number }, { lead: lead.id, partner: partner.id });
      }
      await setVersionStatus(db, fixture.version.id, status, { contentHash });
    }
    versions.push({ id: fixture.version.id, number });
  }
  return {
    countySlug: county.slug,
    programmeSlug: programme.slug,
    programmeId: programme.id,
    nationalStrategySlug: strategy.slug,
    organisationSlugs: [lead.slug, partner.slug],
    versions,
  };
}

/** The goals of ANDTS 2022–2025 by number (focus areas link to them). */
export async function goalIds(db: PrismaClient): Promise<Map<number, string>> {
  const goals = await db.longTermGoal.findMany({ where: { strategy: { slug: "andts-2022-2025" } } });
  return new Map(goals.map((goal) => [goal.number, goal.id]));
}

export { createOrganisation, createUser };
