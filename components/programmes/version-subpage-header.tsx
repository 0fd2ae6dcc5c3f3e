import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { VersionStatusBadge } from "@/components/programmes/version-status";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DoneNotice } from "@/components/ui/done-notice";
import type { VersionHeader } from "@/lib/consultations/types";

/**
 * The head of a page under a version (remiss, ställningstagande): breadcrumbs down to the page,
 * its title, what the last change did (announced, since that change removed its own form) and the
 * version's status.
 */
export function VersionSubpageHeader({
  version,
  segment,
  crumb,
  title,
  notice,
  children,
}: {
  version: VersionHeader;
  segment: string;
  crumb: string;
  title: string;
  notice: string | null;
  children?: ReactNode;
}) {
  const tNav = useTranslations("authoringNav");
  const programmeHref = `/arbetsyta/program/${version.programmeId}`;
  const versionHref = `${programmeHref}/version/${version.number}`;
  return (
    <div className="space-y-3">
      <Breadcrumbs
        label={tNav("breadcrumbs")}
        items={[
          { href: "/arbetsyta", label: tNav("workspace") },
          { href: programmeHref, label: version.programmeTitle },
          { href: versionHref, label: tNav("version", { number: version.number }) },
          { href: `${versionHref}/${segment}`, label: crumb },
        ]}
      />
      <h1 className="text-3xl">{title}</h1>
      {notice !== null && <DoneNotice>{notice}</DoneNotice>}
      <p className="flex flex-wrap items-center gap-2">
        <VersionStatusBadge status={version.status} />
        {children}
      </p>
    </div>
  );
}
