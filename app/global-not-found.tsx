import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SkipLink } from "@/components/layout/skip-link";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [notFound, metadata] = await Promise.all([
    getTranslations({ locale: "sv", namespace: "notFound" }),
    getTranslations({ locale: "sv", namespace: "metadata" }),
  ]);
  return { title: metadata("titleTemplate", { title: notFound("title") }) };
}

/**
 * Any address that matches no route (the app has several root layouts, so there is no single
 * layout to render a 404 in). Static: Swedish first, with an English line for /en/… visitors.
 */
export default async function GlobalNotFound() {
  setRequestLocale("sv");
  const [sv, en, layout] = await Promise.all([
    getTranslations({ locale: "sv", namespace: "notFound" }),
    getTranslations({ locale: "en", namespace: "notFound" }),
    getTranslations({ locale: "sv", namespace: "public.layout" }),
  ]);
  return (
    <html lang="sv">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <header data-surface="dark" className="bg-brand-900 text-white">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <a href="/" aria-label={layout("siteNameHome")} className="text-xl font-bold no-underline">
              {layout("siteName")}
            </a>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 space-y-4 px-4 py-8">
          <h1 className="text-3xl">{sv("title")}</h1>
          <p>{sv("body")}</p>
          <p>
            <a href="/">{sv("home")}</a>
          </p>
          <div lang="en" className="space-y-2 border-t border-slate-300 pt-4">
            <p>
              {en("title")}. {en("body")}
            </p>
            <p>
              <a href="/en">{en("home")}</a>
            </p>
          </div>
        </main>
        <footer data-surface="dark" className="mt-16 bg-brand-900 text-white">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
            <nav aria-label={layout("footerLabel")}>
              <a href="/tillganglighet">{layout("accessibilityStatement")}</a>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
