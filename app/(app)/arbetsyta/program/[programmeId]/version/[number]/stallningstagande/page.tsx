import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EndorsementAdminView } from "@/components/endorsements/endorsement-admin-view";
import { loadEndorsementAdmin } from "@/lib/endorsements/loaders";
import { endorsementDoneSchema } from "@/lib/endorsements/schema";
import { parseVersionRoute } from "@/lib/programmes/schema";

type Props = {
  params: Promise<{ programmeId: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params }: Props) {
  const route = parseVersionRoute(await params);
  return route === null ? null : loadEndorsementAdmin(route.programmeId, route.number);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  if (page === null) return {};
  const t = await getTranslations("endorsements");
  return { title: t("adminTitle", { title: page.version.programmeTitle, number: page.version.number }) };
}

export default async function EndorsementAdminPage(props: Props) {
  const [page, query] = await Promise.all([load(props), props.searchParams]);
  if (page === null) notFound();
  return <EndorsementAdminView page={page} done={endorsementDoneSchema.parse(query["klart"])} />;
}
