import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StrategyPageView } from "@/components/strategies/strategy-page-view";
import { loadStrategyPage } from "@/lib/strategies/loaders";
import { strategyIdParamSchema } from "@/lib/strategies/schema";

type Props = { params: Promise<{ strategyId: string }> };

async function load({ params }: Props) {
  const id = strategyIdParamSchema.safeParse((await params).strategyId);
  return id.success ? loadStrategyPage(id.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  return page === null ? {} : { title: page.strategy.title };
}

export default async function StrategyPage(props: Props) {
  const page = await load(props);
  if (page === null) notFound();
  return <StrategyPageView page={page} />;
}
