import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateOrganisationForm } from "@/components/organisations/create-organisation-form";
import { loadNewOrganisationPage } from "@/lib/organisations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisations"))("createTitle") };
}

export default async function NewOrganisationPage() {
  const page = await loadNewOrganisationPage();
  if (page === null) notFound();
  const t = await getTranslations("organisations");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/arbetsyta/organisationer">{t("title")}</Link>
      </p>
      <h1 className="text-3xl">{t("createTitle")}</h1>
      <CreateOrganisationForm counties={page.counties} />
    </div>
  );
}
