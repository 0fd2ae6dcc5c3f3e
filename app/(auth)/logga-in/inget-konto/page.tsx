import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("noAccount"))("title") };
}

/** Where an e-identification without a Länsplan account lands: no account is ever created by signing in. */
export default async function NoAccountPage() {
  const t = await getTranslations("noAccount");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("body")}</p>
      <p>{t("howTo")}</p>
      <p>
        <Link href="/logga-in">{t("back")}</Link>
      </p>
    </div>
  );
}
