import Link from "next/link";
import { useTranslations } from "next-intl";
import { commentsPath } from "@/lib/comments/schema";
import type { MyReview } from "@/lib/comments/types";

/** The workspace's "Utkast att granska": drafts the county board invited the reader to comment on. */
export function ReviewTasks({ reviews }: { reviews: readonly MyReview[] }) {
  const t = useTranslations("comments");
  const tStatus = useTranslations("status");
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="reviews-title" className="space-y-2" data-testid="review-tasks">
      <h2 id="reviews-title" className="text-2xl">
        {t("workspaceTitle")}
      </h2>
      <p>{t("workspaceIntro")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {reviews.map((review) => (
          <li key={`${review.programmeId}:${review.versionNumber}`}>
            <Link href={commentsPath(review.programmeId, review.versionNumber)}>
              {t("workspaceItem", { title: review.programmeTitle, number: review.versionNumber, county: review.countyName })}
            </Link>{" "}
            – {tStatus(review.status)}, {t("workspaceUnresolved", { count: review.unresolved })}
          </li>
        ))}
      </ul>
    </section>
  );
}
