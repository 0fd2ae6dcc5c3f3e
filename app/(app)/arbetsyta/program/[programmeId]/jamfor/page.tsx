import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DiffPageView } from "@/components/programmes/diff-page-view";
import { loadVersionDiff } from "@/lib/programmes/loaders";
import { diffSearchParamsSchema, programmeIdParamSchema } from "@/lib/programmes/schema";

type Props = {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diff"))("title") };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const [{ programmeId }, query] = await Promise.all([params, searchParams]);
  const id = programmeIdParamSchema.safeParse(programmeId);
  if (!id.success) notFound();
  const page = await loadVersionDiff(id.data, diffSearchParamsSchema.parse(query));
  if (page === null) notFound();
  return <DiffPageView page={page} />;
}
