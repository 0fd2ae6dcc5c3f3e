import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DecisionPageView } from "@/components/endorsements/decision-page-view";
import { loadDecisionPage } from "@/lib/endorsements/loaders";
import { idSchema } from "@/lib/strategies/schema";

type Props = { params: Promise<{ endorsementId: string }> };

async function load({ params }: Props) {
  const id = idSchema.safeParse((await params).endorsementId);
  return id.success ? loadDecisionPage(id.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  if (page === null) return {};
  const t = await getTranslations("endorsements");
  return { title: t("decisionTitle", { title: page.version.title, number: page.version.number }) };
}

export default async function DecisionPage(props: Props) {
  const page = await load(props);
  if (page === null) notFound();
  return <DecisionPageView page={page} />;
}
