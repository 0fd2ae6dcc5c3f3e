import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyPeriodsView } from "@/components/follow-up/my-periods-view";
import { loadMyPeriods } from "@/lib/follow-up/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUp"))("myTitle") };
}

export default async function MyFollowUpPage() {
  const periods = await loadMyPeriods();
  return <MyPeriodsView periods={periods} />;
}
