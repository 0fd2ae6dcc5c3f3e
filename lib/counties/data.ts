import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isPublic } from "@/lib/programmes/lifecycle";
import { publicProgrammeWhere, publicVersionWhere } from "@/lib/programmes/data";
import type { CountyWithPublicProgrammes, PublicProgrammeSummary } from "@/lib/counties/types";

const countyOverviewSelect = {
  id: true,
  slug: true,
  name: true,
  programmes: {
    where: publicProgrammeWhere(),
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      isExample: true,
      versions: {
        where: publicVersionWhere(),
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, status: true, validFrom: true, validTo: true, isExample: true },
      },
    },
  },
} satisfies Prisma.CountySelect;

/** Every county (by SCB code) with its programmes that have a public version, newest public version each. */
export async function listCountiesWithPublicProgrammes(): Promise<CountyWithPublicProgrammes[]> {
  const counties = await getDb().county.findMany({ orderBy: { code: "asc" }, select: countyOverviewSelect });
  return counties.map((county) => ({
    id: county.id,
    slug: county.slug,
    name: county.name,
    programmes: county.programmes.flatMap((programme): PublicProgrammeSummary[] => {
      const version = programme.versions[0];
      // The where-builder already filters; the guard narrows the status type for the view.
      if (version === undefined || !isPublic(version.status)) return [];
      return [
        {
          id: programme.id,
          slug: programme.slug,
          title: programme.title,
          isExample: programme.isExample || version.isExample,
          latestVersion: {
            number: version.number,
            status: version.status,
            validFrom: version.validFrom,
            validTo: version.validTo,
          },
        },
      ];
    }),
  }));
}
