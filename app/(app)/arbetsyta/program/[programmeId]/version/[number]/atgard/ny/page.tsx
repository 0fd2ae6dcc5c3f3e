import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewActionItemEditor } from "@/components/action-items/new-action-item-editor";
import { loadNewActionItemEditor } from "@/lib/action-items/loaders";
import { newItemSearchSchema, versionRouteSchema } from "@/lib/action-items/schema";

type Props = {
  params: Promise<{ programmeId: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("newTitle") };
}

export default async function NewActionItemPage({ params, searchParams }: Props) {
  const route = versionRouteSchema.safeParse(await params);
  if (!route.success) notFound();
  const { fokusomrade } = newItemSearchSchema.parse(await searchParams);
  const view = await loadNewActionItemEditor(route.data.programmeId, route.data.number, fokusomrade);
  if (view === null) notFound();
  return <NewActionItemEditor view={view} />;
}
