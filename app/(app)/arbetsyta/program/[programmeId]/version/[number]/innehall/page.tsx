import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ContentEditor, type ContentEditorNotice, type ReopenedQuickAdd } from "@/components/editor/content-editor";
import { versionRouteSchema } from "@/lib/action-items/schema";
import { loadUnresolvedCounts } from "@/lib/comments/loaders";
import { loadVersionContentEditor } from "@/lib/focus-areas/loaders";

type Props = {
  params: Promise<{ programmeId: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// ?tillagd=<stable key> after adding an action, ?borttagen=1 after deleting one; ?ny=<focus area id>
// after "Spara och lägg till nästa" without JavaScript (that area's form opens again).
const noticeSchema = z.object({
  tillagd: z.guid().optional().catch(undefined),
  borttagen: z.literal("1").optional().catch(undefined),
  ny: z.guid().optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = versionRouteSchema.safeParse(await params);
  const t = await getTranslations("editor");
  return { title: route.success ? t("pageTitle", { number: route.data.number }) : t("contentTitle") };
}

export default async function ContentEditorPage({ params, searchParams }: Props) {
  const route = versionRouteSchema.safeParse(await params);
  if (!route.success) notFound();
  const [content, commentCounts] = await Promise.all([
    loadVersionContentEditor(route.data.programmeId, route.data.number),
    loadUnresolvedCounts(route.data.programmeId, route.data.number),
  ]);
  if (content === null) notFound();
  const query = noticeSchema.parse(await searchParams);
  const added = content.focusAreas.flatMap((area) => area.items).find((item) => item.stableKey === query.tillagd);
  const notice: ContentEditorNotice =
    added !== undefined ? { kind: "itemAdded", number: added.number, title: added.title } : query.borttagen ? { kind: "itemDeleted" } : null;
  const te = await getTranslations("editing");
  const reopened: ReopenedQuickAdd =
    query.ny === undefined ? null : { focusAreaId: query.ny, announcement: added === undefined ? "" : te("added", { number: added.number }) };
  return <ContentEditor content={content} notice={reopened === null ? notice : null} reopened={reopened} commentCounts={commentCounts ?? undefined} />;
}
