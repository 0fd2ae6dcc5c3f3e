"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useContentFocus } from "@/components/action-items/content-focus";
import { CommandButton } from "@/components/editor/command-button";
import { secondaryButtonClass } from "@/components/editor/form-styles";
import { moveActionItemAction, moveActionItemToAction } from "@/lib/action-items/actions";
import { moveTargetValue } from "@/lib/action-items/schema";
import type { MoveToState } from "@/lib/action-items/types";
import { idleFormState } from "@/lib/actions/form-state";

const shorten = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

/**
 * "Flytta till …" on an action's row: a native disclosure whose panel moves the action one step up
 * or down, or to any place in any focus area with one native select (grouped by focus area), so the
 * keyboard and screen readers get the browser's own, well-known controls. Closed, it is one
 * element: the panel and its options are built only when the menu is opened, from the page's one
 * list of actions (a 200-action page carried three forms per row before, most of its weight).
 * After a move to a place the result is announced and focus is on the moved action at its new
 * place; after a step, focus stays on the step's button in the still-open panel.
 */
export function ItemMoveMenu({ summary, ...panel }: { summary: ReactNode } & PanelProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="text-sm" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold whitespace-nowrap text-link underline">{summary}</summary>
      {isOpen && <ItemMovePanel {...panel} />}
    </details>
  );
}

type PanelProps = {
  itemId: string;
  number: string;
  focusAreaId: string;
  position: number;
  /** First or last in its focus area: that step button stays focusable but does nothing. */
  isFirst: boolean;
  isLast: boolean;
};

function ItemMovePanel({ itemId, number, focusAreaId, position, isFirst, isLast }: PanelProps) {
  const t = useTranslations("editing");
  const te = useTranslations("editor");
  const { areas, focusItem } = useContentFocus();
  const ti = useTranslations("items");
  const selectId = useId();
  const [, startTransition] = useTransition();
  const [state, dispatch, isPending] = useActionState<MoveToState, FormData>(async (previous, formData) => {
    const next = await moveActionItemToAction(previous, formData);
    if (next.status === "success") {
      const placed = next.data;
      focusItem({
        stableKey: placed.stableKey,
        expect: { number: placed.number, position: String(placed.place - 1) },
        message:
          placed.fromNumber !== placed.number
            ? t("moved", { from: placed.fromNumber, to: placed.number })
            : t("movedKeepNumber", { number: placed.number, area: placed.focusAreaTitle, place: placed.place }),
      });
    }
    return next;
  }, idleFormState);

  const ownArea = areas.find((area) => area.id === focusAreaId);
  const currentIndex = ownArea?.items.findIndex((item) => item.id === itemId) ?? -1;
  const error = state.status === "error" ? state.code : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <div className="mt-2 space-y-2">
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="fromFocusAreaId" value={focusAreaId} />
          <input type="hidden" name="fromPosition" value={position} />
          <div className="min-w-0">
            <label htmlFor={selectId} className="block">
              {t("moveToLabel", { number })}
            </label>
            <select
              id={selectId}
              name="target"
              defaultValue={moveTargetValue(focusAreaId, Math.max(currentIndex, 0))}
              className="mt-1 w-full max-w-[16rem] rounded border-2 border-slate-600 px-2 py-1 sm:max-w-xs"
            >
              {areas.map((area) => {
                const others = area.items.filter((item) => item.id !== itemId);
                return (
                  <optgroup key={area.id} label={t("areaGroup", { number: area.number, title: shorten(area.title) })}>
                    {Array.from({ length: others.length + 1 }, (_, place) => {
                      const before = others[place - 1];
                      const label =
                        before === undefined
                          ? others.length === 0
                            ? t("placeEmpty", { area: area.number })
                            : t("placeFirst", { area: area.number })
                          : t("placeAfter", { area: area.number, number: before.number, title: shorten(before.title) });
                      const isCurrent = area.id === focusAreaId && place === currentIndex;
                      return (
                        <option key={place} value={moveTargetValue(area.id, place)}>
                          {isCurrent ? `${label} ${t("placeCurrent")}` : label}
                        </option>
                      );
                    })}
                  </optgroup>
                );
              })}
            </select>
          </div>
          <button type="submit" aria-disabled={isPending ? true : undefined} className={secondaryButtonClass}>
            {t("moveToButton")}
            <span className="sr-only"> {t("moveToButtonHidden", { number })}</span>
          </button>
          <span aria-live="polite">{error !== null && <span className="font-semibold text-red-800">{te(`errors.${error}`)}</span>}</span>
        </form>
      <div role="group" aria-label={t("stepLabel", { number })} className="flex gap-1 whitespace-nowrap">
        <CommandButton
          action={moveActionItemAction}
          fields={{ itemId, direction: "up" }}
          label={ti("moveUp")}
          accessibleLabel={ti("moveUpLabel", { number })}
          isInert={isFirst}
          successMessage={ti("moved")}
        />
        <CommandButton
          action={moveActionItemAction}
          fields={{ itemId, direction: "down" }}
          label={ti("moveDown")}
          accessibleLabel={ti("moveDownLabel", { number })}
          isInert={isLast}
          successMessage={ti("moved")}
        />
      </div>
    </div>
  );
}
