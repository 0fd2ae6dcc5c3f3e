import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgrammeOverviewView } from "@/components/programmes/programme-overview-view";
import { loadProgrammeOverview } from "@/lib/programmes/loaders";
import { programmeIdParamSchema } from "@/lib/programmes/schema";

type Props = { params: Promise<{ programmeId: string }> };

async function load({ params }: Props) {
  const id = programmeIdParamSchema.safeParse((await params).programmeId);
  return id.success ? loadProgrammeOverview(id.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const overview = await load(props);
  return overview === null ? {} : { title: overview.title };
}

export default async function ProgrammePage(props: Props) {
  const overview = await load(props);
  if (overview === null) notFound();
  return <ProgrammeOverviewView overview={overview} />;
}
