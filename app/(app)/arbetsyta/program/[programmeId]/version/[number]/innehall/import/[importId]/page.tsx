import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportPreview } from "@/components/imports/import-preview";
import { importRouteSchema } from "@/lib/imports/schema";
import { loadImportPreview } from "@/lib/imports/loaders";

type Props = { params: Promise<{ programmeId: string; number: string; importId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("previewTitle") };
}

export default async function ImportPreviewPage({ params }: Props) {
  const route = importRouteSchema.safeParse(await params);
  if (!route.success) notFound();
  const view = await loadImportPreview(route.data.programmeId, route.data.number, route.data.importId);
  if (view === null) notFound();
  return <ImportPreview view={view} />;
}
