import Link from "next/link";
import { useTranslations } from "next-intl";
import { filterParam, type CommentFilter } from "@/lib/comments/schema";
import { controlClass } from "@/components/ui/text-field";

/**
 * The comments page's filter: a plain GET form (works without JavaScript; the address can be
 * shared): what the threads are about, and unresolved only.
 */
export function CommentFilterForm({
  action,
  filter,
  unresolvedOnly,
  anchors,
}: {
  action: string;
  filter: CommentFilter;
  unresolvedOnly: boolean;
  anchors: readonly { value: string; label: string; isItem: boolean }[];
}) {
  const t = useTranslations("comments");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4" data-testid="comment-filter">
      <div className="min-w-0 flex-1 basis-72 space-y-1">
        <label htmlFor="filter-anchor" className="block font-semibold">
          {t("filterAnchor")}
        </label>
        <select id="filter-anchor" name="avser" defaultValue={filterParam(filter)} className={controlClass}>
          <option value="alla">{t("filterAll")}</option>
          <option value="program">{t("filterProgramme")}</option>
          {anchors.map((anchor) => (
            <option key={anchor.value} value={anchor.value}>
              {anchor.isItem ? `\u00a0\u00a0\u00a0${anchor.label}` : anchor.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 py-2">
        <input id="filter-unresolved" type="checkbox" name="olosta" value="1" defaultChecked={unresolvedOnly} className="size-5" />
        <label htmlFor="filter-unresolved">{t("filterUnresolved")}</label>
      </div>
      <button type="submit" className="rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-100">
        {t("filterApply")}
      </button>
      {(filter.kind !== "ALL" || unresolvedOnly) && (
        <Link href={action} className="py-2">
          {t("filterReset")}
        </Link>
      )}
    </form>
  );
}
