import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VersionPageView } from "@/components/programmes/version-page-view";
import { loadUnresolvedCounts } from "@/lib/comments/loaders";
import { loadVersionPage } from "@/lib/programmes/loaders";
import { parseVersionRoute, versionSearchParamsSchema } from "@/lib/programmes/schema";

type Props = {
  params: Promise<{ programmeId: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params }: Props) {
  const route = parseVersionRoute(await params);
  return route === null ? null : loadVersionPage(route.programmeId, route.number);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  if (page === null) return {};
  const t = await getTranslations("versions");
  return { title: t("title", { title: page.programme.title, number: page.version.number }) };
}

async function loadComments({ params }: Props) {
  const route = parseVersionRoute(await params);
  return route === null ? null : loadUnresolvedCounts(route.programmeId, route.number);
}

export default async function VersionPage(props: Props) {
  const [page, query, comments] = await Promise.all([load(props), props.searchParams, loadComments(props)]);
  if (page === null) notFound();
  const { aterkalla } = versionSearchParamsSchema.parse(query);
  return <VersionPageView page={page} confirmWithdraw={aterkalla} unresolvedComments={comments?.total ?? null} />;
}
