import { getLocale } from "next-intl/server";
import { PublicNotFound } from "@/components/public/public-not-found";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";

export default async function PublicNotFoundPage() {
  const locale = localeSchema.catch("sv").parse(await getLocale());
  return (
    <PublicPage locale={locale} alternatePath="/">
      <PublicNotFound locale={locale} />
    </PublicPage>
  );
}
