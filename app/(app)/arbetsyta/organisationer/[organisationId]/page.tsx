import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrganisationPageView } from "@/components/organisations/organisation-page-view";
import { loadOrganisationPage } from "@/lib/organisations/loaders";
import { organisationIdParamSchema } from "@/lib/organisations/schema";

type Props = { params: Promise<{ organisationId: string }> };

async function load({ params }: Props) {
  const id = organisationIdParamSchema.safeParse((await params).organisationId);
  return id.success ? loadOrganisationPage(id.data, new Date()) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  return page === null ? {} : { title: page.organisation.name };
}

export default async function OrganisationPage(props: Props) {
  const page = await load(props);
  if (page === null) notFound();
  return <OrganisationPageView page={page} />;
}
