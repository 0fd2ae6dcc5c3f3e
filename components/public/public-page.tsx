import type { ReactNode } from "react";
import { PublicHeader } from "@/components/public/public-header";
import type { PublicLocale } from "@/lib/publications/types";

/** Header and main landmark of a public page (the layout holds the skip link and the footer). */
export function PublicPage({ locale, alternatePath, children }: { locale: PublicLocale; alternatePath: string; children: ReactNode }) {
  return (
    <>
      <PublicHeader locale={locale} alternatePath={alternatePath} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
