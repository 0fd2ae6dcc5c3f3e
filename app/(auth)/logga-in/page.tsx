import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DemoAccountList } from "@/components/auth/demo-account-list";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";
import { SignInErrorMessage } from "@/components/auth/sign-in-error-message";
import { retryAfterOf, signInSearchParamsSchema } from "@/lib/auth/schema";
import { loadDemoAccounts, loadOidcSignIn, loadSignedInUser } from "@/lib/users/loaders";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const { callbackUrl, error } = signInSearchParamsSchema.parse(query);
  const [user, demoAccounts, oidc, t, tOidc] = await Promise.all([
    loadSignedInUser(),
    loadDemoAccounts(),
    loadOidcSignIn(),
    getTranslations("signIn"),
    getTranslations("oidc"),
  ]);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl">{t("title")}</h1>
      {error !== null && <SignInErrorMessage code={error} retryAfterSeconds={retryAfterOf(query["error"])} />}
      {user !== null && (
        <p>
          {t("alreadySignedIn", { name: user.name ?? user.email })} <Link href="/arbetsyta">{t("toWorkspace")}</Link>
        </p>
      )}
      {oidc !== null && (
        <section aria-labelledby="oidc-sign-in" className="space-y-4">
          <h2 id="oidc-sign-in" className="text-2xl">{tOidc("title")}</h2>
          <p>{tOidc("intro", { name: oidc.name })}</p>
          <OidcSignInButton providerName={oidc.name} callbackUrl={callbackUrl} />
        </section>
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
