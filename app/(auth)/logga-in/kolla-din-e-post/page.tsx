import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyRequest"))("title") };
}

/** Shown after every e-mail sign-in request, whether or not the address has an account. */
export default async function VerifyRequestPage() {
  const t = await getTranslations("verifyRequest");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("body")}</p>
      <p>{t("expiry")}</p>
      <p>
        <Link href="/logga-in">{t("back")}</Link>
      </p>
    </div>
  );
}
