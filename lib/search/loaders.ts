import "server-only";
import { cache } from "react";
import { findSearchFilterOptions, searchPublished } from "@/lib/search/data";
import { searchParamsSchema, type SearchParams } from "@/lib/search/schema";
import type { SearchFilterOptions, SearchResults } from "@/lib/search/types";

/** Public, no session. Parses the query string (never fails: bad input means no filter). */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  return searchParamsSchema.parse(raw);
}

export async function loadSearchResults(params: SearchParams): Promise<SearchResults> {
  return searchPublished(params, new Date());
}

export const loadSearchFilterOptions = cache(async (): Promise<SearchFilterOptions> => findSearchFilterOptions());
