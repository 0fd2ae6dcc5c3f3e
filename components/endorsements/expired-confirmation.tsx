"use client";

import { useFormatter, useTranslations } from "next-intl";

/**
 * Ratifying or publishing a version whose validity has already ended: says so, and the checkbox
 * the server requires (confirmExpired) before it goes ahead.
 */
export function ExpiredConfirmation({ endedOn, error, idPrefix }: { endedOn: Date; error: string | null; idPrefix: string }) {
  const t = useTranslations("confirmSteps");
  const format = useFormatter();
  const id = `${idPrefix}-confirm-expired`;
  return (
    <div className="space-y-2 rounded border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="expired-confirmation">
      <p id={`${id}-notice`}>{t("expiredNotice", { date: format.dateTime(endedOn, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }) })}</p>
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      )}
      <label className="inline-flex items-center gap-2 font-semibold">
        <input
          id={id}
          type="checkbox"
          name="confirmExpired"
          value="on"
          className="h-5 w-5"
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-notice`, error ? `${id}-error` : null].filter((v) => v !== null).join(" ")}
        />
        {t("expiredConfirm")}
      </label>
    </div>
  );
}
