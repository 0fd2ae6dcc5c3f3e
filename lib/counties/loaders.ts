import "server-only";
import { cache } from "react";
import { listCountiesWithPublicProgrammes } from "@/lib/counties/data";
import type { CountyWithPublicProgrammes } from "@/lib/counties/types";

/** Public: no session. Every county with its published (or superseded) programmes. */
export const loadPublicCountyOverview = cache(async (): Promise<CountyWithPublicProgrammes[]> => {
  return listCountiesWithPublicProgrammes();
});
