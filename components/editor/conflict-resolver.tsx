"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { primaryButtonClass } from "@/components/editor/form-styles";

export type ConflictField = {
  key: string;
  label: string;
  mine: ReactNode;
  theirs: ReactNode;
};

export type ConflictChoices = Record<string, "mine" | "theirs">;

/**
 * After a CONFLICT: for every part that differs, the user's own text beside the text saved now,
 * and a choice per part (the user's own is preselected: nothing is thrown away unless they say so).
 * Nothing is saved here: the choices go back into the form, which the user saves again.
 */
export function ConflictResolver({ fields, onResolve }: { fields: readonly ConflictField[]; onResolve: (choices: ConflictChoices) => void }) {
  const t = useTranslations("editor.conflict");
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<ConflictChoices>(() => Object.fromEntries(fields.map((field) => [field.key, "mine"])));

  // Announce the conflict: focus moves to its heading when it appears.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onResolve(choices);
  }

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded border-2 border-amber-700 bg-amber-50 p-4" data-testid="conflict-resolver">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-2xl">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {fields.length === 0 && <p>{t("noDifference")}</p>}
      <form onSubmit={onSubmit} className="space-y-4">
        {fields.map((field) => (
          <fieldset key={field.key} className="space-y-2 rounded border border-amber-800 bg-white p-3">
            <legend className="px-1 text-lg font-semibold">{field.label}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              <div>
                <h3 className="font-semibold">{t("mine")}</h3>
                <div className="whitespace-pre-wrap break-words" data-testid={`conflict-mine-${field.key}`}>
                  {field.mine}
                </div>
              </div>
              <div>
                <h3 className="font-semibold">{t("theirs")}</h3>
                <div className="whitespace-pre-wrap break-words" data-testid={`conflict-theirs-${field.key}`}>
                  {field.theirs}
                </div>
              </div>
            </div>
            <div role="radiogroup" aria-label={t("choiceLegend", { field: field.label })} className="flex flex-wrap gap-4">
              {(["mine", "theirs"] as const).map((choice) => (
                <label key={choice} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={`choice-${field.key}`}
                    value={choice}
                    checked={choices[field.key] === choice}
                    onChange={() => setChoices((current) => ({ ...current, [field.key]: choice }))}
                  />
                  {choice === "mine" ? t("keepMine") : t("takeTheirs")}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" className={primaryButtonClass}>
          {t("apply")}
        </button>
      </form>
    </section>
  );
}
