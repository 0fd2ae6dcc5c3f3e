import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The title when Next resolves the 404's metadata itself (notFound() in generateMetadata, an unknown path). */
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

/**
 * notFound() in the workspace: a record that does not exist or that the signed-in user may not see
 * (another county's programme) gets the same Swedish page, inside the workspace's own layout.
 * The page renders its own <title> too: when a page's generateMetadata has already resolved and
 * the page itself calls notFound(), Next keeps that page's title ("Innehåll – version 2"), which
 * would name the very page that was refused. React places this <title> in the head, before it.
 */
export default async function WorkspaceNotFound() {
  const [t, tMetadata] = await Promise.all([getTranslations("notFound"), getTranslations("metadata")]);
  return (
    <div className="max-w-3xl space-y-4">
      <title>{tMetadata("titleTemplate", { title: t("title") })}</title>
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
