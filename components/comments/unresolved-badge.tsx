import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * A small badge with the number of unresolved comment threads, linking to them. Nothing when
 * there are none. `label` is the full text for screen readers ("2 olösta kommentarer om åtgärd 1.2").
 */
export function UnresolvedBadge({ count, href, label }: { count: number | undefined; href: string; label: string }) {
  const t = useTranslations("comments");
  if (count === undefined || count === 0) return null;
  return (
    <Link
      href={href}
      aria-label={label}
      data-testid="unresolved-badge"
      className="inline-block rounded-full border border-amber-800 bg-amber-50 px-2 py-0.5 text-sm font-semibold whitespace-nowrap text-amber-900 no-underline hover:bg-amber-100"
    >
      {t("badge", { count })}
    </Link>
  );
}
