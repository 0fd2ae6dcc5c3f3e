"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useTransition, type FormEvent } from "react";
import { commandError, idleCommandState, type CommandAction, type CommandLikeState } from "@/components/editor/command-state";
import { secondaryButtonClass } from "@/components/editor/form-styles";

/** Moves an action to another focus area of the same version (it keeps its stable key). */
export function ItemMoveForm({
  action,
  itemId,
  itemNumber,
  currentFocusAreaId,
  focusAreas,
}: {
  action: CommandAction;
  itemId: string;
  itemNumber: string;
  currentFocusAreaId: string;
  focusAreas: readonly { id: string; title: string }[];
}) {
  const t = useTranslations("items");
  const te = useTranslations("editor");
  const selectId = useId();
  const [state, dispatch, isPending] = useActionState<CommandLikeState, FormData>(action, idleCommandState);
  const [, startTransition] = useTransition();
  const error = commandError(state);
  const targets = focusAreas.filter((area) => area.id !== currentFocusAreaId);
  if (targets.length === 0) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-link underline">
        {t("moveTo")}
        {/* Every row has this control: the hidden words say which action it moves. */}
        <span className="sr-only"> {t("moveToHidden", { number: itemNumber })}</span>
      </summary>
      <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-end gap-2">
        <input type="hidden" name="itemId" value={itemId} />
        <div>
          <label htmlFor={selectId} className="block">
            {t("moveToLabel", { number: itemNumber })}
          </label>
          <select id={selectId} name="targetFocusAreaId" className="max-w-xs rounded border-2 border-slate-600 px-2 py-1">
            {targets.map((area) => (
              <option key={area.id} value={area.id}>
                {area.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" aria-disabled={isPending ? true : undefined} className={secondaryButtonClass}>
          {t("moveToButton")}
        </button>
        <span aria-live="polite">
          {error !== null && <span className="font-semibold text-red-800">{te(`errors.${error}`)}</span>}
        </span>
      </form>
    </details>
  );
}
