import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditPageView } from "@/components/audit/audit-page-view";
import { loadProgrammeAudit } from "@/lib/programmes/loaders";
import { auditSearchParamsSchema, programmeIdParamSchema } from "@/lib/programmes/schema";

type Props = {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const [{ programmeId }, query] = await Promise.all([params, searchParams]);
  const id = programmeIdParamSchema.safeParse(programmeId);
  if (!id.success) notFound();
  const page = await loadProgrammeAudit(id.data, auditSearchParamsSchema.parse(query));
  if (page === null) notFound();
  return <AuditPageView page={page} />;
}
