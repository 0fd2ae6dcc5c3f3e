import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportUpload } from "@/components/imports/import-upload";
import { versionRouteSchema } from "@/lib/action-items/schema";
import { loadImportUpload } from "@/lib/imports/loaders";

type Props = { params: Promise<{ programmeId: string; number: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("uploadTitle") };
}

export default async function ImportUploadPage({ params }: Props) {
  const route = versionRouteSchema.safeParse(await params);
  if (!route.success) notFound();
  const version = await loadImportUpload(route.data.programmeId, route.data.number);
  if (version === null) notFound();
  return <ImportUpload version={version} />;
}
