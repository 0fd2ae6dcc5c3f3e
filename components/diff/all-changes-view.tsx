import Link from "next/link";
import { useTranslations } from "next-intl";
import { VersionDiffView } from "@/components/diff/version-diff-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { OrganisationVersionView } from "@/lib/decision-basis/types";

/**
 * Every change of a version against the version it revises, for an organisation asked to decide
 * on it or to answer its remiss (the coordinator's comparison page is for the county board only).
 */
export function AllChangesView({
  fullDiff,
  number,
  back,
}: {
  fullDiff: NonNullable<OrganisationVersionView["fullDiff"]>;
  number: number;
  back: { href: string; label: string; crumb: string };
}) {
  const t = useTranslations("decisionBasis");
  const tNav = useTranslations("authoringNav");
  const title = t("allChangesTitle", { from: fullDiff.basisNumber, to: number });
  return (
    <div className="space-y-6">
      <Breadcrumbs
        label={tNav("breadcrumbs")}
        items={[
          { href: "/arbetsyta", label: tNav("workspace") },
          { href: back.href, label: back.crumb },
          { href: `${back.href}/andringar`, label: t("allChangesShort") },
        ]}
      />
      <h1 className="text-3xl">{title}</h1>
      <VersionDiffView diff={fullDiff.diff} names={fullDiff.names} />
      <p>
        <Link href={back.href}>{back.label}</Link>
      </p>
    </div>
  );
}
