import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DemoAccountList } from "@/components/auth/demo-account-list";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { SignInErrorMessage } from "@/components/auth/sign-in-error-message";
import { signInSearchParamsSchema } from "@/lib/auth/schema";
import { loadDemoAccounts, loadSignedInUser } from "@/lib/users/loaders";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = signInSearchParamsSchema.parse(await searchParams);
  const [user, demoAccounts, t] = await Promise.all([loadSignedInUser(), loadDemoAccounts(), getTranslations("signIn")]);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl">{t("title")}</h1>
      {error !== null && <SignInErrorMessage code={error} />}
      {user !== null && (
        <p>
          {t("alreadySignedIn", { name: user.name ?? user.email })} <Link href="/arbetsyta">{t("toWorkspace")}</Link>
        </p>
      )}
      <section aria-labelledby="email-sign-in" className="space-y-4">
        <h2 id="email-sign-in" className="text-2xl">{t("emailTitle")}</h2>
        <p>{t("intro")}</p>
        <EmailSignInForm callbackUrl={callbackUrl} />
        <p className="text-sm text-slate-700">{t("accountsNote")}</p>
      </section>
      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-accounts" className="space-y-4">
          <h2 id="demo-accounts" className="text-2xl">{t("demo.title")}</h2>
          <p>{t("demo.intro")}</p>
          <DemoAccountList accounts={demoAccounts} callbackUrl={callbackUrl} />
        </section>
      )}
    </div>
  );
}
