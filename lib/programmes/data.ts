import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { publicStatuses } from "@/lib/programmes/lifecycle";

/**
 * The one public where-builder: every public read of programme versions filters through it, so a
 * draft can never reach a public page by a forgotten condition.
 */
export function publicVersionWhere(): Prisma.ProgrammeVersionWhereInput {
  return { status: { in: [...publicStatuses] } };
}

/** Programmes that have at least one public version. */
export function publicProgrammeWhere(): Prisma.ActionProgrammeWhereInput {
  return { versions: { some: publicVersionWhere() } };
}
