import Link from "next/link";
import { useTranslations } from "next-intl";
import { UnresolvedBadge } from "@/components/comments/unresolved-badge";
import { VersionContent } from "@/components/consultations/version-content";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { commentsFilterPath, commentsPath } from "@/lib/comments/schema";
import type { CommentsDraftPage } from "@/lib/comments/types";

/** The whole draft to read (read-only), each action with a link to its comments and its unresolved count. */
export function CommentsDraftView({ page }: { page: CommentsDraftPage }) {
  const t = useTranslations("comments");
  const tNav = useTranslations("authoringNav");
  const tStatus = useTranslations("status");
  const { version } = page;
  const comments = commentsPath(version.programmeId, version.number);
  const crumbs = [
    { href: "/arbetsyta", label: tNav("workspace") },
    ...(page.isCoordinator ? [{ href: `/arbetsyta/program/${version.programmeId}/version/${version.number}`, label: tNav("version", { number: version.number }) }] : []),
    { href: comments, label: t("breadcrumb") },
    { href: `${comments}/utkast`, label: t("draftTitle") },
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <Breadcrumbs label={tNav("breadcrumbs")} items={crumbs} />
        <h1 className="text-3xl">{t("draftTitle")}</h1>
        <p className="text-lg break-words">{version.title}</p>
        <p className="text-slate-700">
          {tNav("version", { number: version.number })} · {tStatus(version.status)} · {version.countyName}
        </p>
        <p>
          <Link href={comments}>{t("itemSectionAll")}</Link>
        </p>
      </div>
      <VersionContent
        readable={page.readable}
        itemExtra={(item) => {
          const href = commentsFilterPath(version.programmeId, version.number, { kind: "ITEM", stableKey: item.stableKey });
          const count = page.counts.byItem[item.stableKey];
          return (
            <p className="mt-2 flex flex-wrap items-center gap-3">
              <Link href={href}>
                {t("versionLink")}
                <span className="sr-only"> – {item.number} {item.title}</span>
              </Link>
              <UnresolvedBadge count={count} href={href} label={t("badgeItemLabel", { count: count ?? 0, number: item.number })} />
            </p>
          );
        }}
      />
    </div>
  );
}
