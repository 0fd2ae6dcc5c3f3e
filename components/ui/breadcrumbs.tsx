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
                <span aria-current="page" className="leading-6">{item.label}</span>
              ) : (
                <>
                  {/* At least 24 px tall: a target of its own on a phone (WCAG 2.5.8). */}
                  <Link href={item.href} className="inline-block min-h-6 leading-6">
                    {item.label}
                  </Link>
                  <span aria-hidden="true" className="leading-6">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
