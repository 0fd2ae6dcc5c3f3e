import type { PublicStatus } from "@/lib/programmes/lifecycle";

/** A programme as the public county overview lists it: its newest public version. */
export type PublicProgrammeSummary = {
  id: string;
  slug: string;
  title: string;
  isExample: boolean;
  latestVersion: {
    number: number;
    status: PublicStatus;
    validFrom: Date;
    validTo: Date;
  };
};

export type CountyWithPublicProgrammes = {
  id: string;
  slug: string;
  name: string;
  programmes: readonly PublicProgrammeSummary[];
};
