import Link from "next/link";
import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { NavLink } from "@/components/layout/nav-link";
import type { Locale } from "@/i18n/config";
import type { SignedInUserSummary } from "@/lib/users/types";

export function SiteHeader({ user, locale }: { user: SignedInUserSummary | null; locale: Locale }) {
  const t = useTranslations("layout");
  return (
    <header data-surface="dark" className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" aria-label={t("siteNameHome")} className="text-xl font-bold no-underline">
          {t("siteName")}
        </Link>
        <nav aria-label={t("mainNavLabel")}>
          <ul className="flex gap-4">
            <li>
              <NavLink href="/">{t("navHome")}</NavLink>
            </li>
            {user !== null && (
              <li>
                <NavLink href="/arbetsyta">{t("navWorkspace")}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch current={locale} />
          {user === null ? (
            <Link href="/logga-in" className="px-1 py-1">
              {t("signIn")}
            </Link>
          ) : (
            <>
              <span className="text-sm">{t("signedInAs", { name: user.name ?? user.email })}</span>
              <SignOutButton />
            </>
          )}
        </div>
      </div>
    </header>
  );
}
