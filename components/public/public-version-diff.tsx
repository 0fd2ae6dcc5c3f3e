import { useTranslations } from "next-intl";
import { VersionDiffView } from "@/components/diff/version-diff-view";
import { publicPath, versionPath } from "@/lib/publications/open-data";
import type { PublicLocale, PublicVersionChanges } from "@/lib/publications/types";

/** What changed between two published versions: the authoring team's diff view, read-only. */
export function PublicVersionDiff({ comparison, locale }: { comparison: PublicVersionChanges; locale: PublicLocale }) {
  const t = useTranslations("public.changes");
  const { county, programme, before, after } = comparison;
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title", { programme: programme.title, from: before.number, to: after.number })}</h1>
        <p>
          <a href={publicPath(locale, versionPath(county.slug, programme.slug, before.number))}>{t("toVersion", { number: before.number })}</a>
          {" · "}
          <a href={publicPath(locale, versionPath(county.slug, programme.slug, after.number))}>{t("toVersion", { number: after.number })}</a>
        </p>
      </header>
      <VersionDiffView diff={comparison.diff} names={comparison.names} />
    </article>
  );
}
