import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CoordinatorFollowUpView } from "@/components/follow-up/coordinator-follow-up-view";
import { loadCoordinatorFollowUp } from "@/lib/follow-up/loaders";
import { followUpDoneSchema, programmeYearParamSchema } from "@/lib/follow-up/schema";
import { programmeIdParamSchema } from "@/lib/programmes/schema";

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<{ ar?: string | string[]; klart?: string | string[] }> };

async function load({ params, searchParams }: Props) {
  const id = programmeIdParamSchema.safeParse((await params).programmeId);
  const year = programmeYearParamSchema.safeParse((await searchParams).ar);
  return id.success ? loadCoordinatorFollowUp(id.data, year.success ? year.data : null) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  return page === null ? {} : { title: (await getTranslations("followUp"))("coordinatorTitle", { programme: page.programme.title }) };
}

export default async function ProgrammeFollowUpPage(props: Props) {
  const page = await load(props);
  if (page === null) notFound();
  return <CoordinatorFollowUpView page={page} done={followUpDoneSchema.parse((await props.searchParams).klart)} />;
}
