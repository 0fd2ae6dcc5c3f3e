import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InvitationPageView } from "@/components/consultations/invitation-page-view";
import { loadInvitationPage } from "@/lib/consultations/loaders";
import { idSchema } from "@/lib/strategies/schema";

type Props = {
  params: Promise<{ invitationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params }: Props) {
  const id = idSchema.safeParse((await params).invitationId);
  return id.success ? loadInvitationPage(id.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  if (page === null) return {};
  const t = await getTranslations("consultations");
  return { title: t("invitationTitle", { title: page.version.title, number: page.version.number }) };
}

export default async function InvitationPage(props: Props) {
  const [page, query] = await Promise.all([load(props), props.searchParams]);
  if (page === null) notFound();
  return <InvitationPageView page={page} justSubmitted={query["klart"] === "inskickat" && page.response?.status === "SUBMITTED"} />;
}
