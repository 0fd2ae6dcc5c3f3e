import Link from "next/link";

/** "Du är här": links up the hierarchy; the last crumb is the current page. */
export function Breadcrumbs({ label, items }: { label: string; items: readonly { href: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-wrap gap-x-2 gap-y-1">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={item.href} className="flex gap-x-2">
              {isLast ? (
                <span aria-current="page">{item.label}</span>
              ) : (
                <>
                  {/* WCAG 2.2 target size: a wrapped crumb on a phone stays at least 24 px tall. */}
                  <Link href={item.href} className="inline-block min-h-6 py-0.5">
                    {item.label}
                  </Link>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
