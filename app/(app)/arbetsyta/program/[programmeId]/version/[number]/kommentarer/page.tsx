import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommentsPageView } from "@/components/comments/comments-page-view";
import { loadCommentsPage, loadCommentVersion } from "@/lib/comments/loaders";
import { parseCommentFilter } from "@/lib/comments/schema";
import { parseVersionRoute } from "@/lib/programmes/schema";

type Props = {
  params: Promise<{ programmeId: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = parseVersionRoute(await params);
  const version = route === null ? null : await loadCommentVersion(route.programmeId, route.number);
  if (version === null) return {};
  const t = await getTranslations("comments");
  return { title: t("pageTitle", { title: version.programmeTitle, number: version.number }) };
}

export default async function CommentsPage({ params, searchParams }: Props) {
  const [route, query] = await Promise.all([params, searchParams]);
  const parsed = parseVersionRoute(route);
  const page = parsed === null ? null : await loadCommentsPage(parsed.programmeId, parsed.number, parseCommentFilter(query));
  if (page === null) notFound();
  return <CommentsPageView page={page} />;
}
