import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationsOverviewView } from "@/components/organisations/organisations-overview-view";
import { loadOrganisationsOverview } from "@/lib/organisations/loaders";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisations"))("title") };
}

export default async function OrganisationsPage({ searchParams }: Props) {
  const county = (await searchParams)["lan"];
  const overview = await loadOrganisationsOverview(typeof county === "string" ? county : null);
  return <OrganisationsOverviewView overview={overview} />;
}
