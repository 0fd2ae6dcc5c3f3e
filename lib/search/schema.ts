import { z } from "zod";

/** Longest query we run: full-text search of a few words, not a document. */
export const searchQueryMaxLength = 200;

export const validityFilters = ["ALL", "IN_FORCE", "EXPIRED"] as const;
export const versionScopes = ["CURRENT", "ALL"] as const;

const optionalSlug = z
  .string()
  .trim()
  .max(200)
  .regex(/^[a-z0-9-]*$/)
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .catch(null);

/** "andts-2022-2025:3": a long-term goal by its strategy's slug and its number. */
const goalFilter = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]+:[0-9]{1,2}$/)
  .transform((value) => {
    const [strategySlug = "", number = "0"] = value.split(":");
    return { strategySlug, number: Number(number) };
  })
  .nullable()
  .catch(null);

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The search form's query string. Anything malformed falls back to "no filter" rather than an
 * error: a search page answers every URL.
 */
export const searchParamsSchema = z.object({
  q: z.preprocess(single, z.string().trim().max(searchQueryMaxLength).catch("").default("")),
  lan: z.preprocess(single, optionalSlug.default(null)),
  organisation: z.preprocess(single, optionalSlug.default(null)),
  mal: z.preprocess(single, goalFilter.default(null)),
  giltighet: z.preprocess(single, z.enum(validityFilters).catch("ALL").default("ALL")),
  versioner: z.preprocess(single, z.enum(versionScopes).catch("CURRENT").default("CURRENT")),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;
