import { readFileSync } from "node:fs";
import { z } from "zod";

/*
 * The reference files in prisma/reference/ are copies of the shared research data: every text in
 * them carries its verification label, and best-knowledge texts live only there, never in code.
 * They are parsed with zod so that an edit that breaks their shape stops the seed with a message
 * naming the field instead of writing half a county.
 */

const verificationLabel = z.enum(["verified", "partially-verified", "best-knowledge"]);
export type VerificationLabel = z.infer<typeof verificationLabel>;

const swedenSchema = z.object({
  about: z.string(),
  counties: z
    .array(
      z.object({
        code: z.string().regex(/^\d{2}$/),
        isoCode: z.string().regex(/^SE-[A-Z]{1,2}$/),
        name: z.string().min(1),
        shortName: z.string().min(1),
        lansstyrelseName: z.string().min(1),
        regionOrganisation: z.string().min(1),
        policeRegionId: z.string().min(1),
        municipalityCount: z.number().int().positive(),
      }),
    )
    .length(21),
  municipalities: z
    .array(
      z.object({
        code: z.string().regex(/^\d{4}$/),
        name: z.string().min(1),
        nameWithKommun: z.string().min(1),
        countyCode: z.string().regex(/^\d{2}$/),
      }),
    )
    .length(290),
  policeRegions: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        countyCodes: z.array(z.string()),
        seatBestKnowledge: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .length(7),
});
export type SwedenReference = z.infer<typeof swedenSchema>;

const goalSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
  shortLabel: z.string().min(1).optional(),
  titleVerification: verificationLabel,
  titleSource: z.string().optional(),
  titleEn: z.string().min(1).optional(),
  shortLabelEn: z.string().min(1).optional(),
  titleEnVerification: verificationLabel.optional(),
  prioritisedGoals: z
    .array(
      z.object({
        number: z.string().min(1),
        title: z.string().min(1),
        verification: verificationLabel,
        titleEn: z.string().min(1).optional(),
        titleEnVerification: verificationLabel.optional(),
      }),
    )
    .optional(),
});

const strategySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The English title for /en, labelled like the sources: who translated it and how sure it is. */
  english: z.object({ title: z.string().min(1), shortTitle: z.string().min(1), verification: verificationLabel, source: z.string().min(1) }).optional(),
  documentType: z.string().optional(),
  documentRef: z.string().min(1),
  decidedByGovernment: z.iso.date().optional(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  scope: z.array(z.string()).optional(),
  overarchingGoal: z
    .object({
      text: z.string().min(1),
      source: z.string().optional(),
      verification: verificationLabel,
      /** English for /en, labelled like the goals' titleEn. */
      textEn: z.string().min(1).optional(),
      textEnVerification: verificationLabel.optional(),
      note: z.string().optional(),
    })
    .optional(),
  zeroVision: z.string().optional(),
  longTermGoals: z.array(goalSchema).optional(),
  source: z.string().optional(),
});

const nationalStrategiesSchema = z.object({
  about: z.string(),
  strategies: z.array(strategySchema),
});
export type NationalStrategyReference = z.infer<typeof strategySchema>;

const shortLabelsSchema = z.object({
  about: z.string(),
  verification: verificationLabel,
  strategies: z.record(z.string(), z.record(z.string(), z.string().min(1))),
});

export type ReferenceData = {
  sweden: SwedenReference;
  strategies: NationalStrategyReference[];
  /** Short labels for goals that the national file lacks, keyed by strategy id then goal number. */
  shortLabels: Record<string, Record<string, string>>;
};

function readJson(fileName: string): unknown {
  const text = readFileSync(new URL(`../reference/${fileName}`, import.meta.url), "utf8");
  return JSON.parse(text);
}

function parseFile<T>(fileName: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(readJson(fileName));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`prisma/reference/${fileName}: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "ogiltigt innehåll"}`);
}

export function loadReferenceData(): ReferenceData {
  const sweden = parseFile("sweden.json", swedenSchema);
  const national = parseFile("national-strategies.json", nationalStrategiesSchema);
  const shortLabels = parseFile("short-labels.json", shortLabelsSchema);
  return { sweden, strategies: national.strategies, shortLabels: shortLabels.strategies };
}
