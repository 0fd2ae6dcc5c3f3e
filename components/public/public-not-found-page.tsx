import { Suspense } from "react";
import { NotFoundStatus } from "@/components/public/not-found-status";
import { PublicNotFound } from "@/components/public/public-not-found";
import { PublicPage } from "@/components/public/public-page";
import type { PublicLocale } from "@/lib/publications/types";

/**
 * What a public page answers when its county, programme, version, strategy or organisation does
 * not exist or is not published: status 404 and the 404 page in the HTML itself.
 *
 * Why not plain notFound(): Next 16.4.5 answers a notFound() thrown while rendering a page with an
 * empty error shell (`<html id="__next_error__">`, no lang, no text) and draws the not-found page
 * with JavaScript only (vercel/next.js#62228). Here the page renders the 404 content itself and
 * throws notFound() inside a Suspense boundary: while prerendering (every public page that can be
 * missing is cached), Next then sets status 404 and keeps what lies outside the boundary. In the
 * browser the boundary's notFound() reaches not-found.tsx, which draws the same page.
 */
export function PublicNotFoundPage({ locale }: { locale: PublicLocale }) {
  return (
    <PublicPage locale={locale} alternatePath="/">
      <PublicNotFound locale={locale} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </PublicPage>
  );
}
