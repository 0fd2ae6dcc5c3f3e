import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen: the table scrolls inside this region, never the page
 * (WCAG 1.4.10 reflow). The region is named and reachable with Tab, so keyboard users can scroll
 * it with the arrow keys (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto">
      {children}
    </div>
  );
}
