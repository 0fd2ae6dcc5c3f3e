import { useTranslations } from "next-intl";
import { UnresolvedBadge } from "@/components/comments/unresolved-badge";
import { commentsFilterPath } from "@/lib/comments/schema";
import type { UnresolvedCounts } from "@/lib/comments/types";

type Where = { programmeId: string; versionNumber: number; counts: UnresolvedCounts | undefined };

/** Unresolved comments in a focus area (its own and its actions'), linking to them; nothing when none. */
export function FocusAreaCommentBadge({ programmeId, versionNumber, counts, stableKey, title }: Where & { stableKey: string; title: string }) {
  const t = useTranslations("comments");
  const count = counts?.byFocusArea[stableKey];
  return (
    <UnresolvedBadge
      count={count}
      href={commentsFilterPath(programmeId, versionNumber, { kind: "FOCUS_AREA", stableKey })}
      label={t("badgeAreaLabel", { count: count ?? 0, title })}
    />
  );
}
