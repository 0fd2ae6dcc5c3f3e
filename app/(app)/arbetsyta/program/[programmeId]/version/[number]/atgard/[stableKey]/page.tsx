import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionItemEditor } from "@/components/action-items/action-item-editor";
import { ItemCommentsSection } from "@/components/comments/item-comments-section";
import { loadActionItemEditor } from "@/lib/action-items/loaders";
import { itemRouteSchema } from "@/lib/action-items/schema";
import { loadItemComments } from "@/lib/comments/loaders";

type Props = { params: Promise<{ programmeId: string; number: string; stableKey: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = itemRouteSchema.safeParse(await params);
  const t = await getTranslations("items");
  if (!route.success) return { title: t("newTitle") };
  const view = await loadActionItemEditor(route.data.programmeId, route.data.number, route.data.stableKey);
  return { title: view === null ? t("newTitle") : `${t("pageTitle", { number: view.item.content.number })}: ${view.item.content.title}` };
}

export default async function ActionItemPage({ params }: Props) {
  const route = itemRouteSchema.safeParse(await params);
  if (!route.success) notFound();
  const [view, comments] = await Promise.all([
    loadActionItemEditor(route.data.programmeId, route.data.number, route.data.stableKey),
    loadItemComments(route.data.programmeId, route.data.number, route.data.stableKey),
  ]);
  if (view === null) notFound();
  return (
    <>
      <ActionItemEditor view={view} />
      {comments !== null && <ItemCommentsSection comments={comments} />}
    </>
  );
}
