import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommentsDraftView } from "@/components/comments/comments-draft-view";
import { loadCommentsDraft, loadCommentVersion } from "@/lib/comments/loaders";
import { parseVersionRoute } from "@/lib/programmes/schema";

type Props = { params: Promise<{ programmeId: string; number: string }> };

async function load({ params }: Props) {
  const route = parseVersionRoute(await params);
  return route === null ? null : loadCommentsDraft(route.programmeId, route.number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = parseVersionRoute(await params);
  const version = route === null ? null : await loadCommentVersion(route.programmeId, route.number);
  if (version === null) return {};
  const t = await getTranslations("comments");
  return { title: `${t("draftTitle")} – ${version.programmeTitle}, version ${version.number}` };
}

export default async function CommentsDraftPage(props: Props) {
  const page = await load(props);
  if (page === null) notFound();
  return <CommentsDraftView page={page} />;
}
