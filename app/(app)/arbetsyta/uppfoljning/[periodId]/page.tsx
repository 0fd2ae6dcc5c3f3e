import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReportPageView } from "@/components/follow-up/report-page-view";
import { loadReportForm } from "@/lib/follow-up/loaders";
import { periodIdParamSchema } from "@/lib/follow-up/schema";

type Props = { params: Promise<{ periodId: string }>; searchParams: Promise<{ organisation?: string | string[] }> };

async function load({ params, searchParams }: Props) {
  const periodId = periodIdParamSchema.safeParse((await params).periodId);
  const organisation = periodIdParamSchema.safeParse((await searchParams).organisation);
  return periodId.success ? loadReportForm(periodId.data, organisation.success ? organisation.data : null) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const form = await load(props);
  return form === null ? {} : { title: `${(await getTranslations("followUp"))("formTitle", { year: form.year })}: ${form.programme.title}` };
}

export default async function ReportPage(props: Props) {
  const form = await load(props);
  if (form === null) notFound();
  return <ReportPageView form={form} />;
}
