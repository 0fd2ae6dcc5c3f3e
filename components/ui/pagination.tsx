import Link from "next/link";

/** Previous/next links for a paged list; `hrefFor(page)` builds each link. */
export function Pagination({
  label,
  page,
  pageCount,
  hrefFor,
  previousLabel,
  nextLabel,
  positionLabel,
}: {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  previousLabel: string;
  nextLabel: string;
  positionLabel: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={hrefFor(page - 1)}>{previousLabel}</Link> : <span className="text-slate-600">{previousLabel}</span>}
      <span>{positionLabel}</span>
      {page < pageCount ? <Link href={hrefFor(page + 1)}>{nextLabel}</Link> : <span className="text-slate-600">{nextLabel}</span>}
    </nav>
  );
}
