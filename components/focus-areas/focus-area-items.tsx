"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { ItemMoveMenu } from "@/components/action-items/item-move-menu";
import { timeframeText } from "@/components/action-items/timeframe-text";
import { UnresolvedBadge } from "@/components/comments/unresolved-badge";
import { commentsFilterPath } from "@/lib/comments/schema";
import type { UnresolvedCounts } from "@/lib/comments/types";
import { actionItemAnchor, actionItemPath } from "@/lib/focus-areas/schema";
import type { EditorItemSummary } from "@/lib/focus-areas/types";

type Props = {
  focusAreaId: string;
  focusAreaTitle: string;
  items: readonly EditorItemSummary[];
  programmeId: string;
  versionNumber: number;
  canEdit: boolean;
  /** Unresolved comment threads of these actions only (stable key → count). */
  commentCounts?: UnresolvedCounts;
};

/**
 * The actions of one focus area on the content page: number, title, lead, timeframe and (in a
 * draft) the order controls. One client component for the whole table rather than server markup
 * with a client component per control: the page then carries each action's data once instead of
 * every row's element tree and every control's props (a 200-action version's page was ~1 MB and
 * ~100 ms of server time, most of it spent describing the same rows twice).
 */
export function FocusAreaItems({ focusAreaId, focusAreaTitle, items, programmeId, versionNumber, canEdit, commentCounts }: Props) {
  const t = useTranslations("focusAreas");
  const tn = useTranslations("editing");
  const ti = useTranslations("items");
  const tc = useTranslations("comments");
  const router = useRouter();

  // The titles are plain links (a 200-row table of next/link components cost as much as the rest of
  // the page); a plain click still navigates within the app, a modified one opens as the browser would.
  function onClick(event: MouseEvent<HTMLTableSectionElement>) {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (link === null || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(link.getAttribute("href") ?? "");
  }
  return (
    // relative: the hidden words of the row controls (sr-only, absolutely positioned) stay inside
    // this scroll box instead of widening the whole page on a narrow screen.
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("itemsCaption", { title: focusAreaTitle })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-3">
              {t("columnNumber")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("columnTitle")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("columnLead")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("columnTimeframe")}
            </th>
            {canEdit && (
              <th scope="col" className="py-2">
                {t("columnOrder")}
              </th>
            )}
          </tr>
        </thead>
        <tbody onClick={onClick}>
          {items.map((item, itemIndex) => (
            <tr
              key={item.id}
              id={actionItemAnchor(item.stableKey)}
              className="scroll-mt-4 border-b border-slate-200 align-top"
              data-testid="item-row"
              data-stable-key={item.stableKey}
              data-number={item.number}
              data-position={item.position}
              data-focus-area={focusAreaId}
            >
              <td className="py-2 pr-3 whitespace-nowrap">{item.number}</td>
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={actionItemPath(programmeId, versionNumber, item.stableKey)}>{item.title}</a>{" "}
                {(commentCounts?.byItem[item.stableKey] ?? 0) > 0 && (
                  <UnresolvedBadge
                    count={commentCounts?.byItem[item.stableKey]}
                    href={commentsFilterPath(programmeId, versionNumber, { kind: "ITEM", stableKey: item.stableKey })}
                    label={tc("badgeItemLabel", { count: commentCounts?.byItem[item.stableKey] ?? 0, number: item.number })}
                  />
                )}
              </th>
              <td className="py-2 pr-3">{item.leadOrganisationName ?? t("noLead")}</td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {timeframeText(ti, { kind: item.timeframeKind, startYear: item.startYear, endYear: item.endYear, startDate: item.startDate, endDate: item.endDate })}
              </td>
              {canEdit && (
                <td className="py-2">
                  <ItemMoveMenu
                    summary={
                      <>
                        {tn("moveTo")}
                        <span className="sr-only"> {tn("moveToHidden", { number: item.number })}</span>
                      </>
                    }
                    itemId={item.id}
                    number={item.number}
                    focusAreaId={focusAreaId}
                    position={item.position}
                    isFirst={itemIndex === 0}
                    isLast={itemIndex === items.length - 1}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
